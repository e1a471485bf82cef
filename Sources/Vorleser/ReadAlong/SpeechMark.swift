/// One speech mark in the shape Amazon Polly's speech marks have: when it is heard (milliseconds from the
/// start of the audio file), what it is, and which UTF-8 bytes of the written text it covers.
public struct SpeechMark: Sendable, Equatable, Codable {
  /// What a mark is.
  public enum Kind: String, Sendable, Codable {
    case chapter, sentence, word
  }

  /// When it starts, in milliseconds.
  public var time: Int
  /// What it is.
  public var type: Kind
  /// Its first byte in the written text.
  public var start: Int
  /// The byte after its last.
  public var end: Int
  /// What it covers as written (a chapter: its title).
  public var value: String
  /// What is said for a word ("neunten Februar zweitausendfünfundzwanzig" for "09.02.2025").
  public var spoken: String?
  /// When a chapter or sentence ends, in milliseconds.
  public var endTime: Int?

  /// The order of marks that start together: a chapter before its sentence before its word.
  var rank: Int {
    switch type {
    case .chapter: 0
    case .sentence: 1
    case .word: 2
    }
  }
}
