import Articles
import Failures

/// Why a batch cannot run at all; each message names the file or feed.
public enum BatchError: ClassifiedError, Equatable {
  /// The feed cannot be read, downloaded or parsed.
  case feed(FeedError)
  /// The manifest in the output folder is not one Vorleser can read.
  case badManifest(path: String, reason: String)
  /// The output folder cannot be made or written.
  case badOutput(path: String, reason: String)

  /// A one-line message.
  public var description: String {
    switch self {
    case .feed(let error): error.description
    case .badManifest(let path, let reason):
      "\(path): not a Vorleser manifest (\(reason)); move it away to start afresh"
    case .badOutput(let path, let reason): "\(path): \(reason)"
    }
  }

  /// A feed or folder that cannot be used is bad input; a feed download stopped is an interruption.
  public var kind: FailureKind {
    if case .feed(let error) = self { error.kind } else { .badInput }
  }
}
