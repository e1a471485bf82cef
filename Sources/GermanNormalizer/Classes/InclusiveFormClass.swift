/// Gender-inclusive forms: "Bürger*innen", "Lehrer:innen", "Lehrer_innen", "BürgerInnen" → "Bürger innen"
/// (a short glottal break), or with `GenderForms.both` the paired form, inflected: "den Mitarbeiter_innen" →
/// "den Mitarbeiterinnen und Mitarbeitern".
struct InclusiveFormClass: SemioticClass {
  let name = "inclusive form"
  let priority = 40
  let forms: GenderForms
  private static let markers: Set<String> = ["*", ":", "_", "/"]
  static let masculinePlurals = WordTable.load("masculine-plurals.tsv")
  /// Words before a plural noun that make it dative ("allen Mitarbeitern", "mit Patienten").
  private static let dativeDeterminers: Set<String> = [
    "den", "allen", "vielen", "diesen", "jenen", "beiden", "unseren", "ihren", "seinen", "euren", "meinen", "deinen",
    "keinen", "mehreren", "wenigen", "einigen", "anderen",
  ]
  /// Words after which an adjectival noun takes the weak ending ("die Beamten").
  private static let weakDeterminers: Set<String> = [
    "die", "der", "den", "des", "alle", "diese", "jene", "keine", "meine", "deine", "seine", "ihre", "unsere", "eure",
    "beide", "welche",
  ]

  /// The masculine plural for `stem` after `previous`: "Ärzt" → "Ärzte", "den Ärzt" → "Ärzten", "die Beamt" →
  /// "Beamten", "Lehrer" → "Lehrer".
  static func masculinePlural(of stem: String, after previous: String?) -> String {
    var plural = stem
    var adjectival = false
    if let listed = masculinePlurals[stem] {
      plural = listed
    } else if let (written, replacement) = suffixRule(for: stem) {
      plural = String(stem.dropLast(written.count)) + replacement
    }
    if plural.hasSuffix("+") {
      plural.removeLast()
      adjectival = true
    }
    let dative =
      previous.map {
        dativeDeterminers.contains($0) || Agreement.infer(previous: $0, gender: .plural).grammaticalCase == .dative
      }
      ?? false
    let weak = adjectival && (previous.map { weakDeterminers.contains($0) } ?? false)
    if dative || weak, !plural.hasSuffix("n"), !plural.hasSuffix("s") { plural += "n" }
    return plural
  }

  /// The longest suffix rule ("-ist" → "-isten") that fits `stem`.
  private static func suffixRule(for stem: String) -> (written: String, replacement: String)? {
    for length in stride(from: min(stem.count - 1, 6), through: 2, by: -1) {
      let suffix = String(stem.suffix(length))
      if let replacement = masculinePlurals["-" + suffix] { return (suffix, String(replacement.dropFirst())) }
    }
    return nil
  }

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    Self.startsInclusiveForm(stream, at: index)
  }

  /// Whether an inclusive form starts at `index`: a word, a marker and "innen" or "in", or "…Innen".
  static func startsInclusiveForm(_ stream: TokenStream, at index: Int) -> Bool {
    guard let token = stream[index], token.kind == .word else { return false }
    if let marker = stream[index + 1], markers.contains(marker.text), let ending = stream[index + 2],
      ending.text == "innen" || ending.text == "in"
    {
      return true
    }
    return token.text.hasSuffix("Innen")
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let token = stream[index], token.kind == .word, token.text.first!.isUppercase else { return nil }
    let stem: String
    let suffix: String
    let count: Int
    if let marker = stream[index + 1], Self.markers.contains(marker.text), let ending = stream[index + 2],
      ending.kind == .word, ending.text == "innen" || ending.text == "in"
    {
      (stem, suffix, count) = (token.text, ending.text, 3)
    } else if token.text.hasSuffix("Innen"), token.text.count > 6,
      token.text.dropLast(5).last?.isLowercase == true
    {
      (stem, suffix, count) = (String(token.text.dropLast(5)), "innen", 1)
    } else {
      return nil
    }
    switch forms {
    case .pause:
      return Verbalization(tokenCount: count, spoken: "\(stem) \(suffix)", rule: "inclusive form with a break")
    case .both:
      let feminine = stem + suffix
      let masculine =
        suffix == "innen" ? Self.masculinePlural(of: stem, after: stream.previousWord(before: index)) : stem
      return Verbalization(tokenCount: count, spoken: "\(feminine) und \(masculine)", rule: "inclusive form, both")
    }
  }
}

/// How gender-inclusive forms are read.
public enum GenderForms: String, Sendable, CaseIterable, Codable {
  /// "Bürger innen", with the short break the star or colon stands for.
  case pause
  /// "Bürgerinnen und Bürger".
  case both
}
