import Articles
import Foundation
import Speech

/// How a feed batch runs: where to, in which format, with which voice, how many workers, which items.
public struct BatchOptions: Sendable {
  /// The output folder (created when missing).
  public var output: URL
  /// How worker processes are started.
  public var worker: WorkerCommand
  /// The `vorleser-fetch` executable that downloads feeds (beside the worker executable by default).
  public var fetcher: URL
  /// How many worker processes run at once.
  public var workers: Int = ProcessInfo.processInfo.activeProcessorCount
  /// Only the first this many selected items.
  public var limit: Int?
  /// Only items published on or after this day (undated items are kept).
  public var since: Dateline?
  /// The audio format of every item.
  public var format: AudioFormat = .standard
  /// Said before and after every item, as chapters of their own.
  public var intro: String?
  public var outro: String?
  /// The share of the items this run takes (`--shard I/N`); nil: all.
  public var shard: Shard?
  /// The read-along files beside each item's audio.
  public var readAlong = ReadAlongOptions()
  /// Its bit rate and loudness.
  public var encoding = AudioEncoding()
  public var voice: VoiceProfile
  public var chapters: ChapterMode = .sections
  /// How text is read, and the folders the shipped lexicon is looked up in.
  public var reading = ReadingSettings()
  public var voiceFolders: [URL] = []
  /// The fingerprint of that reading (`ReadingConfiguration.identity`): a change re-reads every item.
  public var readingIdentity = ""
  /// Remove items (and their files) that are no longer in the feed.
  public var prune = false
  /// The public address of the output folder, for the podcast feed's enclosures; nil: the folder's file URL.
  public var baseURL: URL?
  /// Seconds a download may go without data.
  public var timeout: TimeInterval = 30
  /// Seconds one item may take to render; nil: a limit that grows with the item's text.
  public var itemTimeout: TimeInterval?
  /// The podcast settings (title, image, owner, …); unset ones come from the feed.
  public var podcast = PodcastChannel()
  /// The most audio one item may become.
  public var budget = AudioBudget.standard
  /// The largest feed downloaded, in bytes.
  public var sizeLimit = 50 * 1024 * 1024

  /// Options with the required parts; the rest have defaults.
  public init(output: URL, worker: WorkerCommand, voice: VoiceProfile) {
    self.output = output
    self.worker = worker
    self.fetcher = worker.executable.deletingLastPathComponent().appendingPathComponent("vorleser-fetch")
    self.voice = voice
  }
}

extension BatchOptions {
  /// What the workers read every item with.
  var planSettings: PlanSettings {
    PlanSettings(
      format: format, encoding: encoding, voice: voice, chapters: chapters, reading: reading,
      voiceFolders: voiceFolders.map(\.path), readingIdentity: readingIdentity, budget: budget, intro: intro,
      outro: outro)
  }
}
