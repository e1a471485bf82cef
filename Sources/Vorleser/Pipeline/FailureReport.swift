import Articles
import Failures

/// A failure as the command line reports it: one printable line, and whose fault it is. Every stage's
/// error classifies itself (`ClassifiedError`); this only reads that. The command line throws its own.
public struct FailureReport: Error, Sendable, Equatable {
  /// The one-line message, naming the file or item.
  public var message: String
  /// Whose fault it is.
  public var kind: FailureKind

  /// A report from its parts.
  public init(message: String, kind: FailureKind) {
    self.message = message
    self.kind = kind
  }

  /// The report for one of Vorleser's own errors; nil for anything else (the argument parser's).
  public init?(_ error: Error) {
    if let report = error as? FailureReport {
      self = report
      return
    }
    guard let error = error as? ClassifiedError else { return nil }
    self.init(message: error.description.printable, kind: error.kind)
  }
}
