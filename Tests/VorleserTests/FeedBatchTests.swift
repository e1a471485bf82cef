import AudioFile
import Foundation
import Testing

@testable import Vorleser

/// `vorleser feed` end to end: the built binary, real worker processes, real espeak-ng and WAV files.
@Suite("Feed batch end to end", .serialized)
struct FeedBatchTests {
  static let fixture = EndToEndTests.root.appendingPathComponent("Tests/VorleserTests/Fixtures/batch-feed.xml")
  static let goodItems = 11
  static let brokenItems = ["Leere Meldung", "Nur Zeichen", "Nur Markup"]

  /// A copy of the fixture feed the test may change.
  func feedCopy(in folder: BatchFolder) throws -> URL {
    let copy = folder.url.deletingLastPathComponent().appendingPathComponent("feed.xml")
    try? FileManager.default.removeItem(at: copy)
    try FileManager.default.copyItem(at: Self.fixture, to: copy)
    return copy
  }

  @Test("14 items, 3 broken: the good ones render, the broken are listed, exit 1; a re-run renders nothing")
  func batchWithBrokenItems() throws {
    let folder = try BatchFolder.make("out")
    let feed = try feedCopy(in: folder)
    let (run, summary) = try folder.render(feed.path, ["--jobs", "2"])
    #expect(run.status == 1, "\(run.stderr)")
    let first = try #require(summary)
    #expect(first.feedItems == 14)
    #expect(first.rendered == Self.goodItems)
    #expect(first.failed == 3)
    #expect(first.failures.map { $0.title ?? "" } == Self.brokenItems)
    for title in Self.brokenItems { #expect(run.stderr.contains("“\(title)”")) }
    #expect(run.stderr.contains("item 11 “Leere Meldung”: the article is empty"))
    #expect(folder.wavFiles.count == Self.goodItems)
    #expect(folder.files.allSatisfy { !$0.hasPrefix(".") }, "no temporary files left: \(folder.files)")
    #expect(folder.wavFiles.contains("2026-11-22-neue-strassenbahn.wav"))
    #expect(folder.wavFiles.contains("2026-11-22-neue-strassenbahn-2.wav"))
    #expect(folder.wavFiles.contains("bahn-streikt-am-freitag.wav"))

    let manifest = try folder.manifest()
    #expect(manifest.items.count == 14)
    #expect(manifest.items.filter { $0.status == .rendered }.count == Self.goodItems)
    #expect(manifest.items.filter { $0.status == .failed }.allSatisfy { $0.error != nil && $0.file == nil })

    let before = try folder.modificationDates()
    let (again, second) = try folder.render(feed.path, ["--jobs", "2"])
    #expect(again.status == 1)
    #expect(second?.rendered == 0)
    #expect(second?.unchanged == Self.goodItems)
    #expect(try folder.modificationDates() == before)
    #expect(try folder.manifest() == manifest)

    // Change the text of one item: only that one renders again, under the same name.
    let text = try String(contentsOf: feed, encoding: .utf8)
    let changed = text.replacingOccurrences(of: "Das Derby endete unentschieden.", with: "Das Derby endete 2:2.")
    #expect(changed != text)
    try changed.write(to: feed, atomically: true, encoding: .utf8)
    let (third, thirdSummary) = try folder.render(feed.path)
    #expect(third.status == 1)
    #expect(thirdSummary?.rendered == 1)
    #expect(thirdSummary?.items.first { $0.status == .rendered }?.file == "2026-11-22-derby-endet-2-2.wav")
    let after = try folder.modificationDates()
    #expect(after.filter { before[$0.key] != $0.value }.map(\.key) == ["2026-11-22-derby-endet-2-2.wav"])
  }

  @Test("the podcast feed and the chapters sidecars parse back and match the manifest and the WAV files")
  func podcastFeed() throws {
    let folder = try BatchFolder.make("podcast")
    let (run, _) = try folder.render(Self.fixture.path, ["--base-url", "https://audio.example/morgen"])
    #expect(run.status == 1)
    let manifest = try folder.manifest()
    let feed = try ParsedPodcastFeed(folder.data(PodcastFeed.fileName))
    #expect(feed.channelTitle == "Nachrichten am Morgen")
    #expect(feed.items.count == Self.goodItems)
    #expect(feed.items.first?.fields["title"] == "Bundestag beschließt Haushalt")
    for item in feed.items {
      let guid = try #require(item.fields["guid"])
      let entry = try #require(manifest.entry(guid))
      let file = try #require(entry.file)
      #expect(item.enclosure["url"] == "https://audio.example/morgen/\(file)?v=\(entry.hash?.prefix(8) ?? "")")
      #expect(item.enclosure["type"] == "audio/wav")
      let size = try FileManager.default.attributesOfItem(atPath: folder.url.appendingPathComponent(file).path)[.size]
      #expect(item.enclosure["length"] == "\((size as? NSNumber)?.int64Value ?? -1)")
      #expect(item.fields["itunes:duration"] == PodcastFeed.clock(entry.duration ?? -1))
      #expect(item.chapters["type"] == "application/json+chapters")
      let sidecar = try #require(entry.chaptersFile)
      #expect(item.chapters["url"] == "https://audio.example/morgen/\(sidecar)")
      let chapters = try JSONDecoder().decode(PodcastChapters.self, from: folder.data(sidecar))
      #expect(chapters.version == "1.2.0")
      #expect(chapters.chapters == entry.chapters)
      let summary = try AudioFormat.summary(of: folder.url.appendingPathComponent(file))
      #expect(summary.chapters.map(\.title) == chapters.chapters.map(\.title))
      #expect(abs(summary.duration - (entry.duration ?? 0)) < 0.001)
      #expect(summary.tags.title == entry.title)
    }
    let withDate = try #require(feed.items.first { $0.fields["guid"] == "nz-001" })
    #expect(withDate.fields["pubDate"] == "Tue, 24 Nov 2026 08:15:00 +0100")
    #expect(withDate.fields["link"] == "https://nachrichten.example/meldung/nz-001.html")
  }

  @Test("--jobs 2 and --jobs 1 give byte-identical files")
  func parallelEqualsSerial() throws {
    let serial = try BatchFolder.make("serial")
    let parallel = try BatchFolder.make("parallel")
    _ = try serial.render(Self.fixture.path, ["--jobs", "1"])
    _ = try parallel.render(Self.fixture.path, ["--jobs", "2"])
    #expect(serial.files == parallel.files)
    #expect(serial.wavFiles.count == Self.goodItems)
    for name in serial.files where name != PodcastFeed.fileName {
      #expect(try serial.data(name) == parallel.data(name), "\(name) differs")
    }
  }

  @Test("hostile titles and guids (paths, NUL, 5,000 characters) stay inside the output folder")
  func hostileNames() throws {
    let folder = try BatchFolder.make("hostile")
    let hostile = [
      "../../etc/passwd", "/etc/passwd", "..", "nul\u{0}byte", String(repeating: "Überlänge ", count: 500),
      "C:\\Windows\\system32", "~/.ssh/authorized_keys", "-rf", ".versteckt",
    ]
    let items = hostile.enumerated().map { index, name in
      [
        "id": index.isMultiple(of: 2) ? name : "../../guid/\(index)", "title": name,
        "content_text": "Meldung Nummer \(index + 1) mit einem Titel, der ein Pfad sein will.",
        "date_published": "2026-11-2\(index % 10)T08:00:00+01:00",
      ]
    }
    let json: [String: Any] = [
      "version": "https://jsonfeed.org/version/1.1", "title": "Böse\u{0} Titel", "items": items,
    ]
    let feed = folder.url.deletingLastPathComponent().appendingPathComponent("hostile.json")
    try JSONSerialization.data(withJSONObject: json).write(to: feed)
    let (run, summary) = try folder.render(feed.path, ["--jobs", "2"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(summary?.rendered == hostile.count)
    let parent = folder.url.deletingLastPathComponent()
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == ["hostile", "hostile.json"])
    for name in folder.files {
      #expect(name.utf8.count <= 255)
      #expect(
        name == Manifest.fileName || name == PodcastFeed.fileName || BatchFileNames.isOwnName(name), "\(name)")
    }
    #expect(folder.wavFiles.count == hostile.count)
    #expect(try ParsedPodcastFeed(folder.data(PodcastFeed.fileName)).items.count == hostile.count)
  }

  @Test("Ctrl-C stops cleanly: exit 130, no partial files, finished items recorded; the next run finishes")
  func interruption() throws {
    let folder = try BatchFolder.make("interrupted")
    let process = Executable.start(
      Executable.vorleser, ["feed", Self.fixture.path, "-o", folder.path, "--jobs", "1", "--format", "wav"])
    try process.run()
    let deadline = Date().addingTimeInterval(30)
    while folder.wavFiles.count < 2, Date() < deadline, process.isRunning { usleep(2_000) }
    process.interrupt()
    process.waitUntilExit()
    let finished = folder.wavFiles.count
    guard process.terminationStatus == 130 else {
      // The batch was faster than the signal; nothing to check about stopping.
      #expect(process.terminationStatus == 1)
      return
    }
    #expect(finished < Self.goodItems)
    #expect(folder.files.allSatisfy { !$0.hasPrefix(".") }, "\(folder.files)")
    let manifest = try folder.manifest()
    #expect(manifest.items.filter { $0.status == .rendered }.count == finished)
    let (run, summary) = try folder.render(Self.fixture.path)
    #expect(run.status == 1)
    #expect(summary?.unchanged == finished)
    #expect(summary?.rendered == Self.goodItems - finished)
  }

  @Test("--limit, --since and --prune")
  func selection() throws {
    let folder = try BatchFolder.make("selection")
    let (limited, limitedSummary) = try folder.render(Self.fixture.path, ["--limit", "3"])
    #expect(limited.status == 0)
    #expect(limitedSummary?.selectedItems == 3)
    #expect(folder.wavFiles.count == 3)
    let (since, sinceSummary) = try folder.render(Self.fixture.path, ["--since", "2026-11-23"])
    #expect(since.status == 0)
    // Three dated items from the 23rd on (already rendered by the first run), and the undated one.
    #expect(sinceSummary?.selectedItems == 4)
    #expect(sinceSummary?.rendered == 1)
    #expect(folder.wavFiles.count == 4)

    // An item that left the feed stays until --prune.
    let smaller = folder.url.deletingLastPathComponent().appendingPathComponent("smaller.xml")
    let text = try String(contentsOf: Self.fixture, encoding: .utf8)
    let withoutFirst = text.replacingOccurrences(
      of: #"(?s)<item>\s*<title>Bundestag beschließt Haushalt</title>.*?</item>"#, with: "",
      options: [.regularExpression])
    try withoutFirst.write(to: smaller, atomically: true, encoding: .utf8)
    _ = try folder.render(smaller.path, ["--since", "2026-11-23"])
    #expect(folder.wavFiles.contains("2026-11-24-bundestag-beschliesst-haushalt.wav"))
    let (pruned, prunedSummary) = try folder.render(smaller.path, ["--since", "2026-11-23", "--prune"])
    #expect(pruned.status == 0)
    #expect(prunedSummary?.pruned == 1)
    #expect(!folder.files.contains { $0.hasPrefix("2026-11-24-bundestag") })
    #expect(try folder.manifest().entry("nz-001") == nil)
  }

  @Test("a feed on standard input; one plain line per item, or a live line on a terminal; --quiet")
  func standardInputAndProgress() throws {
    let folder = try BatchFolder.make("stdin")
    let feed = try String(contentsOf: Self.fixture, encoding: .utf8)
    let run = try Executable.run(
      Executable.vorleser, ["feed", "-", "-o", folder.path, "--limit", "2", "--format", "wav"], input: feed)
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.filter { $0.hasPrefix("rendered: item ") }.count == 2)
    #expect(lines.last?.hasPrefix("2 of 14 items: 2 rendered") == true)
    #expect(!run.stderr.contains("\u{1B}"))
    let quiet = try Executable.run(
      Executable.vorleser, ["feed", Self.fixture.path, "-o", folder.path, "--limit", "2", "-q", "--format", "wav"])
    #expect(quiet.status == 0)
    #expect(quiet.stderr.isEmpty)
    guard let script = Executable.find("script") else { return }
    let command = "\(Executable.vorleser.path) feed \(Self.fixture.path) -o \(folder.path) --limit 3"
    let terminal = try Executable.run(script, ["-q", "-c", command, "/dev/null"])
    #expect(terminal.stdout.contains("\r\u{1B}[K[3/3]"), "\(terminal.stdout)")
    #expect(terminal.stdout.contains("min audio"))
    #expect(!terminal.stdout.contains("unchanged: item"))
  }

  @Test("a second run into a folder that a running batch holds stops at once with exit 2")
  func overlappingRuns() throws {
    let folder = try BatchFolder.make("locked")
    try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
    var lock: OutputFolderLock? = try OutputFolderLock(folder.url)
    let run = try Executable.run(Executable.vorleser, ["feed", Self.fixture.path, "-o", folder.path])
    #expect(run.status == 2)
    #expect(run.stderr == "vorleser: \(folder.path): another vorleser feed is writing into this folder\n")
    #expect(folder.files.isEmpty)
    #expect(lock != nil)
    lock = nil
    #expect(try folder.render(Self.fixture.path).0.status == 1)
  }

  @Test("unusable feeds and bad options: one line, exit 2, nothing written")
  func unusableFeeds() throws {
    let folder = try BatchFolder.make("unusable")
    let notAFeed = folder.url.deletingLastPathComponent().appendingPathComponent("kein-feed.txt")
    try "Das ist kein Feed.".write(to: notAFeed, atomically: true, encoding: .utf8)
    let cases: [([String], String)] = [
      ([notAFeed.path], "not a feed: neither XML nor JSON"),
      (["/nicht/da.xml"], "/nicht/da.xml: cannot read the feed: no such file"),
      ([Self.fixture.path, "--since", "gestern"], "--since wants a day as YYYY-MM-DD"),
      ([Self.fixture.path, "--jobs", "0"], "--jobs must be at least 1"),
      ([Self.fixture.path, "--base-url", "ftp://x"], "--base-url wants an http(s):// address"),
    ]
    for (arguments, message) in cases {
      let run = try Executable.run(Executable.vorleser, ["feed"] + arguments + ["-o", folder.path])
      #expect(run.status == 2, "\(arguments)")
      #expect(run.stderr.contains(message), "\(run.stderr)")
    }
    #expect(!FileManager.default.fileExists(atPath: folder.path))
  }
}
