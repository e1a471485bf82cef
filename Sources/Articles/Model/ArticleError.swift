import Failures

/// Why an article could not be read; each message names the input it is about.
public enum ArticleError: ClassifiedError, Equatable {
  /// The input holds nothing at all, or only white space.
  case empty(source: String)
  /// The input holds characters, but nothing a listener could hear (no letters or digits).
  case noReadableText(source: String)
  /// The input could not be opened or read.
  case unreadable(source: String, reason: String)
  /// The input is not text (binary data).
  case notText(source: String)

  /// A one-line message: the input, then the problem.
  public var description: String {
    switch self {
    case .empty(let source): "\(source): the article is empty"
    case .noReadableText(let source): "\(source): the article has no readable text (no letters or digits)"
    case .unreadable(let source, let reason): "\(source): cannot read the article: \(reason)"
    case .notText(let source): "\(source): not a text file (binary data)"
    }
  }

  /// Every article error is about the input.
  public var kind: FailureKind { .badInput }
}
