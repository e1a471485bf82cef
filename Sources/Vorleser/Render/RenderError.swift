import Failures

/// Why rendering an article failed, split by whose fault it is.
public enum RenderError: ClassifiedError, Equatable {
  /// The output path cannot be used.
  case badOutput(path: String, reason: String)
  /// The article produced no audio at all.
  case noSpeech(source: String)
  /// Ctrl-C or SIGTERM stopped rendering; no file was written.
  case interrupted(source: String)
  /// The article would be (or became) longer than the audio budget allows, in minutes.
  case tooLong(source: String, minutes: Double, limit: Double)

  /// A one-line message.
  public var description: String {
    switch self {
    case .badOutput(let path, let reason): "\(path): cannot write the audio here: \(reason)"
    case .noSpeech(let source): "\(source): the text yields no speech"
    case .interrupted(let source): "\(source): interrupted; no file was written"
    case .tooLong(let source, let minutes, let limit):
      "\(source): about \(Int(minutes.rounded())) minutes of audio, more than the limit of \(Int(limit)) (--max-minutes)"
    }
  }

  /// An unusable output path and a text without speech are the user's input; a stop is an interruption.
  public var kind: FailureKind {
    switch self {
    case .badOutput, .noSpeech, .tooLong: .badInput
    case .interrupted: .interrupted
    }
  }
}
