/// Words from the pronunciation lexicon: "Selenskyj" → "Selenski", "Selenskyjs" → "Selenskis", or espeak-ng
/// phonemes in `[[...]]`.
struct LexiconClass: SemioticClass {
  let name = "lexicon"
  let lexicon: PronunciationLexicon

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let token = stream[index], token.kind == .word, let reading = lexicon.reading(of: token.text) else {
      return nil
    }
    return Verbalization(tokenCount: 1, spoken: reading, rule: "lexicon entry for \(token.text)")
  }
}
