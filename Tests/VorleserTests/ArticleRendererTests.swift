import Articles
import AudioFile
import Foundation
import Speech
import Testing

@testable import Vorleser

/// A synthesizer that writes a fixed number of samples per character, and can fail on request.
final class CountingSynthesizer: SpeechSynthesizing {
  let sampleRate = 16000
  var failOnUtterance: Int?
  private(set) var spoken: [String] = []

  func use(_ profile: VoiceProfile) throws {}

  func speak(
    _ text: String, into sink: SampleSink, firstSample: Int64, events: inout [SpeechEvent], shouldStop: () -> Bool
  ) throws -> Int64 {
    if spoken.count == failOnUtterance { throw SpeechError.synthesisFailed("simulated failure") }
    spoken.append(text)
    let samples = [Int16](repeating: 100, count: text.count * 10)
    try samples.withUnsafeBufferPointer { try sink.write($0) }
    events.append(SpeechEvent(kind: .sentence, sample: firstSample, textOffset: 0, length: 0))
    return Int64(samples.count)
  }
}

@Suite("Render pipeline with a fake synthesizer")
struct ArticleRendererTests {
  let voice = VoiceProfile(
    name: "test", espeakVoice: "de", rate: 160, pitch: 50, pitchRange: 50, volume: 100,
    pauses: .init(afterHeadline: 100, betweenParagraphs: 50, betweenSections: 200))
  let article = Article(
    headline: "Sturm im Norden", lead: "Ein Sturmtief zieht auf.",
    sections: [Section(paragraphs: ["Es wird windig.", "Dann kühl."])])
  let folder: URL

  init() throws {
    folder = try ScratchFolder.make("render")
  }

  @Test("chapter starts are exact sample counts of speech plus pauses")
  func exactPositions() throws {
    let synthesizer = CountingSynthesizer()
    let file = folder.appendingPathComponent("a.wav")
    let result = try ArticleRenderer(synthesizer: synthesizer).render(
      article, source: "a", to: file, format: .wav, voice: voice, chapters: .sections)
    // Title: 15 chars → 150 samples + 100 ms (1600); lead: 24 → 240 + 200 ms (3200); "Es wird windig." 150 + 800.
    #expect(result.chapters.map(\.startSample) == [0, 1750, 5190, 6140])
    #expect(result.chapters.map(\.sampleCount) == [1750, 3440, 950, 100])
    #expect(result.samples == 6240)
    #expect(try AudioFormat.summary(of: file).chapters == result.chapters)
    #expect(result.events.map(\.sample) == [0, 1750, 5190, 6140])
  }

  @Test("a failure mid-render leaves no file under the final name and no temporary files")
  func failureMidRender() throws {
    let synthesizer = CountingSynthesizer()
    synthesizer.failOnUtterance = 2
    let file = folder.appendingPathComponent("b.wav")
    #expect(throws: SpeechError.synthesisFailed("simulated failure")) {
      try ArticleRenderer(synthesizer: synthesizer).render(
        article, source: "b", to: file, format: .wav, voice: voice, chapters: .sections)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test("an article that yields no speech is an error")
  func noSpeech() {
    let silent = Article(sections: [Section(paragraphs: ["“”"])])
    #expect(throws: RenderError.noSpeech(source: "c")) {
      try ArticleRenderer(synthesizer: CountingSynthesizer()).render(
        silent, source: "c", to: folder.appendingPathComponent("c.wav"), format: .wav, voice: voice, chapters: .sections
      )
    }
  }
}
