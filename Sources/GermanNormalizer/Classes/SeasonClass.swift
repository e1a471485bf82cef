/// Seasons and fiscal years across a year's end: "Saison 2026/27" → "zweitausendsechsundzwanzig
/// siebenundzwanzig", "2024/2025" → "zweitausendvierundzwanzig zweitausendfünfundzwanzig", "2008/09" →
/// "zweitausendacht null neun"; a month and year: "02/2026" → "Februar zweitausendsechsundzwanzig". Never
/// "durch".
struct SeasonClass: SemioticClass {
  let name = "season"
  let priority = 80

  let startKinds: Set<Token.Kind> = [.number]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    stream.isNumber(index)
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let first = stream[index], first.kind == .number, stream.isSymbol(index + 1, "/"),
      let second = stream[index + 2], second.kind == .number, stream[index + 3]?.kind != .number,
      !stream.isSymbol(index + 3, "/"), !stream.isSymbol(index - 1, "/"), stream[index - 1]?.kind != .number,
      let start = Int(first.text), let end = Int(second.text)
    else { return nil }
    let words = lexicons.numbers
    // 02/2026: a month of a year.
    if first.text.count == 2, (1...12).contains(start), second.text.count == 4, (1100...2099).contains(end),
      let month = MonthNames.name(of: start)
    {
      return Verbalization(tokenCount: 3, spoken: month + " " + words.year(second.text), rule: "month and year")
    }
    guard first.text.count == 4, (1100...2099).contains(start) else { return nil }
    let spokenEnd: String
    if second.text.count == 4, end == start + 1 {
      spokenEnd = words.year(second.text)
    } else if second.text.count == 2, end == (start + 1) % 100 {
      spokenEnd = second.text.hasPrefix("0") ? words.digits(second.text) : words.cardinal(second.text)
    } else {
      return nil
    }
    return Verbalization(tokenCount: 3, spoken: words.year(first.text) + " " + spokenEnd, rule: "season")
  }
}
