/// Words from the pronunciation lexicon: "Selenskyj" → "Selenski", "Selenskyjs" → "Selenskis", or espeak-ng
/// phonemes in `[[...]]`.
struct LexiconClass: SemioticClass {
  let name = "lexicon"
  let priority = 10
  let lexicon: PronunciationLexicon

  let startKinds: Set<Token.Kind> = [.word]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    lexicon.count > 0 && stream.isWord(index) && lexicon.reading(of: stream.tokens[index].text) != nil
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let token = stream[index], token.kind == .word, let reading = lexicon.reading(of: token.text) else {
      return nil
    }
    // "online" stays lower-case when the entry is "Online".
    let spoken =
      token.text.first!.isLowercase && !reading.hasPrefix("[[")
      ? reading.prefix(1).lowercased() + reading.dropFirst() : reading
    return Verbalization(tokenCount: 1, spoken: spoken, rule: "lexicon entry for \(token.text)")
  }
}
