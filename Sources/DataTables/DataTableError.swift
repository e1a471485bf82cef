import Failures

/// A data file that cannot be used: `FILE:LINE: reason`, or `FILE: reason` for the file as a whole.
public struct DataTableError: ClassifiedError, Equatable, Sendable {
  /// The file's path or name.
  public var file: String
  /// The line, from 1; 0 for the file as a whole.
  public var line: Int
  /// What is wrong.
  public var reason: String

  /// An error about `line` of `file` (0: the whole file).
  public init(file: String, line: Int, reason: String) {
    self.file = file
    self.line = line
    self.reason = reason
  }

  /// A data file is input: a shipped one is checked by the tests, a publisher's own one is theirs.
  public var kind: FailureKind { .badInput }

  /// `FILE:LINE: reason`.
  public var description: String { line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)" }
}
