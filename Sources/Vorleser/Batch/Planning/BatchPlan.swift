import Articles
import AudioFile
import Foundation
import Speech

/// What a batch run does with each selected feed item, decided before any audio is made: render it,
/// leave it (unchanged), or report it (broken, duplicate).
///
/// Planning has two steps. `init` selects the items and settles what needs no reading (duplicates, items
/// exactly as last time); the rest get a `PlanJob`, read in worker processes. `settle` then takes what
/// they became and decides: unchanged audio, or a render job with its file name.
struct BatchPlan {
  /// The decision for one item.
  enum Action {
    /// To be read by a worker first.
    case plan(PlanJob)
    case render(RenderJob)
    case unchanged
    case fail(String)
    case skip(String)
  }

  /// One selected item.
  struct Item {
    /// 1-based position in the feed.
    var position: Int
    /// The manifest entry as it will be once the action succeeds.
    var entry: Manifest.Entry
    var action: Action

    /// The render job, when the item is to be rendered.
    var job: RenderJob? {
      if case .render(let job) = action { job } else { nil }
    }

    /// The plan job, when the item is to be read.
    var planJob: PlanJob? {
      if case .plan(let job) = action { job } else { nil }
    }

    /// Whether the item is to be rendered.
    var isRender: Bool { job != nil }

    /// How much a render job has to say, in bytes of text (0 for other actions).
    var spokenLength: Int { job?.spokenLength ?? 0 }
  }

  /// The selected items in feed order.
  private(set) var items: [Item] = []
  /// The identity of every item in the feed, selected or not (what `--prune` keeps).
  private(set) var feedGUIDs: Set<String> = []
  private var names: BatchFileNames
  private let previousEntries: [String: Manifest.Entry]
  private let options: BatchOptions

  /// Selects the items of `feed` for a run with `options` against `manifest`, settling those that need no
  /// reading; `settings` go into the plan jobs of the others.
  init(feed: Feed, manifest: Manifest, options: BatchOptions, settings: PlanSettings) {
    self.options = options
    let folder = options.output
    var firstPosition: [String: Int] = [:]
    let guids = feed.items.map(Self.identity)
    feedGUIDs = Set(guids)
    let selected = Self.selection(of: feed, limit: options.limit, since: options.since).filter {
      options.shard?.contains(guids[$0]) ?? true
    }

    // Names owned by the manifest or lying in the folder are taken; an item keeps the name it had.
    let present = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    names = BatchFileNames(taken: present.union(manifest.items.compactMap(\.file)), format: options.format)
    previousEntries = Dictionary(manifest.items.map { ($0.guid, $0) }, uniquingKeysWith: { first, _ in first })
    let fingerprint = RenderFingerprint(
      format: options.format, encoding: options.encoding, voice: options.voice, mode: options.chapters,
      reading: settings.readingIdentity, engine: EspeakSynthesizer.engineVersion)
    for index in selected {
      let item = feed.items[index]
      let position = index + 1
      let guid = guids[index]
      var entry = Manifest.Entry(
        guid: guid, title: item.title.map(HTMLArticleParser.plainText), link: item.link,
        date: item.published?.iso8601, author: item.authors.isEmpty ? nil : item.authors.joined(separator: ", "),
        categories: item.categories, summary: nil, hash: nil,
        source: fingerprint.source(of: item, publisher: feed.title),
        file: nil, chaptersFile: nil, duration: nil, bytes: nil, chapters: [], status: .failed, error: nil)
      if let first = firstPosition[guid] {
        items.append(Item(position: position, entry: entry, action: .skip("the same guid as item \(first)")))
        continue
      }
      firstPosition[guid] = position
      let previous = previousEntries[guid]
      entry.firstRendered = previous?.firstRendered
      entry.position = position
      // The item reads exactly as last time: nothing to parse, normalize or render.
      if let previous, previous.status == .rendered, previous.source == entry.source, exists(previous.file),
        hasReadAlongFiles(previous)
      {
        var unchanged = previous.withoutError
        unchanged.position = position
        items.append(Item(position: position, entry: unchanged, action: .unchanged))
        continue
      }
      let job = PlanJob(
        source: item.label(position: position), item: item, publisher: feed.title, settings: settings)
      items.append(Item(position: position, entry: entry, action: .plan(job)))
    }
  }

  /// Decides the items that were read: `outcomes` by item index, what each became or why it failed.
  /// After an interruption (`stopped`) nothing is rendered; items not read are skipped, not failed.
  mutating func settle(_ outcomes: [Int: Result<PlannedItem, ReadingFailure>], stopped: Bool) {
    for index in items.indices {
      guard let job = items[index].planJob else { continue }
      switch outcomes[index] {
      case .failure(let failure)?: items[index].action = .fail(failure.message)
      case .success(let planned)?: decide(index, planned, job: job)
      case nil: items[index].action = .skip("\(job.source): not read, the batch was stopped")
      }
      if stopped, items[index].isRender {
        items[index].action = .skip("\(job.source): not rendered, the batch was stopped")
      }
    }
  }

  private mutating func decide(_ index: Int, _ planned: PlannedItem, job: PlanJob) {
    var entry = items[index].entry
    let previous = previousEntries[entry.guid]
    entry.title = entry.title ?? planned.tags.title
    entry.summary = planned.summary
    entry.hash = planned.hash
    // The item changed, but not what is heard: keep the audio, take the new details.
    if let previous, previous.status == .rendered, previous.hash == entry.hash, exists(previous.file),
      hasReadAlongFiles(previous)
    {
      entry.file = previous.file
      entry.chaptersFile = previous.chaptersFile
      entry.readAlongFiles = previous.readAlongFiles
      entry.duration = previous.duration
      entry.bytes = previous.bytes
      entry.chapters = previous.chapters
      entry.loudness = previous.loudness
      entry.status = .rendered
      items[index].entry = entry
      items[index].action = .unchanged
      return
    }
    // An item keeps its name; rendered in another format, it keeps its stem, and the earlier file stays
    // (listed in the manifest) until --prune.
    entry.previousFiles = previous?.previousFiles
    let file: String
    if let old = previous?.file, AudioFormat(fileName: old) != options.format {
      file = names.allocate(stem: planned.stem, preferring: BatchFileNames.stem(of: old))
      if previous?.status == .rendered, entry.previousFiles?.contains(old) != true {
        entry.previousFiles = (entry.previousFiles ?? []) + [old]
      }
    } else {
      file = previous?.file ?? names.allocate(stem: planned.stem)
    }
    entry.file = file
    entry.chaptersFile = BatchFileNames.chaptersFile(for: file)
    var render = RenderJob(
      source: job.source, destination: options.output.appendingPathComponent(file).path, format: options.format,
      encoding: options.encoding, voice: options.voice, script: planned.script, tags: planned.tags)
    render.budget = options.budget
    render.readAlong = options.readAlong
    render.readAlong.image = options.readAlong.image ?? planned.image ?? options.podcast.image
    items[index].entry = entry
    items[index].action = .render(render)
  }

  /// Whether a rendered item has the read-along files this run asks for, and only those.
  private func hasReadAlongFiles(_ entry: Manifest.Entry) -> Bool {
    guard let file = entry.file else { return false }
    let wanted =
      options.readAlong.timings ? ReadAlongFiles.Names(audio: file).all(player: options.readAlong.player) : []
    return (entry.readAlongFiles ?? []) == wanted && wanted.allSatisfy(exists)
  }

  /// Whether `name` stands in the output folder.
  private func exists(_ name: String?) -> Bool {
    name.map { FileManager.default.fileExists(atPath: options.output.appendingPathComponent($0).path) } == true
  }

  /// The indices of the items of `feed` a run takes: those published on or after `since` (undated ones
  /// too), the first `limit` of them.
  static func selection(of feed: Feed, limit: Int?, since: Dateline?) -> [Int] {
    let selected = feed.items.indices.filter { index in
      guard let since, let date = feed.items[index].published else { return true }
      return (date.year, date.month, date.day) >= (since.year, since.month, since.day)
    }
    return limit.map { Array(selected.prefix($0)) } ?? selected
  }

  /// An item's identity across runs: its guid, else its link, else a hash of its title and content.
  static func identity(of item: FeedItem) -> String {
    if let guid = item.guid { return guid }
    if let link = item.link { return link }
    let content: String =
      switch item.content {
      case .html(let text)?, .text(let text)?: text
      case nil: ""
      }
    var digest = SHA256Digest()
    digest.add(item.title)
    digest.add(content)
    return "sha256:" + digest.finish()
  }
}

/// Why an item could not be read, as its one-line message.
struct ReadingFailure: Error, Equatable {
  var message: String
}
