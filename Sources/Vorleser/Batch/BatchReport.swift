import Foundation

/// How one feed item fared in a batch run.
public struct BatchItemReport: Codable, Sendable, Equatable {
  /// The outcome.
  public enum Status: String, Codable, Sendable {
    /// Rendered in this run.
    case rendered
    /// Already rendered from the same text, voice and version; left as it was.
    case unchanged
    /// Could not be rendered; `message` says why.
    case failed
    /// Not rendered on purpose (a duplicate guid).
    case skipped
  }

  /// 1-based position in the feed.
  public var position: Int
  public var guid: String
  public var title: String?
  public var status: Status
  /// The audio file's name in the output folder.
  public var file: String?
  /// Length in seconds.
  public var duration: Double?
  /// The loudness of its audio as mastered.
  public var loudness: Loudness?
  /// Why it failed or was skipped.
  public var message: String?
}

/// Where a batch stands, after each finished item.
public struct BatchProgress: Sendable {
  /// The item that just finished.
  public var report: BatchItemReport
  /// Items finished so far (any status), and how many the run will report.
  public var finishedItems: Int
  public var totalItems: Int
  /// Render jobs finished so far, and how many there are.
  public var finishedRenders: Int
  public var totalRenders: Int
  /// Audio rendered in this run so far, in seconds.
  public var renderedAudio: Double
  /// Seconds since the run started.
  public var elapsed: TimeInterval

  /// Estimated seconds until the last render finishes; nil before the first one finished.
  public var remaining: TimeInterval? {
    guard finishedRenders > 0 else { return nil }
    return elapsed / Double(finishedRenders) * Double(totalRenders - finishedRenders)
  }
}

/// The result of a batch run (the `--json` summary).
public struct BatchSummary: Codable, Sendable {
  /// The feed as given on the command line.
  public var feed: String
  public var format: String
  /// Items in the feed, and how many were selected by `--since` and `--limit`.
  public var feedItems: Int
  public var selectedItems: Int
  public var rendered: Int
  public var unchanged: Int
  public var failed: Int
  public var skipped: Int
  /// Items (and their files) removed by `--prune`.
  public var pruned: Int
  /// Audio rendered in this run, in seconds.
  public var renderedAudio: Double
  /// Wall-clock seconds.
  public var elapsed: Double
  /// Whether Ctrl-C stopped the run; items not reached are rendered by the next run.
  public var interrupted: Bool
  public var manifest: String
  public var podcastFeed: String
  public var items: [BatchItemReport]
  /// What the publisher should know, one line each (fields a podcast directory requires, …).
  public var warnings: [String] = []

  /// The failed items.
  public var failures: [BatchItemReport] { items.filter { $0.status == .failed } }
}
