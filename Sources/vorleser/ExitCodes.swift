import Vorleser

/// Vorleser's exit codes: whose fault a failure was.
enum ExitCodes {
  /// Rendering failed (espeak-ng, disk).
  static let renderingFailed: Int32 = 1
  /// Bad input or usage.
  static let badInput: Int32 = 2
  /// Stopped by Ctrl-C or SIGTERM (128 + SIGINT).
  static let interrupted: Int32 = 130

  /// The exit code for a failure of `kind`.
  static func code(for kind: FailureKind) -> Int32 {
    switch kind {
    case .badInput: badInput
    case .renderingFailed: renderingFailed
    case .interrupted: interrupted
    }
  }
}
