import Foundation
import Testing

@testable import Vorleser

/// Read-along with the real engine: marks checked against the audio itself, the files from the command
/// line, and what a batch lists, publishes and prunes.
@Suite("Read-along end to end")
struct ReadAlongEndToEndTests {
  static let article = """
    Regionalbahn fährt wieder

    Nach drei Wochen Bauarbeiten rollt der Verkehr

    09.02.2025, 07:30 Uhr

    Die Strecke zwischen Kassel und Göttingen ist seit Montag wieder frei. Pendler sparen damit jeden Tag eine halbe Stunde.

    Die Bahn hatte Gleise, Weichen und zwei Brücken erneuert. Dafür gab sie 12,5 Mio. Euro aus, sagte ein Sprecher.

    Im Sommer folgt der nächste Abschnitt. Dann soll auch der Bahnhof in Hann. Münden barrierefrei werden.
    """

  let folder: URL

  init() throws {
    folder = try ScratchFolder.make("read-along-e2e")
  }

  private func articleFile() throws -> URL {
    let file = folder.appendingPathComponent("artikel.txt")
    try Data(Self.article.utf8).write(to: file)
    return file
  }

  private func marks(of audio: URL) throws -> SpeechMarksFile {
    try AudioInspection.marks(besides: audio.path)
  }

  /// Mono 16-bit samples at 22,050 Hz, decoded by ffmpeg (encoder delay removed as players do).
  private func decoded(_ audio: URL) throws -> [Int16] {
    let ffmpeg = try #require(Executable.find("ffmpeg"), "ffmpeg is installed")
    let raw = folder.appendingPathComponent(audio.lastPathComponent + ".raw")
    let run = try Executable.run(
      ffmpeg, ["-v", "error", "-y", "-i", audio.path, "-f", "s16le", "-ac", "1", "-ar", "22050", raw.path])
    #expect(run.status == 0, "\(run.stderr)")
    let data = try Data(contentsOf: raw)
    return data.withUnsafeBytes { Array($0.bindMemory(to: Int16.self)) }
  }

  /// Where sound starts after a silence of at least 60 ms, searched within 150 ms of each word mark that
  /// follows a pause (a sentence's first word, a word after a comma); the distances in ms.
  private func onsetErrors(_ samples: [Int16], _ file: SpeechMarksFile) -> [(word: String, error: Int)] {
    let frame = 110  // 5 ms at 22,050 Hz
    let frames = stride(from: 0, to: samples.count - frame, by: frame).map { start in
      (start..<start + frame).reduce(0) { max($0, abs(Int(samples[$1]))) }
    }
    let threshold = (frames.max() ?? 0) / 30
    let text = Array(file.header.value.utf8)
    let sentences = Set(file.marks.filter { $0.type == .sentence }.map(\.start))
    var errors: [(String, Int)] = []
    for mark in file.marks where mark.type == .word {
      let afterComma = mark.start >= 2 && text[mark.start - 2] == UInt8(ascii: ",")
      guard sentences.contains(mark.start) || afterComma else { continue }
      let center = mark.time * 22050 / 1000 / frame
      let window = max(0, center - 30)..<min(frames.count, center + 30)
      guard
        let onset = window.first(where: { index in
          frames[index] > threshold && index >= 12 && frames[(index - 12)..<index].allSatisfy { $0 <= threshold }
        })
      else { continue }
      errors.append((mark.value, onset * frame * 1000 / 22050 - mark.time))
    }
    return errors
  }

  @Test(
    "each word mark after a pause is within 50 ms of where its sound starts, in WAV, MP3 and Opus",
    arguments: ["wav", "mp3", "opus"])
  func marksMatchTheAudio(format: String) throws {
    let audio = folder.appendingPathComponent("artikel.\(format)")
    let run = try Executable.run(Executable.vorleser, ["render", try articleFile().path, "-o", audio.path])
    #expect(run.status == 0, "\(run.stderr)")
    let file = try marks(of: audio)
    let errors = onsetErrors(try decoded(audio), file)
    #expect(errors.count >= 10, "\(errors)")
    #expect(errors.allSatisfy { abs($0.error) <= 50 }, "\(errors.filter { abs($0.error) > 50 })")
    let words = file.marks.filter { $0.type == .word }
    #expect(words.count >= 60)
    #expect(words.contains { $0.value == "12,5 Mio. Euro" || $0.value == "12,5" })
    #expect(words.contains { $0.value.hasPrefix("Hann") })
    #expect(file.header.duration == Int((try AudioInspection.inspect(audio.path).duration * 1000).rounded()))
  }

  @Test("render --player writes marks, captions, chapters track, transcript and page; inspect --marks lists them")
  func renderFromTheCommandLine() throws {
    let out = folder.appendingPathComponent("out")
    let run = try Executable.run(
      Executable.vorleser, ["render", try articleFile().path, "-o", out.path + "/", "--player"])
    #expect(run.status == 0, "\(run.stderr)")
    let stem = "2025-02-09-regionalbahn-faehrt-wieder"
    let files = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
    #expect(
      files == [
        "\(stem).mp3", "\(stem).marks.json", "\(stem).vtt", "\(stem).chapters.vtt", "\(stem).transcript.json",
        "\(stem).html", "vorleser-player.js", "vorleser-player.css",
      ])
    let cues = try ReadAlongTests.parseVTT(
      String(contentsOf: out.appendingPathComponent("\(stem).vtt"), encoding: .utf8))
    #expect(cues.allSatisfy { $0.lines.count <= 2 && $0.end - $0.start <= 7000 })
    let chapters = try ReadAlongTests.parseVTT(
      String(contentsOf: out.appendingPathComponent("\(stem).chapters.vtt"), encoding: .utf8))
    let summary = try AudioInspection.inspect(out.appendingPathComponent("\(stem).mp3").path)
    #expect(chapters.map { $0.lines.joined() } == summary.chapters.map(\.title))

    let listing = try Executable.run(
      Executable.vorleser, ["inspect", out.appendingPathComponent("\(stem).mp3").path, "--marks"])
    #expect(listing.status == 0)
    let lines = listing.stdout.split(separator: "\n")
    #expect(lines.first?.hasPrefix("time") == true)
    #expect(lines.contains { $0.contains("09.02.2025") && $0.contains("Februar zweitausendfünfundzwanzig") })
    #expect(lines.contains { $0.hasSuffix("[Titel]") })

    let off = folder.appendingPathComponent("off")
    let quiet = try Executable.run(
      Executable.vorleser, ["render", try articleFile().path, "-o", off.path + "/", "--timings", "off"])
    #expect(quiet.status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: off.path) == ["\(stem).mp3"])
    let contradiction = try Executable.run(
      Executable.vorleser, ["render", try articleFile().path, "--timings", "off", "--player"])
    #expect(contradiction.status == 2)
    #expect(contradiction.stderr.contains("--player needs the timings"))
    let missing = try Executable.run(
      Executable.vorleser, ["inspect", off.appendingPathComponent("\(stem).mp3").path, "--marks"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("no speech marks"))
  }

  @Test("a batch lists each item's read-along files, publishes the transcripts and prunes them with the item")
  func batch() throws {
    let output = try BatchFolder.make("out")
    let feed = output.url.deletingLastPathComponent().appendingPathComponent("feed.xml")
    func write(_ items: [String]) throws {
      let body = items.map { title in
        "<item><title>\(title)</title><guid>\(title)</guid><pubDate>Mon, 10 Feb 2025 08:00:00 +0100</pubDate>"
          + "<description>\(title) meldet Neues. Die Lage bleibt ruhig, sagt die Polizei.</description></item>"
      }.joined()
      try Data("<rss version=\"2.0\"><channel><title>Testfeed</title>\(body)</channel></rss>".utf8).write(to: feed)
    }
    try write(["Hamburg", "Bremen"])
    let (first, _) = try output.render(feed.path, ["--player"], format: "mp3")
    #expect(first.status == 0, "\(first.stderr)")
    let manifest = try output.manifest()
    for entry in manifest.items {
      let names = ReadAlongFiles.Names(audio: try #require(entry.file))
      #expect(entry.readAlongFiles == names.all(player: true))
      for name in names.all(player: true) { #expect(output.files.contains(name), "\(name)") }
    }
    let podcast = try String(contentsOf: output.url.appendingPathComponent("feed.xml"), encoding: .utf8)
    #expect(podcast.components(separatedBy: "<podcast:transcript").count == 5)
    #expect(podcast.contains("type=\"text/vtt\""))
    #expect(podcast.contains("type=\"application/json\""))
    #expect(podcast.contains("rel=\"captions\""))

    // The same options again: nothing to do. Without the player: the pages go, the rest stays.
    let (again, summary) = try output.render(feed.path, ["--player"], format: "mp3")
    #expect(again.status == 0)
    #expect(summary?.rendered == 0)
    let (noPage, _) = try output.render(feed.path, [], format: "mp3")
    #expect(noPage.status == 0)
    #expect(output.files.filter { $0.hasSuffix(".html") }.isEmpty)
    #expect(output.files.filter { $0.hasSuffix(".marks.json") }.count == 2)

    // An item gone from the feed takes all its files with it under --prune.
    try write(["Hamburg"])
    let (pruned, _) = try output.render(feed.path, ["--prune"], format: "mp3")
    #expect(pruned.status == 0, "\(pruned.stderr)")
    #expect(output.files.filter { $0.contains("bremen") }.isEmpty, "\(output.files)")
    #expect(output.files.filter { $0.contains("hamburg") }.count == 6, "\(output.files)")
  }
}
