/// Whose fault a failure is, which decides the exit code the command line gives it.
public enum FailureKind: String, Sendable, Equatable, Codable {
  /// The input or the usage is wrong (an empty article, an unknown voice, a broken feed): exit code 2.
  case badInput
  /// Vorleser could not make the audio (espeak-ng, the disk, an encoder): exit code 1.
  case renderingFailed
  /// The user or the system asked Vorleser to stop (Ctrl-C, SIGTERM): exit code 130.
  case interrupted
}

/// An error that knows what kind of failure it is and says so in one line.
public protocol ClassifiedError: Error, CustomStringConvertible {
  /// Bad input, a rendering failure or an interruption.
  var kind: FailureKind { get }
}
