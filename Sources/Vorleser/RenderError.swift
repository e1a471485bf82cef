/// Why rendering an article failed, split by whose fault it is (exit code 2 or 1).
public enum RenderError: Error, Equatable, CustomStringConvertible {
  /// The output path cannot be used.
  case badOutput(path: String, reason: String)
  /// The article produced no audio at all.
  case noSpeech(source: String)

  /// A one-line message.
  public var description: String {
    switch self {
    case .badOutput(let path, let reason): "\(path): cannot write the audio here: \(reason)"
    case .noSpeech(let source): "\(source): the text yields no speech"
    }
  }
}
