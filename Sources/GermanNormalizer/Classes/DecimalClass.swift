/// Decimal numbers with the German decimal comma: "3,5" → "drei Komma fünf", "0,25" → "null Komma zwei fünf".
struct DecimalClass: SemioticClass {
  let name = "decimal"
  let priority = 180

  let startKinds: Set<Token.Kind> = [.number]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    stream.isNumber(index)
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let number = stream.number(at: index), !number.isInteger else { return nil }
    return Verbalization(tokenCount: number.tokenCount, spoken: lexicons.numbers.decimal(number), rule: "decimal comma")
  }
}
