/// Telephone numbers, digit by digit: "030 1234567" → "null drei null eins zwei …", "+49 30 …" → "plus vier
/// neun drei null …", "0221 123-0" (an extension, not a range), and emergency and service numbers ("die 110",
/// "Notruf 112", "Behördennummer 115" → "eins eins fünf").
struct TelephoneClass: SemioticClass {
  let name = "telephone"
  let priority = 50
  private static let cues: Set<String> = [
    "notruf", "notrufnummer", "rufnummer", "telefon", "telefonnummer", "tel", "hotline", "nummer", "wählen",
    "fax", "mobil", "handy",
  ]
  /// Words in the sentence that make a listed service number a number to dial.
  private static let sentenceCues = ["notruf", "nummer", "telefon", "hotline", "anruf", "wählen", "erreichbar"]
  static let serviceNumbers = WordList.load("service-numbers.txt")

  let startKinds: Set<Token.Kind> = [.number, .symbol]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    stream.isNumber(index) || stream.isSymbol(index, "+")
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    let plus = stream.isSymbol(index, "+")
    var cursor = plus ? index + 1 : index
    guard let first = stream[cursor], first.kind == .number, stream[index - 1]?.kind != .word else { return nil }
    var groups: [String] = [first.text]
    cursor += 1
    let previous = stream.previousWord(before: index)
    let cued = previous.map { Self.cues.contains($0) } ?? false
    let dialled = plus || (first.text.hasPrefix("0") && first.text.count >= 3)
    // Only a dialled number, a cue or a service number's first group can start a phone number.
    guard dialled || cued || Self.serviceNumbers.contains(first.text) || first.text == "116" else { return nil }
    // Further groups separated by one space, hyphen or slash; single digits only inside a dialled number.
    while cursor - index < TokenStream.reach, let separator = stream[cursor],
      separator.text == " " || separator.isSymbol("-") || separator.isSymbol("/"),
      let group = stream[cursor + 1], group.kind == .number,
      group.text.count >= 2 || separator.isSymbol("-") || dialled,
      !((stream.isSymbol(cursor + 2, ".") || stream.isSymbol(cursor + 2, ",")) && stream[cursor + 3]?.kind == .number),
      !stream.isSymbol(cursor + 2, ":")
    {
      groups.append(group.text)
      cursor += 2
    }
    let digits = groups.joined()
    let looksLikePhone = (plus && digits.count >= 6) || (dialled && digits.count >= 7)
    let isService = isServiceNumber(stream, at: index, groups: groups, cursor: cursor, previous: previous)
    guard looksLikePhone || (cued && digits.count >= 3) || isService else { return nil }
    if stream.isSymbol(cursor, ","), stream[cursor + 1]?.kind == .number { return nil }
    if stream.isSymbol(cursor, "."), stream[cursor + 1]?.kind == .number { return nil }
    let spoken = (plus ? "plus " : "") + groups.map { lexicons.numbers.digits($0) }.joined(separator: " ")
    return Verbalization(
      tokenCount: cursor - index, spoken: spoken,
      rule: isService ? "service number" : (cued ? "phone number after a cue" : "phone number"))
  }

  /// A listed emergency or service number ("110", "116 111") after "die" or with a cue in the sentence.
  private func isServiceNumber(_ stream: TokenStream, at index: Int, groups: [String], cursor: Int, previous: String?)
    -> Bool
  {
    guard Self.serviceNumbers.contains(groups.joined()), stream[cursor]?.kind != .word else { return false }
    // "die 110 Beamten" counts people.
    if let next = stream.word(after: cursor), next.text.first!.isUppercase { return false }
    if previous == "die" || previous == "der" { return true }
    // A cue anywhere in the sentence: "Der Notruf lautet 112", "ist unter 116 117 erreichbar".
    for step in [-1, 1] {
      var cursor = step < 0 ? index - 1 : cursor
      while abs(cursor - index) < TokenStream.reach, let token = stream[cursor], !token.isSymbol("."),
        !token.isSymbol("!"), !token.isSymbol("?")
      {
        if token.kind == .word, Self.sentenceCues.contains(where: token.text.lowercased().contains) { return true }
        cursor += step
      }
    }
    return false
  }
}
