/// Dashes between words are a pause: "Prognose gesenkt – Aktie fällt" → "Prognose gesenkt, Aktie fällt"; in a
/// results line the dash is "gegen" ("Aue – Essen 2:2" → "Aue gegen Essen zwei zu zwei"); between abbreviated
/// days or months, or numbered names, it is "bis" ("Mo.–Fr." → "Montag bis Freitag", "Q1–Q3" → "ku eins bis ku
/// drei"). Dashes between numbers are ranges.
struct DashClass: SemioticClass {
  let name = "dash"
  let priority = 210
  /// Punctuation that ends the stretch a dash can join; a score before it makes the dash "gegen".
  private static let stretchEnds: Set<String> = [",", ";", ".", "!", "?", "–", "—", "(", ":"]

  let startKinds: Set<Token.Kind> = [.symbol]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    stream.isSymbol(index, "–") || stream.isSymbol(index, "—") || stream.isSymbol(index, "-")
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let dash = stream[index], dash.isSymbol("–") || dash.isSymbol("—") || dash.isSymbol("-") else { return nil }
    let spacedBefore = stream.isSpace(index - 1)
    let spacedAfter = stream.isSpace(index + 1)
    if !spacedBefore && !spacedAfter {
      // "Q1–Q3", "KW1–KW5": the same letters and numbers on both sides.
      if !dash.isSymbol("-"), stream.isNumber(index - 1), stream.isWord(index - 2), stream.isNumber(index + 2),
        stream[index - 2]?.text == stream[index + 1]?.text
      {
        return Verbalization(tokenCount: 1, spoken: " bis ", rule: "dash between numbered names")
      }
      // "Mo.–Fr.", "Okt.–Dez.": between an abbreviation's dot and a word.
      guard !dash.isSymbol("-"), stream.isSymbol(index - 1, "."), stream[index - 2]?.kind == .word,
        stream[index + 1]?.kind == .word
      else { return nil }
      return Verbalization(tokenCount: 1, spoken: " bis ", rule: "dash between abbreviations")
    }
    // A hyphen is a dash only with space on both sides ("steigen - Verbraucher").
    if dash.isSymbol("-") && !(spacedBefore && spacedAfter) { return nil }
    let next = stream.skippingSpace(from: index + 1)
    // Before a comma or at the end the pause is already there.
    guard index > 0, let following = stream[next],
      !(following.kind == .symbol && ",.;:!?)".contains(following.text))
    else { return Verbalization(tokenCount: 1, spoken: "", rule: "dash before punctuation") }
    if spacedBefore && spacedAfter && isResultsLine(stream, after: next) {
      return Verbalization(tokenCount: 1, spoken: " gegen ", rule: "dash in a results line")
    }
    return Verbalization(tokenCount: 1, spoken: ",", rule: "dash as a pause")
  }

  /// Whether a score ("2:1") follows before the stretch ends: "Bochum – Kiel 2:0".
  private func isResultsLine(_ stream: TokenStream, after index: Int) -> Bool {
    var cursor = index
    var sawName = false
    while cursor - index < 12, let token = stream[cursor] {
      if token.kind == .number {
        // A team's name comes first: "Kiel 2:0", not "– 2:1" after a parenthesis.
        return sawName && stream.isSymbol(cursor + 1, ":") && stream[cursor + 2]?.kind == .number
      }
      if token.kind == .word, token.text.first!.isUppercase { sawName = true }
      if token.kind == .symbol, Self.stretchEnds.contains(token.text) { return false }
      cursor += 1
    }
    return false
  }
}
