/// A unit written before a number as a marker: "bei km 12" → "bei Kilometer zwölf", "zwischen km 12 und 15".
struct MarkerUnitClass: SemioticClass {
  let name = "unit marker"
  let priority = 68

  let startKinds: Set<Token.Kind> = [.word]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    stream.isWord(index) && stream.isSpace(index + 1) && stream.isNumber(index + 2)
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let token = stream[index], token.text.count >= 2, token.text.first!.isLowercase,
      let (unit, length) = lexicons.units.unit(in: stream, at: index), length == 1,
      let previous = stream.previousWord(before: index), FunctionWords.shared.caseBeforeNumber(previous) != nil
    else { return nil }
    return Verbalization(tokenCount: 1, spoken: unit.singular, rule: "unit \(unit.symbol) before its number")
  }
}
