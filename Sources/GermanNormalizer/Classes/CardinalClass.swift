/// Cardinal numbers: "11.000" → "elftausend", "1 Prozent" → "ein Prozent", also inside words:
/// "18-Jährige" → "Achtzehnjährige", "3-fach" → "dreifach", "G7" → "ge sieben", "20a" → "zwanzig a".
struct CardinalClass: SemioticClass {
  let name = "cardinal"
  private static let joinedSuffixes = ["Jährige", "Jähriger", "Jährigen", "Jähriges", "Jährig"]

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let number = stream.number(at: index), number.isInteger else { return nil }
    let words = lexicons.numbers
    let after = index + number.tokenCount
    // Number compounds: 18-Jährige, 3-fach, 100-Meter-Lauf (not CO2-Ausstoß, where the number ends a word).
    if stream.isSymbol(after, "-"), let word = stream[after + 1], word.kind == .word, stream[index - 1]?.kind != .word {
      let spoken = words.cardinal(number.integerDigits)
      if word.text.first!.isLowercase {
        return Verbalization(tokenCount: number.tokenCount + 2, spoken: spoken + word.text, rule: "number compound")
      }
      if Self.joinedSuffixes.contains(word.text) {
        return Verbalization(
          tokenCount: number.tokenCount + 2, spoken: (spoken + word.text.lowercased()).capitalizedFirst,
          rule: "number compound")
      }
      return Verbalization(
        tokenCount: number.tokenCount + 1, spoken: spoken.capitalizedFirst + "-", rule: "number compound")
    }
    // 20a: a paragraph or house number with a letter.
    if let letter = stream[after], letter.kind == .word, letter.text.count == 1, letter.text.first!.isLowercase {
      return Verbalization(
        tokenCount: number.tokenCount + 1, spoken: words.cardinal(number.integerDigits) + " " + letter.text,
        rule: "number with letter")
    }
    if number.integerValue == 1, let noun = stream.word(after: after), let gender = lexicons.nouns.gender(of: noun.text)
    {
      let agreement = Agreement.infer(previous: stream.previousWord(before: index), gender: gender)
      return Verbalization(
        tokenCount: number.tokenCount, spoken: agreement.indefiniteOne, rule: "one agreeing with \(noun.text)")
    }
    return Verbalization(tokenCount: number.tokenCount, spoken: words.cardinal(number.integerDigits), rule: "cardinal")
  }
}
