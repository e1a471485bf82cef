import Failures

/// Why read-along files could not be read or written.
public enum ReadAlongError: ClassifiedError, Sendable, Equatable {
  case badMarks(source: String, reason: String)
  case missingMarks(path: String)
  case notWritten(path: String, reason: String)

  public var description: String {
    switch self {
    case .badMarks(let source, let reason): "\(source): \(reason)"
    case .missingMarks(let path): "\(path): no speech marks (render with --timings on)"
    case .notWritten(let path, let reason): "\(path): could not be written: \(reason)"
    }
  }

  public var kind: FailureKind {
    switch self {
    case .badMarks, .missingMarks: .badInput
    case .notWritten: .renderingFailed
    }
  }
}
