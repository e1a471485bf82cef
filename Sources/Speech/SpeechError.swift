/// Why speech synthesis failed.
public enum SpeechError: Error, Equatable, CustomStringConvertible {
  /// espeak-ng could not start (no data folder, broken installation).
  case engineUnavailable(String)
  /// espeak-ng failed while speaking.
  case synthesisFailed(String)
  /// The caller asked to stop (Ctrl-C).
  case cancelled

  /// A one-line message.
  public var description: String {
    switch self {
    case .engineUnavailable(let reason): "espeak-ng could not start: \(reason)"
    case .synthesisFailed(let reason): "espeak-ng failed: \(reason)"
    case .cancelled: "cancelled"
    }
  }
}
