/// Percent and per mille: "20 %" → "zwanzig Prozent", "0,5 ‰" → "null Komma fünf Promille",
/// "1 %" → "ein Prozent", "3 %-Punkte" → "drei Prozentpunkte".
struct PercentClass: SemioticClass {
  let name = "percent"
  let priority = 130

  let startKinds: Set<Token.Kind> = [.number]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    stream.isNumber(index)
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let number = stream.number(at: index) else { return nil }
    let cursor = stream.skippingSpace(from: index + number.tokenCount)
    let unit: String
    var length = 1
    if stream.isSymbol(cursor, "%") {
      unit = "Prozent"
      if stream.isSymbol(cursor + 1, "-"), let word = stream[cursor + 2], word.text.hasPrefix("Punkt") {
        return Verbalization(
          tokenCount: cursor + 3 - index, spoken: spokenNumber(number, lexicons) + " Prozent" + word.text.lowercased(),
          rule: "percentage points")
      }
    } else if stream.isSymbol(cursor, "‰") {
      unit = "Promille"
    } else {
      return nil
    }
    length = cursor + 1 - index
    return Verbalization(tokenCount: length, spoken: spokenNumber(number, lexicons) + " " + unit, rule: "percent sign")
  }

  private func spokenNumber(_ number: NumberLiteral, _ lexicons: Lexicons) -> String {
    number.isInteger && number.integerValue == 1 ? "ein" : lexicons.numbers.decimal(number)
  }
}
