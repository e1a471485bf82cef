import AudioFile
import Speech

/// What rendering one article produced.
public struct RenderResult: Sendable {
  /// The audio file written.
  public var path: String
  /// Its format.
  public var format: AudioFormat
  /// Samples per second.
  public var sampleRate: Int
  /// The audio's length in samples.
  public var samples: Int64
  /// The chapter markers, as written.
  public var chapters: [ChapterMark]
  /// The voice profile used.
  public var voice: String
  /// Sentence and word boundaries with their sample positions.
  public var events: [SpeechEvent]
  /// The loudness of the audio as mastered.
  public var loudness: Loudness
  /// The read-along files written beside the audio (speech marks, captions, …), by name.
  public var readAlongFiles: [String]

  /// The audio's length in seconds.
  public var duration: Double { Double(samples) / Double(sampleRate) }

  /// How many words were spoken.
  public var wordCount: Int { events.count { $0.kind == .word } }
}
