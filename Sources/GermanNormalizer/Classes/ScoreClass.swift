/// Scores and ratios: "2:1" → "zwei zu eins", "1:0" → "eins zu null".
struct ScoreClass: SemioticClass {
  let name = "score"
  let priority = 100

  let startKinds: Set<Token.Kind> = [.number]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    stream.isNumber(index)
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let first = stream[index], first.kind == .number, first.text.count <= 3, stream.isSymbol(index + 1, ":"),
      let second = stream[index + 2], second.kind == .number, second.text.count <= 3, !stream.isSymbol(index + 3, ":")
    else { return nil }
    let words = lexicons.numbers
    return Verbalization(
      tokenCount: 3, spoken: words.cardinal(first.text) + " zu " + words.cardinal(second.text), rule: "score n:m")
  }
}
