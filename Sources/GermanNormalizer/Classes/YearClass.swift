/// Years and decades: "1990" → "neunzehnhundertneunzig", "1990er" → "neunzehnhundertneunziger",
/// "80er-Jahre" → "achtziger Jahre". A four-digit number is a year unless a counted noun follows it.
struct YearClass: SemioticClass {
  let name = "year"
  let priority = 160
  private static let yearCues: Set<String> = [
    "jahr", "jahre", "jahren", "jahres", "im", "seit", "bis", "ab", "von", "vor", "nach", "anfang", "ende", "mitte",
    "frühjahr", "sommer", "herbst", "winter", "frühling", "jahrgang", "um", "in",
  ]

  let startKinds: Set<Token.Kind> = [.number]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    stream.isNumber(index)
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let token = stream[index], token.kind == .number, stream[index - 1]?.kind != .number,
      !((stream.isSymbol(index + 1, ".") || stream.isSymbol(index + 1, ",")) && stream[index + 2]?.kind == .number)
    else { return nil }
    let words = lexicons.numbers
    // Decades: 1990er, 80er, 80er-Jahre, 80er Jahre.
    if let suffix = stream[index + 1], suffix.kind == .word, ["er", "ern", "ers"].contains(suffix.text),
      let value = Int(token.text)
    {
      let base = value >= 1100 ? words.year(token.text) : words.cardinal(token.text)
      var spoken = base + suffix.text
      var count = 2
      if stream.isSymbol(index + 2, "-"), let jahre = stream[index + 3], jahre.text.hasPrefix("Jahre") {
        spoken += " " + jahre.text
        count = 4
      } else if stream.isSymbol(index + 2, "-"), let noun = stream[index + 3], noun.kind == .word,
        noun.text.first!.isUppercase
      {
        // 68er-Bewegung: the decade starts a compound noun.
        spoken = spoken.capitalizedFirst
      }
      return Verbalization(tokenCount: count, spoken: spoken, rule: "decade")
    }
    guard token.text.count == 4, let value = Int(token.text), (1100...2099).contains(value) else { return nil }
    let previous = stream.previousWord(before: index)
    // "TSV 1860 München", "VfL 1899": a club's founding year after its short name.
    let afterClub =
      stream[stream.isSpace(index - 1) ? index - 2 : index - 1].map { club in
        club.kind == .word && (2...4).contains(club.text.count) && club.text.first!.isUppercase
          && club.text.last!.isUppercase
      } ?? false
    let cued =
      afterClub
      || previous.map { Self.yearCues.contains($0) || MonthNames.number(of: $0.capitalizedFirst) != nil } ?? false
    if !cued, let next = stream.word(after: index + 1), next.text.first!.isUppercase,
      MonthNames.number(of: next.text) == nil
    {
      return nil
    }
    return Verbalization(tokenCount: 1, spoken: words.year(token.text), rule: cued ? "year after \(previous!)" : "year")
  }
}
