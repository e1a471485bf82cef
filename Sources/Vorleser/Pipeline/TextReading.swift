import GermanNormalizer
import Speech

/// `vorleser normalize`: written German in, the words Vorleser speaks out.
public struct TextReading: Sendable {
  private let normalizer: GermanNormalizer

  /// The reading `settings` describe, with the shipped lexicon from the standard voices folders.
  public init(_ settings: ReadingSettings) throws {
    normalizer = try ReadingConfiguration(settings, voiceFolders: VoiceCatalog.standard().folders).normalizer
  }

  /// `line` as spoken.
  public func spoken(_ line: String) -> String {
    normalizer.normalize(line)
  }

  /// `line` as spoken, with an explanation of every written form that was changed.
  public func explained(_ line: String) -> (spoken: String, explanations: [Explanation]) {
    let result = normalizer.normalizeDetailed(line)
    return (result.spoken, result.explanations)
  }

  /// `line` spoken as an article's dateline; nil when it is not one.
  public func dateline(_ line: String) -> String? {
    normalizer.verbalizeDateline(line: line)
  }
}
