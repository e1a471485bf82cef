/// Ranges of numbers and years with a dash: "2020–2022" → "zweitausendzwanzig bis zweitausendzweiundzwanzig",
/// "3-5" → "drei bis fünf", "10–12 Uhr" → "zehn bis zwölf Uhr". This class speaks the first part and "bis";
/// the second part is read by whichever class fits it.
struct RangeClass: SemioticClass {
  let name = "range"
  let priority = 110

  let startKinds: Set<Token.Kind> = [.number]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    stream.isNumber(index)
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let first = stream[index], first.kind == .number, stream[index - 1]?.kind != .word,
      !stream.isSymbol(index - 1, "-"), let number = stream.number(at: index)
    else { return nil }
    var dash = index + number.tokenCount
    let spaced = stream.isSpace(dash)
    if spaced { dash += 1 }
    guard let symbol = stream[dash], symbol.isSymbol("–") || symbol.isSymbol("—") || (!spaced && symbol.isSymbol("-"))
    else { return nil }
    let secondIndex = spaced ? stream.skippingSpace(from: dash + 1) : dash + 1
    guard let second = stream[secondIndex], second.kind == .number, let secondNumber = stream.number(at: secondIndex),
      stream[secondIndex + secondNumber.tokenCount]?.kind != .word
    else { return nil }
    let words = lexicons.numbers
    let bothYears =
      number.tokenCount == 1
      && [first.text, second.text].allSatisfy { $0.count == 4 && (1100...2099).contains(Int($0) ?? 0) }
    let spoken = (bothYears ? words.year(first.text) : words.decimal(number)) + " bis"
    return Verbalization(
      tokenCount: secondIndex - index, spoken: spoken + " ", rule: bothYears ? "year range" : "range")
  }
}
