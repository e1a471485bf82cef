/// Turns written German into the words a newsreader speaks, before the text goes to the synthesizer.
///
/// It follows the classic TTS front end: a tokenizer keeps the offset of every token, one semiotic class
/// per kind of written form (cardinal, ordinal, date, time, money, …) recognizes its tokens, and the class
/// verbalizes them in German, agreeing in case and gender with the words around.
public struct GermanNormalizer: Sendable {
  private let speller: NumberSpeller
  private let verbalizer: Verbalizer

  /// A normalizer using the process-wide ICU number speller and the shipped lexicons; `genderForms` says
  /// how inclusive forms ("Bürger*innen") are read, `pronunciations` how names espeak-ng gets wrong are read.
  public init(genderForms: GenderForms = .pause, pronunciations: PronunciationLexicon = .empty) {
    speller = .shared
    verbalizer = Verbalizer(
      lexicons: Lexicons(
        numbers: NumberWords(speller: speller), nouns: .shared, units: .shared, currencies: .shared,
        abbreviations: .shared, acronyms: .shared),
      genderForms: genderForms, pronunciations: pronunciations)
  }

  /// The spoken form of a sentence or paragraph of running text.
  public func normalize(_ text: String) -> String {
    normalizeDetailed(text).spoken
  }

  /// The spoken form with its alignment to the input and an explanation of every change.
  public func normalizeDetailed(_ text: String) -> NormalizedText {
    verbalizer.normalize(text)
  }

  /// The spoken form of an article's dateline, e.g. "neunter Februar zweitausendfünfundzwanzig, sieben
  /// Uhr dreißig" for 09.02.2025, 07:30 Uhr.
  public func verbalizeDateline(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil)
    -> String
  {
    DatelineVerbalizer(speller: speller).verbalize(year: year, month: month, day: day, hour: hour, minute: minute)
  }
}
