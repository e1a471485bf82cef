import Failures
import Foundation

/// `manifest.json` in a batch output folder: per feed item, what was rendered from what, so a re-run
/// renders only new or changed items and the podcast feed can be written from it.
public struct Manifest: Codable, Sendable, Equatable {
  /// The manifest's file name inside the output folder.
  public static let fileName = "manifest.json"

  /// What the feed said about itself at the last run.
  public struct FeedInfo: Codable, Sendable, Equatable {
    public var source: String
    public var title: String?
    public var link: String?
    public var description: String?
    public var language: String?
    public var imageURL: String?
  }

  /// Whether an item's audio is there.
  public enum Status: String, Codable, Sendable {
    case rendered
    case failed
  }

  /// One feed item.
  public struct Entry: Codable, Sendable, Equatable {
    /// The item's guid (or link, or content hash when the feed gives neither): its identity across runs.
    public var guid: String
    public var title: String?
    public var link: String?
    /// Publication date, ISO 8601.
    public var date: String?
    public var author: String?
    public var categories: [String]
    /// A short description for the podcast feed (the lead, or the start of the text).
    public var summary: String?
    /// The fingerprint of everything that decided the audio (`RenderFingerprint.audio`).
    public var hash: String?
    /// The fingerprint of the item as the feed wrote it and the reading settings (`RenderFingerprint.source`).
    public var source: String?
    /// The audio file's name inside the output folder.
    public var file: String?
    /// The chapters JSON sidecar's name inside the output folder.
    public var chaptersFile: String?
    /// The read-along files beside the audio (speech marks, captions, chapters track, transcript, page).
    public var readAlongFiles: [String]?
    /// Length in seconds.
    public var duration: Double?
    /// The audio file's size in bytes.
    public var bytes: Int64?
    /// The chapters, as the item's chapters sidecar lists them.
    public var chapters: [PodcastChapters.Chapter]
    /// The loudness of the audio as mastered.
    public var loudness: Loudness?
    /// Audio files of earlier renders in another format, kept until `--prune`.
    public var previousFiles: [String]?
    /// The item's place in the feed at the last run (from 1), by which `vorleser publish` orders shards.
    public var position: Int?
    /// The day an undated item was first rendered (ISO 8601): the episode's date where the item has none.
    public var firstRendered: String?
    public var status: Status
    /// Why the last attempt failed.
    public var error: String?
  }

  /// Which program wrote it.
  public var generator: String
  public var feed: FeedInfo?
  /// The podcast settings of the last run (title, image, owner, …), over what the feed says.
  public var podcast: PodcastChannel?
  /// Items in the order of the feed at the last run, then older items no longer in the feed.
  public var items: [Entry]

  /// An empty manifest.
  public init() {
    generator = ArticleRenderer.software
    feed = nil
    items = []
  }

  /// The manifest in `folder`; empty when there is none yet.
  public static func load(from folder: URL) throws(BatchError) -> Manifest {
    let file = folder.appendingPathComponent(fileName)
    guard FileManager.default.fileExists(atPath: file.path) else { return Manifest() }
    do {
      var manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: file))
      // A manifest edited by hand must not point outside the folder either.
      for index in manifest.items.indices {
        if let name = manifest.items[index].file, !BatchFileNames.isOwnName(name) {
          manifest.items[index].file = nil
          manifest.items[index].status = .failed
        }
        if let name = manifest.items[index].chaptersFile, !BatchFileNames.isOwnName(name) {
          manifest.items[index].chaptersFile = nil
        }
        manifest.items[index].previousFiles?.removeAll { !BatchFileNames.isOwnName($0) }
        manifest.items[index].readAlongFiles?.removeAll { !BatchFileNames.isOwnName($0) }
      }
      return manifest
    } catch {
      throw .badManifest(path: file.path, reason: error.oneLine)
    }
  }

  /// Writes the manifest to `folder` atomically (`AtomicFile`).
  public func save(to folder: URL) throws {
    try AtomicFile.write(JSONEncoder.stable.encode(self), to: folder.appendingPathComponent(Self.fileName))
  }

  /// The entry for `guid`.
  public func entry(_ guid: String) -> Entry? {
    items.first { $0.guid == guid }
  }
}
