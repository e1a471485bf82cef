/// Telephone numbers, digit by digit: "030 1234567" → "null drei null eins zwei …", "+49 30 …" → "plus vier
/// neun drei null …", and emergency numbers after a cue ("Notruf 112" → "eins eins zwei").
struct TelephoneClass: SemioticClass {
  let name = "telephone"
  private static let cues: Set<String> = [
    "notruf", "notrufnummer", "rufnummer", "telefon", "telefonnummer", "tel", "hotline", "nummer", "unter", "wählen",
    "fax", "mobil", "handy",
  ]

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    let plus = stream.isSymbol(index, "+")
    var cursor = plus ? index + 1 : index
    guard let first = stream[cursor], first.kind == .number else { return nil }
    var groups: [String] = [first.text]
    cursor += 1
    // Further groups separated by one space, hyphen or slash.
    while cursor - index < TokenStream.reach, let separator = stream[cursor],
      separator.text == " " || separator.isSymbol("-") || separator.isSymbol("/"),
      let group = stream[cursor + 1], group.kind == .number, group.text.count >= 2 || separator.isSymbol("-")
    {
      groups.append(group.text)
      cursor += 2
    }
    let digits = groups.joined()
    let cued = stream.previousWord(before: index).map { Self.cues.contains($0) } ?? false
    let looksLikePhone =
      (plus && digits.count >= 6) || (first.text.hasPrefix("0") && first.text.count >= 3 && digits.count >= 7)
    guard looksLikePhone || (cued && digits.count >= 3) else { return nil }
    if stream.isSymbol(cursor, ","), stream[cursor + 1]?.kind == .number { return nil }
    let spoken = (plus ? "plus " : "") + groups.map { lexicons.numbers.digits($0) }.joined(separator: " ")
    return Verbalization(
      tokenCount: cursor - index, spoken: spoken, rule: cued ? "phone number after a cue" : "phone number")
  }
}
