import Articles
import Foundation
import Testing

@testable import Vorleser

/// A real worker loop (`WorkerServer` in `vorleser-fake-worker`) with a fake engine: jobs that finish,
/// hang or crash, and what the pool and the batch make of them.
@Suite("Worker loop with a fake engine", .serialized)
struct FakeWorkerTests {
  let folder: URL

  init() throws {
    folder = try ScratchFolder.make("fake")
  }

  private func job(_ name: String, saying text: String) -> RenderJob {
    let script = SpokenArticle(
      article: Article(headline: name, sections: [Section(paragraphs: [text])]), mode: .sections,
      pauses: VoicePauses.profile.pauses)
    return RenderJob(
      source: "item \(name)", destination: folder.appendingPathComponent("\(name).wav").path, format: .wav,
      voice: VoicePauses.profile, script: script, tags: AudioTags(title: name))
  }

  /// A feed of three items whose second has the title and text given, and options for a batch of two fake
  /// workers into the folder `name`.
  private func batchParts(named name: String, middle title: String, _ text: String) throws -> (FeedSource, BatchOptions)
  {
    let feed = folder.appendingPathComponent("\(name).xml")
    try Data(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Test</title>
      <item><title>Erste Meldung</title><guid>a</guid><description>Die erste Meldung ist kurz.</description></item>
      <item>\(title)<guid>b</guid><description>\(text)</description></item>
      <item><title>Dritte Meldung</title><guid>c</guid><description>Die dritte Meldung ist auch kurz.</description></item>
      </channel></rss>
      """.utf8
    ).write(to: feed)
    var options = BatchOptions(
      output: folder.appendingPathComponent(name),
      worker: WorkerCommand(executable: Executable.fakeWorker, arguments: []),
      voice: VoicePauses.profile)
    options.workers = 2
    return (FeedSource(feed.path), options)
  }

  @Test("a hanging child is killed at its time limit, a crashing one is reported; the others render")
  func hangAndCrash() throws {
    let jobs = [
      job("eins", saying: "Ein ganz normaler Satz."), job("zwei", saying: "Hier kommt die Endlosschleife."),
      job("drei", saying: "Ein Absturz mitten im Satz."), job("vier", saying: "Noch ein normaler Satz."),
    ]
    let pool = RenderWorkerPool(
      command: WorkerCommand(executable: Executable.fakeWorker, arguments: []), workers: 2,
      scratch: folder.appendingPathComponent("scratch"), timeout: 1.5)
    var endings: [Int: RenderWorkerPool.Ending] = [:]
    let start = Date()
    try pool.run(jobs.map(WorkerJob.render), shouldStop: { false }, finished: { endings[$0] = $1 })
    #expect(Date().timeIntervalSince(start) < 10)
    #expect(endings[1] == .reported(.failed("item zwei: timed out after 1.5 s")))
    guard case .reported(.failed(let crash))? = endings[2] else {
      Issue.record("the crash should be reported: \(String(describing: endings[2]))")
      return
    }
    #expect(crash.hasPrefix("item drei: rendering crashed (Aborted"), "\(crash)")
    for index in [0, 3] {
      guard case .reported(.rendered(let outcome))? = endings[index] else {
        Issue.record("job \(index) should render: \(String(describing: endings[index]))")
        continue
      }
      #expect(outcome.samples > 0)
    }
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(left == ["eins.wav", "scratch", "vier.wav"], "no partial files: \(left)")
  }

  @Test("in a batch: the timed-out item fails with its message, the manifest records it, the next run retries")
  func batchTimeout() throws {
    var (feed, options) = try batchParts(
      named: "out", middle: "<title>Hängende Meldung</title>", "Hier hängt die Endlosschleife.")
    options.itemTimeout = 1
    let batch = FeedBatch(source: feed, options: options)
    let summary = try batch.run(shouldStop: { false }, progress: { _ in })
    #expect(summary.rendered == 2)
    #expect(summary.failures.map(\.message) == ["item 2 “Hängende Meldung”: timed out after 1 s"])
    let output = options.output
    let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
    #expect(names.allSatisfy { !$0.hasPrefix(".") }, "no partial files: \(names)")
    let manifest = try Manifest.load(from: output)
    #expect(manifest.entry("b")?.status == .failed)
    #expect(manifest.entry("b")?.error == "item 2 “Hängende Meldung”: timed out after 1 s")

    let again = try batch.run(shouldStop: { false }, progress: { _ in })
    #expect(again.unchanged == 2)
    #expect(again.failed == 1, "the timed-out item is tried again")
  }

  @Test("an item that crashes while it is read fails alone, named by position and title; the rest render")
  func crashWhileReading() throws {
    let (feed, options) = try batchParts(named: "lesen", middle: "<title>Absturz beim Lesen</title>", "Harmlos.")
    let output = options.output
    let summary = try FeedBatch(source: feed, options: options).run(
      shouldStop: { false }, progress: { _ in })
    #expect(summary.rendered == 2)
    #expect(summary.failures.map(\.message) == ["item 2 “Absturz beim Lesen”: reading the item crashed (Aborted)"])
    let manifest = try Manifest.load(from: output)
    #expect(manifest.items.map(\.status) == [.rendered, .failed, .rendered])
    #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(PodcastFeed.fileName).path))
  }
}
