import AudioFile
import Foundation

/// A Podcasting 2.0 chapters file (`application/json+chapters`, version 1.2.0): the sidecar players
/// read chapter titles and start times from.
public struct PodcastChapters: Codable, Sendable, Equatable {
  /// One chapter: where it starts and what players show for it.
  public struct Chapter: Codable, Sendable, Equatable {
    /// Start in seconds, to the millisecond.
    public var startTime: Double
    public var title: String

    /// The chapter of `mark` in audio of `sampleRate` samples per second.
    public init(_ mark: ChapterMark, sampleRate: Int) {
      startTime = (Double(mark.startSample) / Double(sampleRate) * 1000).rounded() / 1000
      title = mark.title
    }
  }

  public var version: String
  /// The episode's title.
  public var title: String?
  public var chapters: [Chapter]

  /// The chapters of a rendered manifest entry.
  public init(entry: Manifest.Entry) {
    version = "1.2.0"
    title = entry.title
    chapters = entry.chapters
  }

  /// The file's bytes: stable key order, so an unchanged item gives an unchanged file.
  public func encoded() throws -> Data {
    return try JSONEncoder.stable.encode(self)
  }
}
