/// Receives synthesized audio as it is produced, so that nothing has to be held in memory.
public protocol SampleSink: AnyObject {
  /// Appends mono 16-bit samples.
  func write(_ samples: UnsafeBufferPointer<Int16>) throws
}

/// A text-to-speech engine that streams samples into a sink.
public protocol SpeechSynthesizing: AnyObject {
  /// Samples per second of everything this engine produces.
  var sampleRate: Int { get }
  /// Selects the voice and its rate, pitch and volume for the following utterances.
  func use(_ profile: VoiceProfile) throws
  /// Speaks `text` into `sink` and returns how many samples it wrote. Events are reported with sample
  /// positions counted from `firstSample`. `shouldStop` is polled while speaking; when it returns true
  /// the engine stops and throws `SpeechError.cancelled`.
  func speak(
    _ text: String, into sink: SampleSink, firstSample: Int64, events: inout [SpeechEvent],
    shouldStop: () -> Bool
  ) throws -> Int64
  /// The languages besides German it has a voice for ("en", "fr"), by their codes.
  var languages: Set<String> { get }
}

extension SpeechSynthesizing {
  /// None: everything is read in German.
  public var languages: Set<String> { [] }
}

/// A sentence or word boundary in the audio, for captions and highlighting.
public struct SpeechEvent: Sendable, Equatable {
  /// Which boundary this is.
  public enum Kind: Sendable, Equatable {
    case sentence
    case word
  }

  /// Which boundary this is.
  public var kind: Kind
  /// The first sample of the sentence or word.
  public var sample: Int64
  /// Where the word or sentence starts in the spoken text, in characters from 0.
  public var textOffset: Int
  /// The word's length in characters (0 for sentences).
  public var length: Int

  /// An event from its parts.
  public init(kind: Kind, sample: Int64, textOffset: Int, length: Int) {
    self.kind = kind
    self.sample = sample
    self.textOffset = textOffset
    self.length = length
  }
}
