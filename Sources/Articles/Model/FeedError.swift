import Failures

/// Why a feed as a whole cannot be used; each message names the feed.
public enum FeedError: ClassifiedError, Equatable {
  /// The feed could not be read or downloaded.
  case unreadable(source: String, reason: String)
  /// The content is neither XML nor JSON, or is broken XML/JSON.
  case notAFeed(source: String, reason: String)
  /// Well-formed XML or JSON, but not RSS, Atom or JSON Feed.
  case unknownFormat(source: String, found: String)
  /// Reading or downloading the feed was stopped (Ctrl-C, SIGTERM).
  case interrupted(source: String)

  /// A one-line message: the feed, then the problem.
  public var description: String {
    switch self {
    case .unreadable(let source, let reason): "\(source): cannot read the feed: \(reason)"
    case .notAFeed(let source, let reason): "\(source): not a feed: \(reason)"
    case .unknownFormat(let source, let found):
      "\(source): unknown feed format (\(found)); Vorleser reads RSS 2.0, Atom 1.0 and JSON Feed 1.1"
    case .interrupted(let source): "\(source): interrupted while reading the feed"
    }
  }

  /// A feed that cannot be used is bad input, whether missing, broken or unreachable.
  public var kind: FailureKind {
    if case .interrupted = self { .interrupted } else { .badInput }
  }
}
