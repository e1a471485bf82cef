import Articles
import AudioFile
import Foundation
import GermanNormalizer
import Speech
import Testing

@testable import Vorleser

/// The parts of a feed batch on their own: file names, manifest, plan, podcast feed, worker pool.
@Suite("Feed batch parts")
struct BatchPartsTests {
  static let voice = VoicePauses.profile

  @Test("file names: date and slug, collisions numbered in feed order, nothing but [a-z0-9-]")
  func fileNames() {
    var names = BatchFileNames(taken: ["2026-11-24-haushalt.wav"], format: .wav)
    let dated = Article(headline: "Haushalt", dateline: Dateline(original: "", year: 2026, month: 11, day: 24))
    #expect(names.allocate(for: dated) == "2026-11-24-haushalt-2.wav")
    #expect(names.allocate(for: dated) == "2026-11-24-haushalt-3.wav")
    #expect(names.allocate(for: Article(headline: "../../etc/passwd")) == "etc-passwd.wav")
    #expect(names.allocate(for: Article(headline: "/")) == "artikel.wav")
    #expect(names.allocate(for: Article(headline: "\u{0}")) == "artikel-2.wav")
    let long = names.allocate(for: Article(headline: String(repeating: "Wort ", count: 1000)))
    #expect(long.count <= ArticleFileName.slugLimit + ".wav".count)
    #expect(BatchFileNames.chaptersFile(for: "a-b.wav") == "a-b.chapters.json")
    for bad in ["../x.wav", "/etc/x.wav", ".x.wav", "x", "a/b.wav", "x.wav/..", "-rf.wav", "Ä.wav", "manifest.json"] {
      #expect(!BatchFileNames.isOwnName(bad), "\(bad)")
    }
    #expect(BatchFileNames.isOwnName("2026-11-24-haushalt-2.wav"))
  }

  @Test("a manifest that names files outside the folder loses those names")
  func hostileManifest() throws {
    let folder = try ScratchFolder.make("manifest")
    var manifest = Manifest()
    manifest.items = [
      entry("a", file: "../../etc/passwd"), entry("b", file: "gut.wav"), entry("c", file: "/tmp/x.wav"),
    ]
    try manifest.save(to: folder)
    let loaded = try Manifest.load(from: folder)
    #expect(loaded.items.map(\.file) == [nil, "gut.wav", nil])
    #expect(loaded.items.map(\.status) == [.failed, .rendered, .failed])
    try Data("{kaputt".utf8).write(to: folder.appendingPathComponent(Manifest.fileName))
    #expect(throws: BatchError.self) { try Manifest.load(from: folder) }
  }

  @Test("the plan: duplicate guids are skipped, unchanged items left alone, changed ones keep their file")
  func plan() throws {
    let folder = try ScratchFolder.make("plan")
    var options = BatchOptions(
      output: folder, worker: .renderWorker(of: URL(fileURLWithPath: "/bin/false")), voice: Self.voice)
    options.format = .wav
    let feed = Feed(
      format: .rss, title: "Test",
      items: [
        FeedItem(guid: "1", title: "Eins", content: .text("Der erste Text.")),
        FeedItem(guid: "2", title: "Zwei", content: .text("Der zweite Text.")),
        FeedItem(guid: "1", title: "Eins noch einmal", content: .text("Doppelt.")),
        FeedItem(title: "Ohne guid", link: "https://x.example/3", content: .text("Der dritte Text.")),
        FeedItem(title: "Leer"),
      ])
    let first = Self.settled(
      BatchPlan(feed: feed, manifest: Manifest(), options: options, settings: options.planSettings))
    #expect(
      first.items.map(\.entry.guid) == ["1", "2", "1", "https://x.example/3", BatchPlan.identity(of: feed.items[4])])
    #expect(BatchPlan.identity(of: feed.items[4]).hasPrefix("sha256:"))
    #expect(first.items.map { describe($0.action) } == ["render", "render", "skip", "render", "fail"])
    #expect(first.items.map(\.entry.file) == ["eins.wav", "zwei.wav", nil, "ohne-guid.wav", nil])

    // Pretend the first two were rendered, with their read-along files; change the text of the second.
    var manifest = Manifest()
    for item in first.items.prefix(2) {
      var entry = item.entry
      entry.status = .rendered
      entry.readAlongFiles = ReadAlongFiles.Names(audio: entry.file!).all(player: false)
      manifest.items.append(entry)
      for name in [entry.file!] + entry.readAlongFiles! {
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data())
      }
    }
    var changed = feed
    changed.items[1].content = .text("Der zweite Text, neu.")
    changed.items[1].title = "Zwei, neuer Titel"
    let second = Self.settled(
      BatchPlan(feed: changed, manifest: manifest, options: options, settings: options.planSettings))
    #expect(second.items.map { describe($0.action) } == ["unchanged", "render", "skip", "render", "fail"])
    #expect(second.items[1].entry.file == "zwei.wav")
    #expect(second.items[3].entry.file == "ohne-guid.wav")
    // A read-along file gone, or the player asked for now: the item is rendered again.
    try FileManager.default.removeItem(at: folder.appendingPathComponent("eins.vtt"))
    let missing = Self.settled(
      BatchPlan(feed: feed, manifest: manifest, options: options, settings: options.planSettings))
    #expect(describe(missing.items[0].action) == "render")
    _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("eins.vtt").path, contents: Data())
    var withPlayer = options
    withPlayer.readAlong = ReadAlongOptions(player: true)
    let page = Self.settled(
      BatchPlan(feed: feed, manifest: manifest, options: withPlayer, settings: withPlayer.planSettings))
    #expect(describe(page.items[0].action) == "render")

    var otherVoice = options
    otherVoice.voice.rate += 10
    let third = Self.settled(
      BatchPlan(feed: feed, manifest: manifest, options: otherVoice, settings: otherVoice.planSettings))
    #expect(third.items.prefix(2).map { describe($0.action) } == ["render", "render"])
  }

  @Test("the podcast feed escapes text, drops characters XML cannot carry and lists newest first")
  func podcastFeedText() throws {
    var manifest = Manifest()
    manifest.feed = Manifest.FeedInfo(source: "x", title: "A & B <Nachrichten> \u{0}", link: nil)
    var old = entry("alt", file: "alt.wav")
    old.date = "2026-11-20T08:00+01:00"
    var new = entry("neu & \"frisch\"", file: "neu.wav")
    new.date = "2026-11-24T08:00+01:00"
    new.title = "Titel mit <b>Markup</b> & \u{1}Steuerzeichen"
    var failed = entry("kaputt", file: nil)
    failed.status = .failed
    manifest.items = [old, failed, new]
    let feed = PodcastFeed(manifest: manifest, baseURL: URL(string: "https://audio.example/podcast")!)
    let parsed = try ParsedPodcastFeed(feed.xmlData())
    #expect(parsed.channelTitle == "A & B <Nachrichten> ")
    #expect(parsed.items.map { $0.fields["guid"] } == ["neu & \"frisch\"", "alt"])
    #expect(parsed.items[0].fields["title"] == "Titel mit <b>Markup</b> & Steuerzeichen")
    #expect(parsed.items[0].enclosure["url"] == "https://audio.example/podcast/neu.wav?v=h")
    #expect(parsed.items[0].enclosure["type"] == "audio/wav")
    #expect(parsed.items[0].fields["pubDate"] == "Tue, 24 Nov 2026 08:00:00 +0100")
    #expect(PodcastFeed.clock(3725.4) == "01:02:05")
  }

  @Test("worker pool: a worker that fails or cannot render reports a one-line error; the others render")
  func workerFailures() throws {
    let scratch = try ScratchFolder.make("pool")
    let script = SpokenArticle(
      article: Article(headline: "Test", sections: [Section(paragraphs: ["Ein Satz."])]),
      mode: .sections, pauses: Self.voice.pauses)
    var badVoice = Self.voice
    badVoice.espeakVoice = "xx-gibt-es-nicht"
    let jobs = [
      RenderJob(
        source: "item 1", destination: scratch.appendingPathComponent("eins.wav").path, format: .wav, voice: Self.voice,
        script: script, tags: AudioTags(title: "Eins")),
      RenderJob(
        source: "item 2", destination: scratch.appendingPathComponent("zwei.wav").path, format: .wav, voice: badVoice,
        script: script, tags: AudioTags(title: "Zwei")),
    ]
    var endings: [Int: RenderWorkerPool.Ending] = [:]
    try RenderWorkerPool(
      command: .renderWorker(of: Executable.vorleser), workers: 2, scratch: scratch.appendingPathComponent("jobs")
    )
    .run(jobs.map(WorkerJob.render), shouldStop: { false }, finished: { endings[$0] = $1 })
    guard case .reported(.rendered(let good))? = endings[0], case .reported(.failed(let bad))? = endings[1] else {
      Issue.record("one job should render, one fail: \(endings)")
      return
    }
    #expect(good.samples > 0)
    #expect(FileManager.default.fileExists(atPath: jobs[0].destination))
    #expect(bad.hasPrefix("item 2: "))
    #expect(bad.contains("xx-gibt-es-nicht"))
    #expect(!FileManager.default.fileExists(atPath: jobs[1].destination))

    var crashed: [Int: RenderWorkerPool.Ending] = [:]
    try RenderWorkerPool(
      command: .renderWorker(of: URL(fileURLWithPath: "/bin/false")), workers: 1,
      scratch: scratch.appendingPathComponent("jobs")
    )
    .run([.render(jobs[0])], shouldStop: { false }, finished: { crashed[$0] = $1 })
    #expect(crashed[0] == .reported(.failed("item 1: the worker exited with 1")))
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == ["eins.wav", "jobs"])
    let left = try FileManager.default.contentsOfDirectory(atPath: scratch.appendingPathComponent("jobs").path)
    #expect(left.allSatisfy { $0.hasPrefix("worker-") }, "job files left: \(left)")
  }

  private func entry(_ guid: String, file: String?) -> Manifest.Entry {
    Manifest.Entry(
      guid: guid, title: guid, link: nil, date: nil, author: nil, categories: [], summary: nil, hash: "h", file: file,
      chaptersFile: nil, duration: 1, bytes: 1, chapters: [], status: .rendered, error: nil)
  }

  /// `plan` with its items read here, as the workers would read them.
  private static func settled(_ plan: BatchPlan) -> BatchPlan {
    var plan = plan
    var outcomes: [Int: Result<PlannedItem, ReadingFailure>] = [:]
    let reading = try! ReadingConfiguration(ReadingSettings(), voiceFolders: [])
    for (index, item) in plan.items.enumerated() {
      guard let job = item.planJob else { continue }
      outcomes[index] = Result {
        try ItemPlanning.plan(job, reading: reading, engine: EspeakSynthesizer.engineVersion)
      }.mapError { ReadingFailure(message: "\($0)") }
    }
    plan.settle(outcomes, stopped: false)
    return plan
  }

  private func describe(_ action: BatchPlan.Action) -> String {
    switch action {
    case .plan: "plan"
    case .render: "render"
    case .unchanged: "unchanged"
    case .fail: "fail"
    case .skip: "skip"
    }
  }
}

/// A voice profile for tests that do not read voices/.
enum VoicePauses {
  static let profile = VoiceProfile(
    name: "test", espeakVoice: "de", rate: 170, pitch: 50, pitchRange: 50, volume: 100,
    pauses: .init(afterHeadline: 500, betweenParagraphs: 300, betweenSections: 600))
}
