import Articles
import AudioFile
import Foundation
import GermanNormalizer

/// Renders a feed into a folder: one chaptered audio file and chapters sidecar per item, `manifest.json`
/// to render only new or changed items next time, and a podcast `feed.xml`.
public final class FeedBatch {
  private let source: FeedSource
  private let options: BatchOptions
  private let normalizer: GermanNormalizer
  private var folder: URL { options.output }

  /// A batch reading `source`, run with `options`, normalizing with `normalizer`.
  public init(source: FeedSource, options: BatchOptions, normalizer: GermanNormalizer) {
    self.source = source
    self.options = options
    self.normalizer = normalizer
  }

  /// Runs the batch. Broken items are reported and skipped; the error thrown is for a feed or folder
  /// that cannot be used at all. `shouldStop` is polled (Ctrl-C): finished items are kept and recorded.
  public func run(
    shouldStop: @escaping () -> Bool, progress: @escaping (BatchProgress) -> Void
  ) throws(BatchError) -> BatchSummary {
    let start = Date()
    let feed = try readFeed()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .badOutput(path: folder.path, reason: "cannot create the folder")
    }
    let lock = try OutputFolderLock(folder)
    defer { withExtendedLifetime(lock) {} }
    let loaded = try Manifest.load(from: folder)
    var manifest = loaded
    manifest.generator = ArticleRenderer.software
    manifest.feed = Manifest.FeedInfo(
      source: source.label, title: feed.title, link: feed.link, description: feed.description,
      language: feed.language, imageURL: feed.imageURL)
    manifest.podcast = options.podcast == PodcastChannel() ? nil : options.podcast
    let plan = BatchPlan(feed: feed, manifest: manifest, options: options, normalizer: normalizer)

    // Longest first: the workers then run out of work at about the same time.
    let renders = plan.items.filter(\.isRender).sorted { $0.spokenLength > $1.spokenLength }
    let log = BatchLog(
      manifest: manifest, folder: folder, start: start, totalItems: plan.items.count, totalRenders: renders.count,
      progress: progress)
    for item in plan.items {
      switch item.action {
      case .render: continue
      case .unchanged: log.unchanged(item)
      case .fail(let reason): log.failed(item, reason: reason)
      case .skip(let reason): log.skipped(item, reason: reason)
      }
    }

    var interrupted = false
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("vorleser-batch-\(getpid())-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let pool = RenderWorkerPool(
      command: options.worker, workers: options.workers, scratch: scratch, timeout: options.itemTimeout)
    do {
      try pool.run(renders.compactMap(\.job), shouldStop: shouldStop) { index, ending in
        switch ending {
        case .stopped: interrupted = true
        case .reported(let outcome):
          if let error = outcome.error {
            log.failed(renders[index], reason: error, rendering: true)
          } else {
            log.rendered(renders[index], as: rendered(renders[index].entry, outcome: outcome))
          }
        }
      }
    } catch {
      throw .badOutput(path: scratch.path, reason: "cannot prepare the worker files: \(error)")
    }
    interrupted = interrupted || shouldStop()

    manifest = log.manifest
    let pruned = options.prune && !interrupted ? prune(&manifest, keeping: plan.feedGUIDs) : 0
    manifest.order(by: feed.items.map(BatchPlan.identity))
    // An unchanged run changes no file.
    let feedFile = folder.appendingPathComponent(PodcastFeed.fileName)
    do {
      if manifest != loaded || !FileManager.default.fileExists(atPath: feedFile.path) {
        try manifest.save(to: folder)
        try writePodcastFeed(manifest)
      }
    } catch {
      throw .badOutput(path: folder.path, reason: "cannot write the manifest or feed: \(error)")
    }
    if let saveError = log.saveError {
      throw .badOutput(path: folder.path, reason: "cannot write the manifest: \(saveError)")
    }
    let reports = log.reports.sorted { $0.position < $1.position }
    return BatchSummary(
      feed: source.label, format: feed.format.rawValue, feedItems: feed.items.count, selectedItems: plan.items.count,
      rendered: reports.count { $0.status == .rendered }, unchanged: reports.count { $0.status == .unchanged },
      failed: reports.count { $0.status == .failed }, skipped: reports.count { $0.status == .skipped },
      pruned: pruned, renderedAudio: log.renderedAudio, elapsed: Date().timeIntervalSince(start),
      interrupted: interrupted, manifest: folder.appendingPathComponent(Manifest.fileName).path,
      podcastFeed: feedFile.path, items: reports, warnings: warnings(manifest))
  }

  /// What the podcast feed lacks for Apple's directory, as one warning (none when nothing is missing).
  private func warnings(_ manifest: Manifest) -> [String] {
    let missing = (manifest.podcast ?? PodcastChannel()).missing(feed: manifest.feed)
    guard !missing.isEmpty else { return [] }
    return [
      "\(PodcastFeed.fileName) lacks what Apple Podcasts requires: \(missing.joined(separator: ", ")) "
        + "(set them with the podcast options or in the config file)"
    ]
  }

  /// Today's date, UTC, ISO 8601: a day, so that runs of the same day write the same manifest.
  private static func today() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    return formatter.string(from: Date())
  }

  private func readFeed() throws(BatchError) -> Feed {
    do {
      let data = try source.load(timeout: options.timeout, sizeLimit: options.sizeLimit, fetcher: options.fetcher)
      return try FeedParser().parse(data, source: source.label, base: source.baseURL)
    } catch {
      throw .feed(error)
    }
  }

  /// The entry of a finished render, with its chapters sidecar written next to the audio.
  private func rendered(_ planned: Manifest.Entry, outcome: RenderJobOutcome) -> Manifest.Entry {
    var entry = planned
    entry.status = .rendered
    entry.error = nil
    entry.duration = (outcome.duration * 1000).rounded() / 1000
    entry.loudness = outcome.loudness
    if entry.date == nil { entry.firstRendered = entry.firstRendered ?? Self.today() }
    entry.chapters = outcome.chapters.map { PodcastChapters.Chapter($0, sampleRate: outcome.sampleRate) }
    if let file = entry.file {
      let attributes = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(file).path)
      entry.bytes = (attributes?[.size] as? NSNumber)?.int64Value
    }
    if let sidecar = entry.chaptersFile {
      let data = try? PodcastChapters(entry: entry).encoded()
      if (try? data?.write(to: folder.appendingPathComponent(sidecar), options: .atomic)) == nil {
        entry.chaptersFile = nil
      }
    }
    return entry
  }

  /// Removes entries for items no longer in the feed, with their files, and every item's earlier files in
  /// another format; returns how many items went.
  private func prune(_ manifest: inout Manifest, keeping guids: Set<String>) -> Int {
    let gone = manifest.items.filter { !guids.contains($0.guid) }
    for entry in gone {
      remove([entry.file, entry.chaptersFile].compactMap { $0 } + (entry.previousFiles ?? []))
    }
    manifest.items.removeAll { !guids.contains($0.guid) }
    for index in manifest.items.indices {
      guard let previous = manifest.items[index].previousFiles else { continue }
      remove(previous.filter { $0 != manifest.items[index].file })
      manifest.items[index].previousFiles = nil
    }
    return gone.count
  }

  private func remove(_ names: [String]) {
    for name in names where BatchFileNames.isOwnName(name) {
      try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
    }
  }

  private func writePodcastFeed(_ manifest: Manifest) throws {
    let base = options.baseURL ?? folder.standardizedFileURL
    try PodcastFeed(manifest: manifest, baseURL: base).xmlData()
      .write(to: folder.appendingPathComponent(PodcastFeed.fileName), options: .atomic)
  }
}

extension Manifest.Entry {
  /// The entry with its last error forgotten.
  var withoutError: Manifest.Entry {
    var entry = self
    entry.error = nil
    return entry
  }
}

extension Manifest {
  /// Puts `entry` in, replacing the entry with the same guid.
  mutating func record(_ entry: Entry) {
    if let index = items.firstIndex(where: { $0.guid == entry.guid }) {
      items[index] = entry
    } else {
      items.append(entry)
    }
  }

  /// Notes a failed attempt. A rendering from an earlier run stays in place (nothing is lost); its old
  /// fingerprint makes the next run try again.
  mutating func recordFailure(_ entry: Entry, reason: String) {
    if let index = items.firstIndex(where: { $0.guid == entry.guid }), items[index].status == .rendered {
      items[index].error = reason
      return
    }
    var failed = entry
    failed.status = .failed
    failed.error = reason
    failed.file = nil
    failed.chaptersFile = nil
    failed.hash = nil
    failed.source = nil
    record(failed)
  }

  /// Orders the entries as `guids` (the feed) lists them; entries no longer in the feed go last.
  mutating func order(by guids: [String]) {
    var rank: [String: Int] = [:]
    for (index, guid) in guids.enumerated() where rank[guid] == nil { rank[guid] = index }
    items = items.enumerated().sorted { left, right in
      (rank[left.element.guid] ?? Int.max, left.offset) < (rank[right.element.guid] ?? Int.max, right.offset)
    }.map(\.element)
  }
}
