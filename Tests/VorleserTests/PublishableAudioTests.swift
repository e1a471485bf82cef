import Foundation
import Testing

@testable import Vorleser

/// MP3, Opus and WAV as a publisher gets them from `vorleser render` and `vorleser feed`: chapters and
/// tags as ffprobe reads them, loudness as ffmpeg's ebur128 measures it, and a podcast feed that
/// directories accept.
@Suite("Publishable audio", .serialized)
struct PublishableAudioTests {
  static let seed = EndToEndTests.seed.path
  static let short = EndToEndTests.root.appendingPathComponent("seeds/002_wetter_kurz.txt").path
  let folder: URL

  init() throws {
    folder = try ScratchFolder.make("publish")
  }

  /// The seed with its body three times: about six minutes of audio.
  func longArticle() throws -> String {
    let text = try String(contentsOfFile: Self.seed, encoding: .utf8)
    let body = text.split(separator: "\n").dropFirst(4).joined(separator: "\n")
    let file = folder.appendingPathComponent("lang.txt")
    try Data((text + String(repeating: "\n" + body, count: 2)).utf8).write(to: file)
    return file.path
  }

  /// Renders `article` to `name` with `arguments`; returns the file and the chapters as written (seconds).
  func render(_ article: String, _ name: String, _ arguments: [String] = []) throws -> (URL, [Double]) {
    let file = folder.appendingPathComponent(name)
    let run = try Executable.run(Executable.vorleser, ["render", article, "-o", file.path, "--json"] + arguments)
    #expect(run.status == 0, "\(run.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    let starts = (json?["chapters"] as? [[String: Any]] ?? []).compactMap { $0["start"] as? Double }
    return (file, starts)
  }

  @Test(
    "each format: ffprobe lists every chapter with its title and start, the tags and the length",
    arguments: ["mp3", "opus", "wav"])
  func chaptersAndTags(format: String) throws {
    let (wav, cues) = try render(Self.seed, "cues.wav", ["--loudness", "off"])
    let (file, starts) = try render(
      Self.seed, "seed.\(format)", ["--publisher", "Weltblick", "--url", "https://weltblick.example/kim"])
    #expect(starts == cues)
    let probed = try AudioMeasurements.probe(file)
    #expect(probed.chapters.map(\.title) == (try AudioMeasurements.probe(wav)).chapters.map(\.title))
    #expect(probed.chapters.map(\.title).contains("Der nordkoreanische Führer Kim Jong Un…"))
    #expect(probed.chapters.map(\.title).contains("Nur wenige Stunden vor Kims Äußerungen…"))
    #expect(probed.chapters.count == cues.count)
    for (chapter, cue) in zip(probed.chapters, cues) { #expect(abs(chapter.start - cue) < 0.030, "\(chapter.title)") }
    #expect(probed.tags["title"] == "Kim verspricht Putin militärische Unterstützung")
    #expect(probed.tags["date"]?.hasPrefix("2025-02-09") == true)
    if format != "wav" {
      #expect(probed.tags["album"] == "Weltblick")
      #expect(probed.tags["comment"] == "https://weltblick.example/kim")
    }
    let summary = try AudioFormat.summary(of: file)
    #expect(abs(summary.duration - 126.174) < 0.030)
    #expect(abs(probed.duration - 126.174) < 0.1)
    let inspect = try Executable.run(Executable.vorleser, ["inspect", file.path])
    #expect(inspect.status == 0)
    #expect(inspect.stdout.contains("Chapters:  6"))
    #expect(inspect.stdout.contains("Loudness:  -1"))
  }

  @Test(
    "loudness in the encoded file: −16 LUFS ±1 and true peak ≤ −1 dBTP, short and long; −23 when asked",
    arguments: ["mp3", "opus", "wav"])
  func loudness(format: String) throws {
    for article in [Self.short, try longArticle()] {
      let (file, _) = try render(article, "laut.\(format)")
      let measured = try AudioMeasurements.loudness(of: file)
      #expect(abs(measured.integrated + 16) <= 1, "\(article): \(measured)")
      #expect(measured.truePeak <= -1.0, "\(article): \(measured)")
    }
    let (quiet, _) = try render(Self.seed, "leise.\(format)", ["--loudness", "-23"])
    let measured = try AudioMeasurements.loudness(of: quiet)
    #expect(abs(measured.integrated + 23) <= 1, "\(measured)")
    #expect(measured.truePeak <= -1.0)
  }

  @Test("a format contradicting -o, a bad bit rate and an unreadable file are one-line errors with exit 2")
  func usageErrors() throws {
    for arguments in [
      ["render", Self.short, "-o", folder.path + "/x.mp3", "--format", "wav"],
      ["render", Self.short, "-o", folder.path + "/x.txt"], ["render", Self.short, "--bitrate", "65"],
      ["render", Self.short, "--format", "wav", "--bitrate", "64"],
    ] {
      let run = try Executable.run(Executable.vorleser, arguments)
      #expect(run.status == 2, "\(arguments)")
      #expect(run.stderr.hasPrefix("vorleser: ") && run.stderr.filter { $0 == "\n" }.count == 1, "\(run.stderr)")
    }
    let text = folder.appendingPathComponent("text.mp3")
    try Data("Das ist kein MP3.".utf8).write(to: text)
    let inspect = try Executable.run(Executable.vorleser, ["inspect", text.path])
    #expect(inspect.status == 2)
    #expect(inspect.stderr == "vorleser: \(text.path): cannot read: not an MP3, Ogg Opus or RIFF/WAVE file\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["text.mp3"])
  }
}

/// `vorleser feed` into MP3 and Opus: the same bytes with one worker or two, and a podcast feed with
/// everything a directory asks for.
@Suite("Podcast feed of MP3 and Opus episodes", .serialized)
struct PodcastEpisodeTests {
  @Test("--jobs 2 gives the same bytes as --jobs 1", arguments: ["mp3", "opus"])
  func parallelEqualsSerial(format: String) throws {
    let serial = try BatchFolder.make("serial")
    let parallel = try BatchFolder.make("parallel")
    _ = try serial.render(FeedBatchTests.fixture.path, ["--jobs", "1", "--limit", "6"], format: format)
    _ = try parallel.render(FeedBatchTests.fixture.path, ["--jobs", "2", "--limit", "6"], format: format)
    let audio = serial.files.filter { $0.hasSuffix(".\(format)") }
    #expect(audio.count == 6)
    #expect(serial.files == parallel.files)
    for name in audio { #expect(try serial.data(name) == parallel.data(name), "\(name) differs") }
  }

  @Test("the config file's podcast settings, MP3 enclosures, Podlove chapters and description timestamps")
  func podcastFeed() throws {
    let folder = try BatchFolder.make("podcast")
    let config = folder.url.deletingLastPathComponent().appendingPathComponent("vorleser.json")
    try Data(
      """
      {"format": "opus", "limit": 4, "baseURL": "https://audio.example/morgen/",
       "podcast": {"title": "Morgen zum Hören", "description": "Die Nachrichten am Morgen, vorgelesen.",
         "image": "https://audio.example/cover.jpg", "author": "Redaktion Morgen", "ownerName": "Redaktion",
         "ownerEmail": "audio@example.org", "category": "News", "subcategory": "Daily News", "explicit": false,
         "copyright": "© 2026 Morgenpost", "language": "de-DE"}}
      """.utf8
    ).write(to: config)
    // The command line wins over the file: MP3, not Opus.
    let (run, summary) = try folder.render(FeedBatchTests.fixture.path, ["--config", config.path], format: "mp3")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(!run.stderr.contains("warning"), "\(run.stderr)")
    #expect(summary?.rendered == 4)
    let feed = try ParsedPodcastFeed(folder.data(PodcastFeed.fileName))
    #expect(feed.channelTitle == "Morgen zum Hören")
    #expect(feed.channelFields["description"] == "Die Nachrichten am Morgen, vorgelesen.")
    #expect(feed.channelFields["language"] == "de-DE")
    #expect(feed.channelFields["itunes:email"] == "audio@example.org")
    #expect(feed.channelFields["itunes:name"] == "Redaktion")
    #expect(feed.channelFields["itunes:author"] == "Redaktion Morgen")
    #expect(feed.channelFields["itunes:explicit"] == "false")
    #expect(feed.channelFields["copyright"] == "© 2026 Morgenpost")
    #expect(feed.channelAttributes["itunes:image"]?["href"] == "https://audio.example/cover.jpg")
    #expect(feed.channelAttributes["itunes:category"]?["text"] == "Daily News", "the innermost category last")
    let manifest = try folder.manifest()
    #expect(feed.items.count == 4)
    for item in feed.items {
      let guid = try #require(item.fields["guid"])
      let entry = try #require(manifest.entry(guid))
      let file = try #require(entry.file)
      #expect(file.hasSuffix(".mp3"))
      #expect(item.enclosure["type"] == "audio/mpeg")
      let size = try FileManager.default.attributesOfItem(atPath: folder.url.appendingPathComponent(file).path)[.size]
      #expect(item.enclosure["length"] == "\((size as? NSNumber)?.int64Value ?? -1)")
      let embedded = try AudioMeasurements.probe(folder.url.appendingPathComponent(file)).chapters
      #expect(item.simpleChapters.map { $0["title"] ?? "" } == embedded.map(\.title))
      for (simple, chapter) in zip(item.simpleChapters, embedded) {
        let start = PodcastFeed.normalPlayTime(chapter.start)
        #expect(abs(seconds(simple["start"] ?? "") - seconds(start)) < 0.030)
      }
      let timestamps = (item.fields["description"] ?? "").split(separator: "\n").filter {
        $0.first?.isNumber == true && $0.contains(":")
      }
      if embedded.count >= 3 {
        #expect(timestamps.count == embedded.count)
        for (line, chapter) in zip(timestamps, embedded) {
          #expect(line.hasSuffix(" " + chapter.title))
          let whole = Int(chapter.start)
          #expect(line.hasPrefix(String(format: "%02d:%02d", whole / 60, whole % 60)))
        }
      } else {
        #expect(timestamps.isEmpty)
      }
      #expect(entry.loudness?.integrated.map { abs($0 + 16) <= 1 } == true)
    }
  }

  @Test("without an image or an owner's e-mail the run warns once, naming them")
  func missingDirectoryFields() throws {
    let folder = try BatchFolder.make("ohne")
    let (run, _) = try folder.render(FeedBatchTests.fixture.path, ["--limit", "1"], format: "mp3")
    #expect(run.stderr.components(separatedBy: "warning:").count == 2)
    #expect(run.stderr.contains("warning: feed.xml lacks what Apple Podcasts requires: image, owner e-mail"))
  }

  private func seconds(_ clock: String) -> Double {
    clock.split(separator: ":").reduce(0.0) { $0 * 60 + (Double($1) ?? 0) }
  }
}
