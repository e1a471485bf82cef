import Articles
import Foundation
import Speech
import Testing

@testable import Vorleser

/// A word-event engine that has an English voice and records which voice each utterance was said in.
final class EnglishSpeakingSynthesizer: SpeechSynthesizing {
  let words = WordEventSynthesizer()
  var sampleRate: Int { words.sampleRate }
  var languages: Set<String> { ["en", "en-us", "fr"] }
  private var voice = ""
  private(set) var said: [(voice: String, text: String)] = []

  func use(_ profile: VoiceProfile) throws { voice = profile.espeakVoice }

  func speak(
    _ text: String, into sink: SampleSink, firstSample: Int64, events: inout [SpeechEvent], shouldStop: () -> Bool
  ) throws -> Int64 {
    said.append((voice, text))
    return try words.speak(text, into: sink, firstSample: firstSample, events: &events, shouldStop: shouldStop)
  }
}

/// Passages a page marks as another language (`lang="en"`) are said as written with that language's
/// voice, inside the same file, with their speech marks.
@Suite("Passages in other languages")
struct ForeignPassageTests {
  let voice = ReadAlongTests.voice

  private var article: Article {
    var article = Article(
      headline: "Biden in Berlin",
      sections: [
        Section(paragraphs: [
          "Der Präsident sagte: „We stand with our friends“ und reiste am 3. Mai ab.",
          "Die Zeitung titelte „Le président est parti“, auf Polnisch „Dzień dobry“.",
        ])
      ])
    article.foreignPassages = [
      ForeignPassage(language: "en-GB", text: "We stand with our friends"),
      ForeignPassage(language: "fr", text: "Le président est parti"),
      ForeignPassage(language: "pl", text: "Dzień dobry"),
    ]
    return article
  }

  @Test("a paragraph is cut at its passages; those the engine has a voice for are said as written")
  func segments() {
    let script = SpokenArticle(
      article: article, mode: .paragraphs, pauses: voice.pauses, languages: ["en", "fr"])
    let utterances = script.chapters.flatMap(\.utterances).filter { $0.block != 0 }
    #expect(utterances.map(\.language) == [nil, "en", nil, nil, "fr", nil])
    #expect(utterances[1].text == "We stand with our friends")
    #expect(utterances[2].text == "und reiste am dritten Mai ab.")
    // Polish has no voice here: read with the German text around it.
    #expect(utterances[5].text.contains("Dzień dobry"))
    #expect(utterances.map(\.pauseAfter) == [0, 0, 300, 0, 0, 0])
    // Without other voices nothing changes.
    let german = SpokenArticle(article: article, mode: .paragraphs, pauses: voice.pauses)
    #expect(german.chapters.flatMap(\.utterances).allSatisfy { $0.language == nil })
  }

  @Test("the engine switches to the passage's voice and back; every written word has its mark")
  func voicesAndMarks() throws {
    let folder = try ScratchFolder.make("foreign")
    let engine = EnglishSpeakingSynthesizer()
    let audio = folder.appendingPathComponent("a.wav")
    _ = try ArticleRenderer(synthesizer: engine).render(
      article, source: "a", to: audio, format: .wav, voice: voice, chapters: .sections,
      readAlong: ReadAlongOptions())
    #expect(engine.said.filter { $0.voice == "en" }.map(\.text) == ["We stand with our friends"])
    #expect(engine.said.filter { $0.voice == "fr" }.map(\.text) == ["Le président est parti"])
    #expect(engine.said.last?.voice == "de")
    let marks = try AudioInspection.marks(besides: audio.path).marks.filter { $0.type == .word }
    let words = marks.map(\.value)
    for word in ["We", "stand", "with", "our", "friends", "Le", "président", "est", "parti", "reiste"] {
      #expect(words.contains(word), "\(word)")
    }
    #expect(marks.first { $0.value == "friends" }?.spoken == "friends")
  }

  @Test("end to end: a page's lang=\"en\" quotation in espeak-ng's English voice, with its marks")
  func realEngine() throws {
    let folder = try ScratchFolder.make("foreign-e2e")
    let page = folder.appendingPathComponent("seite.html")
    try Data(
      """
      <!DOCTYPE html><html lang="de"><head><title>Test</title></head><body><article><h1>Biden in Berlin</h1>
      <p>Der Präsident sagte: „<span lang="en">We stand with our friends in Europe</span>“ und reiste ab.</p>
      </article></body></html>
      """.utf8
    ).write(to: page)
    let dry = try Executable.run(Executable.vorleser, ["render", page.path, "--dry-run"])
    #expect(dry.stdout.contains("\n[en] We stand with our friends in Europe\n"), "\(dry.stdout)")
    let audio = folder.appendingPathComponent("seite.mp3")
    let run = try Executable.run(Executable.vorleser, ["render", page.path, "-o", audio.path])
    #expect(run.status == 0, "\(run.stderr)")
    let marks = try AudioInspection.marks(besides: audio.path).marks.filter { $0.type == .word }
    #expect(marks.map(\.value).contains("friends"))
    #expect(zip(marks, marks.dropFirst()).allSatisfy { $0.time <= $1.time })
  }
}
