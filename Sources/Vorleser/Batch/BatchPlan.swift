import Articles
import AudioFile
import Foundation
import GermanNormalizer
import Speech

/// What a batch run does with each selected feed item, decided before any audio is made: render it,
/// leave it (unchanged), or report it (broken, duplicate).
struct BatchPlan {
  /// The decision for one item.
  enum Action {
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

    /// Whether the item is to be rendered.
    var isRender: Bool { job != nil }

    /// How much a render job has to say, in bytes of text (0 for other actions).
    var spokenLength: Int { job?.spokenLength ?? 0 }
  }

  /// The selected items in feed order.
  private(set) var items: [Item] = []
  /// The identity of every item in the feed, selected or not (what `--prune` keeps).
  private(set) var feedGUIDs: Set<String> = []

  /// Plans `feed` against `manifest` for a run with `options` writing into `folder`.
  init(feed: Feed, manifest: Manifest, options: BatchOptions, normalizer: GermanNormalizer) {
    let folder = options.output
    var firstPosition: [String: Int] = [:]
    let guids = feed.items.map(Self.identity)
    feedGUIDs = Set(guids)
    var selected = feed.items.indices.filter { index in
      guard let since = options.since, let date = feed.items[index].published else { return true }
      return (date.year, date.month, date.day) >= (since.year, since.month, since.day)
    }
    if let limit = options.limit { selected = Array(selected.prefix(limit)) }

    // Names owned by the manifest or lying in the folder are taken; an item keeps the name it had.
    let present = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    var names = BatchFileNames(taken: present.union(manifest.items.compactMap(\.file)), format: options.format)
    let previousEntries = Dictionary(manifest.items.map { ($0.guid, $0) }, uniquingKeysWith: { first, _ in first })
    let fingerprint = RenderFingerprint(
      format: options.format, encoding: options.encoding, voice: options.voice, mode: options.chapters,
      reading: options.reading, engine: EspeakSynthesizer.engineVersion)
    for index in selected {
      let item = feed.items[index]
      let position = index + 1
      let guid = guids[index]
      let label = item.label(position: position)
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
      let previousFileExists =
        previous?.file.map {
          FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
        } == true
      // The item reads exactly as last time: nothing to parse, normalize or render.
      if let previous, previous.status == .rendered, previous.source == entry.source, previousFileExists {
        items.append(Item(position: position, entry: previous.withoutError, action: .unchanged))
        continue
      }
      let article: Article
      do {
        article = try item.article(publisher: feed.title, source: label)
      } catch {
        items.append(Item(position: position, entry: entry, action: .fail(error.description)))
        continue
      }
      let script = SpokenArticle(
        article: article, mode: options.chapters, pauses: options.voice.pauses, normalizer: normalizer)
      guard !script.chapters.isEmpty else {
        let reason = RenderError.noSpeech(source: label).description
        items.append(Item(position: position, entry: entry, action: .fail(reason)))
        continue
      }
      let tags = ArticleRenderer.tags(for: article)
      entry.title = entry.title ?? tags.title
      entry.summary = Self.summary(of: article)
      entry.hash = fingerprint.audio(script: script, tags: tags)
      // The item changed, but not what is heard: keep the audio, take the new details.
      if let previous, previous.status == .rendered, previous.hash == entry.hash, previousFileExists {
        entry.file = previous.file
        entry.chaptersFile = previous.chaptersFile
        entry.duration = previous.duration
        entry.bytes = previous.bytes
        entry.chapters = previous.chapters
        entry.loudness = previous.loudness
        entry.status = .rendered
        items.append(Item(position: position, entry: entry, action: .unchanged))
        continue
      }
      // An item keeps its name; rendered in another format, it keeps its stem, and the earlier file stays
      // (listed in the manifest) until --prune.
      entry.previousFiles = previous?.previousFiles
      let file: String
      if let old = previous?.file, AudioFormat(fileName: old) != options.format {
        file = names.allocate(for: article, preferring: BatchFileNames.stem(of: old))
        if previous?.status == .rendered, entry.previousFiles?.contains(old) != true {
          entry.previousFiles = (entry.previousFiles ?? []) + [old]
        }
      } else {
        file = previous?.file ?? names.allocate(for: article)
      }
      entry.file = file
      entry.chaptersFile = BatchFileNames.chaptersFile(for: file)
      let job = RenderJob(
        source: label, destination: folder.appendingPathComponent(file).path, format: options.format,
        encoding: options.encoding, voice: options.voice, script: script, tags: tags)
      items.append(Item(position: position, entry: entry, action: .render(job)))
    }
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

  /// The podcast description: the lead, or the first paragraph, cut at about 300 characters.
  private static func summary(of article: Article) -> String? {
    guard let text = article.lead ?? article.paragraphs.first else { return nil }
    guard text.count > 300 else { return text }
    let cut = text.prefix(300)
    return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + " …"
  }
}
