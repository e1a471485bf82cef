import Articles
import Foundation

/// What `vorleser feed` asks for: which feed, where its audio goes, and how every item is rendered.
public struct FeedRequest: Sendable {
  /// The feed: a file, `-` for standard input, or an `http(s)://` address.
  public var feed: String
  /// The output folder.
  public var output: String
  /// The `vorleser` program that worker processes run (`vorleser-fetch` lies beside it).
  public var program: URL
  /// The audio format.
  public var format: AudioFormat = .standard
  /// Speech marks, captions and transcript beside each file, and the player page.
  public var readAlong = ReadAlongOptions()
  /// Its bit rate and loudness.
  public var encoding = AudioEncoding()
  /// The voice profile's name or file.
  public var voice = "de"
  /// Rate and pitch over the profile's.
  public var adjustment = VoiceAdjustment()
  /// Said before and after every item, each as a chapter of its own ("{publisher}" and "{title}" filled in).
  public var intro: String?
  public var outro: String?
  /// How the body is cut into chapters.
  public var chapters: ChapterMode = .sections
  /// How the text is read.
  public var reading = ReadingSettings()
  /// The most audio one item may become.
  public var budget = AudioBudget.standard
  /// How many worker processes render at once.
  public var jobs = ProcessInfo.processInfo.activeProcessorCount
  /// Only the first this many items.
  public var limit: Int?
  /// The share of the items this run takes.
  public var shard: Shard?
  /// Only items published on or after this day, `YYYY-MM-DD`.
  public var since: String?
  /// Remove items no longer in the feed, with their files.
  public var prune = false
  /// The folder's public address, for the podcast feed.
  public var baseURL: URL?
  /// Seconds a download may wait for data.
  public var timeout: Double = 30
  /// Seconds one item may take to render; nil: a limit that grows with its text.
  public var itemTimeout: Double?
  /// The podcast settings (title, image, owner, …).
  public var podcast = PodcastChannel()

  /// A request for `feed` into `output`, run by `program`, with the defaults for everything else.
  public init(feed: String, output: String, program: URL) {
    self.feed = feed
    self.output = output
    self.program = program
  }

  /// The day `text` names as `YYYY-MM-DD`, or nil.
  public static func day(_ text: String) -> Dateline? {
    guard text.count == 10 else { return nil }
    return PublicationDate.parse(text)
  }
}
