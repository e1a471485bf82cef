/// Gender-inclusive forms: "Bürger*innen", "Lehrer:innen", "Lehrer_innen", "BürgerInnen" → "Bürger innen"
/// (a short glottal break), or with `GenderForms.both` the paired form, inflected: "den Mitarbeiter_innen" →
/// "den Mitarbeiterinnen und Mitarbeitern".
struct InclusiveFormClass: SemioticClass {
  let name = "inclusive form"
  let forms: GenderForms
  private static let markers: Set<String> = ["*", ":", "_", "/"]

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
      var masculine = stem
      // Dative plural adds -n: "den Mitarbeitern".
      if suffix == "innen", stream.previousWord(before: index) == "den", !stem.hasSuffix("n"), !stem.hasSuffix("s") {
        masculine += "n"
      }
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
