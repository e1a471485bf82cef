import Articles
import Foundation
import Speech

/// One feed item handed to a worker process to be read: parsed, normalized and fingerprinted there, in
/// a child of its own, so that an item that crashes or hangs the parser fails alone.
public struct PlanJob: Codable, Sendable, Equatable {
  /// Names the item in messages (its position and title).
  public var source: String
  public var item: FeedItem
  /// The feed's title, the items' publisher.
  public var publisher: String?
  /// How every item of the batch is read and rendered.
  public var settings: PlanSettings

  /// A job from its parts.
  public init(source: String, item: FeedItem, publisher: String?, settings: PlanSettings) {
    self.source = source
    self.item = item
    self.publisher = publisher
    self.settings = settings
  }

  /// How much the item has to say, roughly: the bytes of its content.
  var contentLength: Int {
    [item.content, item.summary].reduce(0) { total, content in
      switch content {
      case .html(let text)?, .text(let text)?: total + text.utf8.count
      case nil: total
      }
    }
  }

  /// The time limit for reading the item: half a minute, plus a second for every 100 KB.
  var defaultTimeout: Double { 30 + Double(contentLength) / 100_000 }
}

/// The settings a batch reads all its items with.
public struct PlanSettings: Codable, Sendable, Equatable {
  public var format: AudioFormat
  public var encoding: AudioEncoding
  public var voice: VoiceProfile
  public var chapters: ChapterMode
  /// How the text is read, and the folders the shipped lexicon is looked up in.
  public var reading: ReadingSettings
  public var voiceFolders: [String]
  /// The fingerprint of that reading (`ReadingConfiguration.identity`).
  public var readingIdentity: String
  public var budget: AudioBudget
  /// Said before and after every item, as chapters of their own.
  public var intro: String? = nil
  public var outro: String? = nil
}

/// What an item became once read: what will be said, the tags, the fingerprint of the audio, and what
/// the podcast feed and the file name need.
public struct PlannedItem: Codable, Sendable, Equatable {
  public var script: SpokenArticle
  public var tags: AudioTags
  /// `RenderFingerprint.audio` of script and tags.
  public var hash: String
  /// The podcast description: the lead, or the start of the text.
  public var summary: String?
  /// The file name's stem, from the article's date and headline.
  public var stem: String
  /// The article's picture, for the player.
  public var image: String?
}
