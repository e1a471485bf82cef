import Articles
import AudioFile
import CSndFile
import Foundation
import GermanNormalizer
import Speech
import Testing

@testable import Vorleser

/// Real espeak-ng, real files, read back through libsndfile and ffprobe. espeak-ng is one per process,
/// so these run one at a time.
@Suite("End to end", .serialized)
struct EndToEndTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let seed = root.appendingPathComponent("seeds/000_b00f2b60dc233813.txt")
  let folder: URL

  init() throws {
    folder = try ScratchFolder.make("e2e")
  }

  func renderSeed(mode: ChapterMode = .sections, to file: URL? = nil) throws -> (RenderResult, SpokenArticle) {
    let article = try PlainTextArticleParser().parse(ArticleText.read(from: Self.seed.path), source: Self.seed.path)
    let voice = try VoiceCatalog(folders: [Self.root.appendingPathComponent("voices")]).profile("de")
    let destination = file ?? folder.appendingPathComponent(ArticleFileName.make(for: article, format: .wav))
    let result = try ArticleRenderer(synthesizer: EspeakSynthesizer.shared()).render(
      article, source: Self.seed.path, to: destination, format: .wav, voice: voice, chapters: mode)
    return (result, SpokenArticle(article: article, mode: mode, pauses: voice.pauses))
  }

  @Test("the seed article renders; libsndfile reads back its rate and length; cues and labels match the chapters")
  func seedArticle() throws {
    let (result, script) = try renderSeed()
    #expect(result.sampleRate == 22050)
    var info = SF_INFO()
    let handle = try #require(sf_open(result.path, Int32(SFM_READ), &info))
    sf_close(handle)
    #expect(info.samplerate == 22050)
    #expect(info.channels == 1)
    #expect(Int64(info.frames) == result.samples)
    #expect(result.duration > 60 && result.duration < 300)

    let summary = try AudioFormat.summary(of: URL(fileURLWithPath: result.path))
    #expect(summary.chapters.count == script.chapters.count)
    #expect(summary.chapters.map(\.title) == script.chapters.map(\.title))
    #expect(summary.chapters.map(\.title).prefix(2) == ["Titel", "Vorspann"])
    #expect(summary.chapters == result.chapters)
    #expect(summary.tags.title == "Kim verspricht Putin militärische Unterstützung")
    #expect(summary.tags.date == "2025-02-09T07:30")
    #expect(summary.tags.software?.hasPrefix("Vorleser") == true)

    let words = result.events.filter { $0.kind == .word }
    #expect(words.count > 200)
    #expect(zip(result.events, result.events.dropFirst()).allSatisfy { $0.sample <= $1.sample })
    #expect(result.events.allSatisfy { $0.sample >= 0 && $0.sample <= result.samples })
  }

  @Test("ffprobe lists the same chapters with titles and start times within one sample period")
  func ffprobeChapters() throws {
    guard let ffprobe = Executable.find("ffprobe") else { return }
    let (result, _) = try renderSeed(mode: .paragraphs)
    let run = try Executable.run(ffprobe, ["-v", "error", "-show_chapters", "-of", "json", result.path])
    #expect(run.status == 0)
    struct Probe: Decodable {
      struct Chapter: Decodable {
        var startTime: String
        var tags: [String: String]?

        enum CodingKeys: String, CodingKey {
          case startTime = "start_time"
          case tags
        }
      }
      var chapters: [Chapter]
    }
    let probe = try JSONDecoder().decode(Probe.self, from: Data(run.stdout.utf8))
    #expect(probe.chapters.count == result.chapters.count)
    for (listed, written) in zip(probe.chapters, result.chapters) {
      #expect(listed.tags?["title"] == written.title)
      let expected = Double(written.startSample) / Double(result.sampleRate)
      #expect(abs((Double(listed.startTime) ?? -1) - expected) <= 1.0 / Double(result.sampleRate))
    }
  }

  @Test("stopping mid-render (Ctrl-C) leaves no file under the final name and nothing else behind")
  func stoppedMidRender() throws {
    let article = try PlainTextArticleParser().parse(ArticleText.read(from: Self.seed.path), source: "seed")
    let voice = try VoiceCatalog(folders: [Self.root.appendingPathComponent("voices")]).profile("de")
    let file = folder.appendingPathComponent("halb.wav")
    var polls = 0
    #expect(throws: SpeechError.cancelled) {
      try ArticleRenderer(synthesizer: EspeakSynthesizer.shared()).render(
        article, source: "seed", to: file, format: .wav, voice: voice, chapters: .sections,
        shouldStop: {
          polls += 1
          return polls > 40
        })
    }
    #expect(polls > 40)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test("the shipped lexicon: over 100 entries, each of which changes espeak-ng's phonemes")
  func shippedLexicon() throws {
    let folders = [Self.root.appendingPathComponent("voices")]
    let file = Self.root.appendingPathComponent("voices/lexicon/de.tsv")
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(try ReadingConfiguration(ReadingSettings(), voiceFolders: folders).lexiconEntries >= 100)
    let synthesizer = try EspeakSynthesizer.shared()
    try synthesizer.use(VoiceCatalog(folders: folders).profile("de"))
    var unchanged: [String] = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t").map(String.init)
      guard fields.count == 2, !fields[1].hasPrefix("[[") else { continue }
      if synthesizer.phonemes(of: fields[0]) == synthesizer.phonemes(of: fields[1]) { unchanged.append(fields[0]) }
    }
    #expect(unchanged.isEmpty, "entries that change nothing: \(unchanged)")
  }

  @Test("an espeak-ng voice that does not exist is an error listing the German voices")
  func unknownEspeakVoice() throws {
    let voice = VoiceProfile(
      name: "kaputt", espeakVoice: "xx-nope", rate: 160, pitch: 50, pitchRange: 50, volume: 100,
      pauses: .init(afterHeadline: 0, betweenParagraphs: 0, betweenSections: 0))
    let synthesizer = try EspeakSynthesizer.shared()
    #expect {
      try synthesizer.use(voice)
    } throws: { error in
      guard case VoiceError.unknownEspeakVoice(let name, let available) = error else { return false }
      return name == "xx-nope" && available.contains("de")
    }
  }
}
