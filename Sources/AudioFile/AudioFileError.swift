import Failures

/// Why an audio file could not be written or read; each message names the file.
public enum AudioFileError: ClassifiedError, Equatable {
  /// The file could not be created or written.
  case unwritable(path: String, reason: String)
  /// The file could not be opened or is not a WAVE file.
  case unreadable(path: String, reason: String)

  /// The reason alone, without the path.
  public var reason: String {
    switch self {
    case .unwritable(_, let reason), .unreadable(_, let reason): reason
    }
  }

  /// A one-line message.
  public var description: String {
    switch self {
    case .unwritable(let path, let reason): "\(path): cannot write: \(reason)"
    case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
    }
  }

  /// A file that cannot be read was given as input; a file that cannot be written is a rendering failure.
  public var kind: FailureKind {
    switch self {
    case .unreadable: .badInput
    case .unwritable: .renderingFailed
    }
  }
}
