/// Fractions: "1/2" → "ein halb", "3/4" → "drei Viertel", "2 1/2" → "zweieinhalb", "½" → "ein halb",
/// "1 ½" → "eineinhalb", "2/3-Mehrheit" → "Zwei-Drittel-Mehrheit".
struct FractionClass: SemioticClass {
  let name = "fraction"
  let priority = 150
  private static let vulgar: [Character: (Int, Int)] = [
    "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅛": (1, 8),
  ]

  let startKinds: Set<Token.Kind> = [.number, .symbol]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    stream.isNumber(index) || stream[index].map { $0.kind == .symbol && Self.vulgar[$0.text.first!] != nil } == true
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    // "2 1/2", "1 ½": a whole number and a fraction.
    if let whole = stream[index], whole.kind == .number, stream.isSpace(index + 1),
      let (fraction, length) = fraction(stream, at: index + 2), fraction.numerator == 1, fraction.denominator == 2
    {
      let spoken = Int(whole.text) == 1 ? "eineinhalb" : lexicons.numbers.cardinal(whole.text) + "einhalb"
      return Verbalization(tokenCount: 2 + length, spoken: spoken, rule: "whole and a half")
    }
    guard let (fraction, length) = fraction(stream, at: index) else { return nil }
    // "um ½ Stunde": half as an adjective agreeing with the noun.
    if fraction == (1, 2), let noun = stream.word(after: index + length),
      let gender = lexicons.nouns.gender(of: noun.text)
    {
      let previous = stream.previousWord(before: index)
      let article = Agreement.infer(previous: previous, gender: gender).indefiniteOne
      let ending = ["ein": gender == .neuter ? "es" : "er", "eine": "e"][article] ?? "en"
      // After "ein" the article is already there: "ein ½ Liter" → "ein halber Liter".
      let hasArticle = previous.map { ["ein", "eine", "einen", "einem", "einer", "eines"].contains($0) } ?? false
      let spoken = hasArticle ? "halb\(ending)" : "\(article) halb\(ending)"
      return Verbalization(tokenCount: length, spoken: spoken, rule: "half before \(noun.text)")
    }
    // "24/7", "7/24": hours and days read as two numbers, not as a fraction.
    if length == 3, fraction.numerator >= fraction.denominator {
      let spoken =
        lexicons.numbers.cardinal(String(fraction.numerator)) + " "
        + lexicons.numbers.cardinal(String(fraction.denominator))
      return Verbalization(tokenCount: 3, spoken: spoken, rule: "two numbers with a slash")
    }
    // "1/8-Finale" → "Achtelfinale".
    if fraction.numerator == 1, fraction.denominator > 2, stream.isSymbol(index + length, "-"),
      let word = stream[index + length + 1], word.kind == .word, word.text.hasPrefix("Final")
    {
      let part = denominatorWord(fraction.denominator, lexicons)
      return Verbalization(tokenCount: length + 2, spoken: part + word.text.lowercased(), rule: "fraction of a final")
    }
    let agreement = Agreement.infer(previous: stream.previousWord(before: index), gender: .neuter)
    var spoken = words(fraction, lexicons, one: agreement.isDecided ? agreement.indefiniteOne : "ein")
    var count = length
    if stream.isSymbol(index + length, "-"), let noun = stream[index + length + 1], noun.kind == .word,
      noun.text.first!.isUppercase
    {
      spoken = spoken.split(separator: " ").map { String($0).capitalizedFirst }.joined(separator: "-") + "-"
      count += 1
    }
    return Verbalization(tokenCount: count, spoken: spoken, rule: "fraction")
  }

  private func fraction(_ stream: TokenStream, at index: Int) -> ((numerator: Int, denominator: Int), Int)? {
    if let token = stream[index], token.kind == .symbol, let value = Self.vulgar[token.text.first!] {
      return ((value.0, value.1), 1)
    }
    guard let top = stream[index], top.kind == .number, top.text.count <= 2, stream.isSymbol(index + 1, "/"),
      let bottom = stream[index + 2], bottom.kind == .number, let numerator = Int(top.text),
      let denominator = Int(bottom.text), (2...100).contains(denominator) || denominator == 1000, numerator > 0,
      stream[index - 1]?.kind != .number, !stream.isSymbol(index - 1, "/"), !stream.isSymbol(index + 3, "/")
    else { return nil }
    return ((numerator, denominator), 3)
  }

  private func words(_ fraction: (numerator: Int, denominator: Int), _ lexicons: Lexicons, one: String = "ein")
    -> String
  {
    let count = fraction.numerator == 1 ? one : lexicons.numbers.cardinal(String(fraction.numerator))
    if fraction.denominator == 2 { return count + " " + (fraction.numerator == 1 ? "halb" : "Halbe") }
    return count + " " + denominatorWord(fraction.denominator, lexicons)
  }

  /// "Viertel", "Vierzigstel", "Hundertstel", "Tausendstel".
  private func denominatorWord(_ denominator: Int, _ lexicons: Lexicons) -> String {
    var ordinal = lexicons.numbers.ordinal(String(denominator), ending: .e)
    if [100, 1000].contains(denominator), ordinal.hasPrefix("ein") { ordinal.removeFirst(3) }
    return (ordinal.dropLast() + "el").capitalizedFirst
  }
}
