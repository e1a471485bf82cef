/// Turns written German into the words a newsreader speaks, before the text goes to the synthesizer.
///
/// This is the seam every spoken text passes through. It cleans typography and verbalizes datelines;
/// the semiotic classes (numbers, dates, abbreviations, …) are added behind the same two calls.
public struct GermanNormalizer: Sendable {
  private let speller: NumberSpeller

  /// A normalizer using the process-wide ICU number speller.
  public init() {
    speller = .shared
  }

  /// The spoken form of a sentence or paragraph of running text.
  public func normalize(_ text: String) -> String {
    TypographyCleanup().clean(text)
  }

  /// The spoken form of an article's dateline, e.g. "neunter Februar zweitausendfünfundzwanzig, sieben
  /// Uhr dreißig" for 09.02.2025, 07:30 Uhr.
  public func verbalizeDateline(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil)
    -> String
  {
    DatelineVerbalizer(speller: speller).verbalize(year: year, month: month, day: day, hour: hour, minute: minute)
  }
}
