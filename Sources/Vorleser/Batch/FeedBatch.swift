import Articles
import AudioFile
import Failures
import Foundation
import GermanNormalizer

/// Renders a feed into a folder: one chaptered audio file and chapters sidecar per item, `manifest.json`
/// to render only new or changed items next time, and a podcast `feed.xml`.
///
/// Nothing a feed item contains can stop the batch: each item is read (parsed, normalized, fingerprinted)
/// and rendered in a worker's child of its own. Every finished item is in the journal before it is
/// reported, so a batch killed at any moment loses nothing finished; the next run recovers first.
public final class FeedBatch {
  private let source: FeedSource
  private let options: BatchOptions
  private var folder: URL { options.output }

  /// A batch reading `source`, run with `options`.
  public init(source: FeedSource, options: BatchOptions) {
    self.source = source
    self.options = options
  }

  /// Runs the batch. Broken items are reported and skipped; the error thrown is for a feed or folder
  /// that cannot be used at all. `shouldStop` is polled (Ctrl-C): finished items are kept and recorded.
  public func run(
    shouldStop: @escaping () -> Bool, progress: @escaping (BatchProgress) -> Void
  ) throws(BatchError) -> BatchSummary {
    let start = Date()
    let feed = try readFeed(shouldStop: shouldStop)
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .badOutput(path: folder.path, reason: "cannot create the folder")
    }
    let lock = try OutputFolderLock(folder)
    defer { withExtendedLifetime(lock) {} }
    let (state, loaded, journal) = try recoveredState()
    var manifest = loaded
    manifest.generator = ArticleRenderer.software
    manifest.feed = Manifest.FeedInfo(
      source: source.label, title: feed.title, link: feed.link, description: feed.description,
      language: feed.language, imageURL: feed.imageURL)
    manifest.podcast = options.podcast == PodcastChannel() ? nil : options.podcast
    var plan = BatchPlan(feed: feed, manifest: manifest, options: options, settings: options.planSettings)
    let log = BatchLog(
      manifest: manifest, journal: journal, start: start, totalItems: plan.items.count, progress: progress)
    report(plan.items, to: log)

    let pool = RenderWorkerPool(
      command: options.worker, workers: options.workers, scratch: state.scratch, timeout: options.itemTimeout)
    defer { pool.close() }
    var interrupted = false
    // Reading: what each item says, in a child of its own.
    let reads = plan.items.indices.filter { plan.items[$0].planJob != nil }
    var outcomes: [Int: Result<PlannedItem, ReadingFailure>] = [:]
    try run(pool, reads.map { .plan(plan.items[$0].planJob!) }, shouldStop: shouldStop) { index, ending in
      switch ending {
      case .stopped: interrupted = true
      case .reported(.planned(let planned)): outcomes[reads[index]] = .success(planned)
      case .reported(.failed(let reason)): outcomes[reads[index]] = .failure(ReadingFailure(message: reason))
      case .reported(.rendered): outcomes[reads[index]] = .failure(ReadingFailure(message: "unexpected outcome"))
      }
    }
    interrupted = interrupted || shouldStop()
    plan.settle(outcomes, stopped: interrupted)
    report(reads.map { plan.items[$0] }, to: log)

    // Rendering, longest first: the workers then run out of work at about the same time.
    let renders = interrupted ? [] : plan.items.filter(\.isRender).sorted { $0.spokenLength > $1.spokenLength }
    log.expect(renders: renders.count)
    let jobs = renders.compactMap { $0.job.map(WorkerJob.render) }
    try run(
      pool, jobs, shouldStop: shouldStop, starting: { index in try log.starting(renders[index]) },
      finished: { index, ending in
        if !record(ending, of: renders[index], in: log) { interrupted = true }
      })
    interrupted = interrupted || shouldStop()

    manifest = log.book.manifest
    // A feed that lists nothing (broken upstream, emptied by mistake) never prunes every episode away.
    let pruned = options.prune && !interrupted && !feed.items.isEmpty ? prune(&manifest, keeping: plan.feedGUIDs) : 0
    manifest.order(by: feed.items.map(BatchPlan.identity))
    // An unchanged run changes no file.
    let feedFile = folder.appendingPathComponent(PodcastFeed.fileName)
    do {
      if manifest != loaded || !FileManager.default.fileExists(atPath: feedFile.path) {
        try manifest.save(to: folder)
        try writePodcastFeed(manifest)
      }
    } catch {
      throw .badOutput(path: folder.path, reason: "cannot write the manifest or feed: \(error.oneLine)")
    }
    if let journalError = log.journalError {
      throw .badOutput(path: state.journal.path, reason: "cannot write the journal: \(journalError)")
    }
    state.clear()
    let reports = log.reports.sorted { $0.position < $1.position }
    return BatchSummary(
      feed: source.label, format: feed.format.rawValue, feedItems: feed.items.count, selectedItems: plan.items.count,
      rendered: reports.count { $0.status == .rendered }, unchanged: reports.count { $0.status == .unchanged },
      failed: reports.count { $0.status == .failed }, skipped: reports.count { $0.status == .skipped },
      pruned: pruned, renderedAudio: log.renderedAudio, elapsed: Date().timeIntervalSince(start),
      interrupted: interrupted, manifest: folder.appendingPathComponent(Manifest.fileName).path,
      podcastFeed: feedFile.path, items: reports, warnings: warnings(manifest))
  }

  /// The batch state of the folder, the manifest with whatever a killed run finished, and a fresh journal.
  private func recoveredState() throws(BatchError) -> (BatchState, Manifest, BatchJournal) {
    let state: BatchState
    do {
      state = try BatchState(output: folder)
    } catch {
      throw .badOutput(path: folder.appendingPathComponent(BatchState.name).path, reason: "not a folder of ours")
    }
    var manifest = try Manifest.load(from: folder)
    do {
      if state.recover(&manifest, output: folder) { try manifest.save(to: folder) }
      state.clear()
      return (state, manifest, try BatchJournal(try state.create().journal))
    } catch {
      throw .badOutput(path: state.folder.path, reason: "cannot recover the last run: \(error.oneLine)")
    }
  }

  /// Records how the render of `item` ended; false when it was stopped.
  private func record(_ ending: RenderWorkerPool.Ending, of item: BatchPlan.Item, in log: BatchLog) -> Bool {
    switch ending {
    case .stopped: return false
    case .reported(.rendered(let outcome)): log.rendered(item, as: rendered(item.entry, outcome))
    case .reported(.failed(let reason)):
      let file = item.entry.file.map { folder.appendingPathComponent($0).path }
      log.failed(
        item, reason: reason, rendering: true, earlierFileKept: file.map(FileManager.default.fileExists) ?? false)
    case .reported(.planned): log.failed(item, reason: "\(item.entry.guid): unexpected outcome", rendering: true)
    }
    return true
  }

  /// Reports the items whose action is settled without a worker.
  private func report(_ items: [BatchPlan.Item], to log: BatchLog) {
    for item in items {
      switch item.action {
      case .render, .plan: continue
      case .unchanged: log.unchanged(item)
      case .fail(let reason): log.failed(item, reason: reason)
      case .skip(let reason): log.skipped(item, reason: reason)
      }
    }
  }

  private func run(
    _ pool: RenderWorkerPool, _ jobs: [WorkerJob], shouldStop: () -> Bool,
    starting: (Int) throws -> Void = { _ in }, finished: (Int, RenderWorkerPool.Ending) -> Void
  ) throws(BatchError) {
    do {
      try pool.run(jobs, shouldStop: shouldStop, starting: starting, finished: finished)
    } catch {
      throw .badOutput(path: folder.path, reason: "cannot prepare the worker files: \(error.oneLine)")
    }
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

  private func readFeed(shouldStop: @escaping () -> Bool) throws(BatchError) -> Feed {
    do {
      let data = try source.load(
        timeout: options.timeout, sizeLimit: options.sizeLimit, fetcher: options.fetcher, shouldStop: shouldStop)
      return try FeedParser().parse(data, source: source.label, base: source.baseURL)
    } catch {
      throw .feed(error)
    }
  }

  /// The entry of a finished render, with its chapters sidecar written next to the audio.
  private func rendered(_ planned: Manifest.Entry, _ outcome: RenderJobOutcome) -> Manifest.Entry {
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
    // What an earlier render with other read-along options left goes; what this one wrote is listed.
    if let file = entry.file {
      remove(ReadAlongFiles.Names(audio: file).all().filter { !outcome.readAlongFiles.contains($0) })
    }
    entry.readAlongFiles = outcome.readAlongFiles.isEmpty ? nil : outcome.readAlongFiles
    if let sidecar = entry.chaptersFile {
      let data = try? PodcastChapters(entry: entry).encoded()
      if (try? data.map { try AtomicFile.write($0, to: folder.appendingPathComponent(sidecar)) }) == nil {
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
      remove(
        [entry.file, entry.chaptersFile].compactMap { $0 } + (entry.previousFiles ?? []) + (entry.readAlongFiles ?? []))
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
    try AtomicFile.write(
      PodcastFeed(manifest: manifest, baseURL: base).xmlData(), to: folder.appendingPathComponent(PodcastFeed.fileName))
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
  /// Orders the entries as `guids` (the feed) lists them; entries no longer in the feed go last.
  mutating func order(by guids: [String]) {
    var rank: [String: Int] = [:]
    for (index, guid) in guids.enumerated() where rank[guid] == nil { rank[guid] = index }
    items = items.enumerated().sorted { left, right in
      (rank[left.element.guid] ?? Int.max, left.offset) < (rank[right.element.guid] ?? Int.max, right.offset)
    }.map(\.element)
  }
}
