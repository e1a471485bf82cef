/// An ordinal joined to a word by a hyphen: "als Tabellen-17." → "als Tabellensiebzehnter", "der Tabellen-18."
/// → "der Tabellenachtzehnte". The ending follows the word before the compound.
struct CompoundOrdinalClass: SemioticClass {
  let name = "compound ordinal"
  let priority = 66

  let startKinds: Set<Token.Kind> = [.word]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    stream.isWord(index) && stream.isSymbol(index + 1, "-") && stream.isNumber(index + 2)
      && stream.isSymbol(index + 3, ".")
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let word = stream[index], word.text.first!.isUppercase, let number = stream[index + 2],
      number.text.count <= 3, !stream.isNumber(index + 4), !stream.isWord(index + 4)
    else { return nil }
    let previous = stream.previousWord(before: index)
    var agreement = Agreement.infer(previous: previous, gender: .masculine)
    if previous == "als" || !agreement.isDecided {
      agreement = Agreement(grammaticalCase: .nominative, gender: .masculine, article: .none, isDecided: true)
    }
    let spoken = word.text + lexicons.numbers.ordinal(number.text, ending: agreement.ordinalEnding)
    // The dot stays when it also ends the sentence.
    let after = stream.skippingSpace(from: index + 4)
    let endsSentence = stream[after].map { $0.kind == .word && $0.text.first!.isUppercase } ?? true
    return Verbalization(tokenCount: endsSentence ? 3 : 4, spoken: spoken, rule: "ordinal in a compound")
  }
}
