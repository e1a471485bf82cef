import Failures

/// Why speech synthesis failed.
public enum SpeechError: ClassifiedError, Equatable {
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

  /// A stop that was asked for is an interruption; everything else is a rendering failure.
  public var kind: FailureKind { self == .cancelled ? .interrupted : .renderingFailed }
}
