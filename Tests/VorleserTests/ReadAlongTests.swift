import Articles
import Foundation
import GermanNormalizer
import Speech
import Testing

@testable import Vorleser

/// A synthesizer that speaks 60 samples (ms) per character and reports, as espeak-ng does, a sentence
/// event where each sentence starts and a word event at every word, with offsets in Unicode scalars.
final class WordEventSynthesizer: SpeechSynthesizing {
  let sampleRate = 1000

  func use(_ profile: VoiceProfile) throws {}

  func speak(
    _ text: String, into sink: SampleSink, firstSample: Int64, events: inout [SpeechEvent], shouldStop: () -> Bool
  ) throws -> Int64 {
    let scalars = Array(text.unicodeScalars)
    var sentenceStarts = true
    var index = 0
    while index < scalars.count {
      guard scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]) else {
        if ".!?".unicodeScalars.contains(scalars[index]) { sentenceStarts = true }
        index += 1
        continue
      }
      var end = index
      while end < scalars.count, !scalars[end].properties.isWhitespace { end += 1 }
      let sample = firstSample + Int64(index * 60)
      if sentenceStarts {
        events.append(SpeechEvent(kind: .sentence, sample: sample, textOffset: index, length: 0))
        sentenceStarts = false
      }
      events.append(SpeechEvent(kind: .word, sample: sample, textOffset: index, length: end - index))
      if ".!?".unicodeScalars.contains(scalars[end - 1]) { sentenceStarts = true }
      index = end
    }
    let samples = [Int16](repeating: 1000, count: scalars.count * 60)
    try samples.withUnsafeBufferPointer { try sink.write($0) }
    return Int64(samples.count)
  }
}

/// Speech marks, captions and transcript from the normalizer's alignment and the engine's events, with a
/// fake engine (the real one: `ReadAlongEndToEndTests`).
@Suite("Read-along: marks on the written text, captions, transcript")
struct ReadAlongTests {
  /// The profile the read-along unit tests speak with.
  static let voice = VoiceProfile(
    name: "test", espeakVoice: "de", rate: 160, pitch: 50, pitchRange: 50, volume: 100,
    pauses: .init(afterHeadline: 500, betweenParagraphs: 300, betweenSections: 700))
  let voice = ReadAlongTests.voice
  let folder: URL

  init() throws {
    folder = try ScratchFolder.make("read-along")
  }

  /// Renders `article` as WAV with the fake engine and returns the marks file.
  private func render(_ article: Article, normalizer: GermanNormalizer = .init(), player: Bool = false) throws
    -> SpeechMarksFile
  {
    let audio = folder.appendingPathComponent("artikel.wav")
    let result = try ArticleRenderer(synthesizer: WordEventSynthesizer(), normalizer: normalizer).render(
      article, source: "artikel", to: audio, format: .wav, voice: voice, chapters: .sections,
      readAlong: ReadAlongOptions(player: player))
    #expect(result.readAlongFiles == ReadAlongFiles.Names(audio: "artikel.wav").all(player: player))
    return try AudioInspection.marks(besides: audio.path)
  }

  private func words(_ file: SpeechMarksFile) -> [SpeechMark] { file.marks.filter { $0.type == .word } }

  @Test("a written token spoken as several words is one mark over the whole token, timed from its first word")
  func writtenTokens() throws {
    let lexicon = try PronunciationLexicon(parsing: "Macron\tMakrong\n", file: "own.tsv")
    let article = Article(
      headline: "Macron trifft Lehrer*innen in Köln",
      dateline: Dateline(original: "09.02.2025, 07:30 Uhr", year: 2025, month: 2, day: 9, hour: 7, minute: 30),
      lead: "Am 09.02.2025 gab die EU 3,5 Mio. Euro für Schulen aus, sagte Dr. Müller von der CDU.",
      sections: [Section(paragraphs: ["Der Ukraine-Krieg dauert an. Das kostet z. B. 12 % mehr."])])
    let file = try render(article, normalizer: GermanNormalizer(genderForms: .both, pronunciations: lexicon))
    let marks = words(file)
    let byValue = Dictionary(marks.map { ($0.value, $0) }, uniquingKeysWith: { first, _ in first })
    #expect(byValue["Macron"]?.spoken == "Makrong")
    #expect(byValue["Lehrer*innen"]?.spoken == "Lehrerinnen und Lehrer")
    #expect(byValue["09.02.2025"]?.spoken?.split(separator: " ").count ?? 0 >= 3)
    #expect(byValue["3,5"] != nil || marks.contains { $0.value.hasPrefix("3,5") })
    #expect(byValue["Dr."]?.spoken == "Doktor")
    #expect(byValue["CDU"] != nil)
    #expect(byValue["EU"] != nil)
    #expect(byValue["Ukraine-Krieg"] != nil)
    #expect(marks.contains { $0.value.hasPrefix("z.") })
    #expect(marks.contains { $0.value.hasPrefix("12") })
    // Every mark's bytes are its value, and no two marks cover the same written token.
    let text = Array(file.header.value.utf8)
    for mark in file.marks where mark.type != .chapter {
      #expect(String(decoding: text[mark.start..<mark.end], as: UTF8.self) == mark.value)
    }
    for (one, next) in zip(marks, marks.dropFirst()) { #expect(one.end <= next.start, "\(one.value) \(next.value)") }
    // The date's spoken words came from one written token: one mark each in the dateline and the lead.
    #expect(marks.filter { $0.value == "09.02.2025" }.count == 2)
    #expect(marks.filter { $0.value == "07:30 Uhr" }.count == 1)
  }

  @Test("byte offsets count UTF-8: umlauts, ß and quotation marks")
  func byteOffsets() throws {
    let file = try render(
      Article(headline: "Größte „Übung“ für Äpfel", sections: [Section(paragraphs: ["Öl fließt – süß."])]))
    #expect(file.header.end == file.header.value.utf8.count)
    #expect(words(file).map(\.value) == ["Größte", "Übung", "für", "Äpfel", "Öl", "fließt", "süß"])
    let text = Array(file.header.value.utf8)
    for block in file.header.blocks {
      #expect(text[block.start..<block.end].last != 0x0A)
    }
    #expect(file.header.blocks.map(\.kind) == [.headline, .paragraph])
  }

  @Test("a chapter's marks lie inside it, in time and in the text; marks are ordered by time")
  func chaptersContainTheirMarks() throws {
    let article = Article(
      headline: "Sturm im Norden", lead: "Ein Sturmtief zieht auf. Es bringt Regen.",
      sections: [
        Section(heading: "Die Folgen", paragraphs: ["Bäume stürzen um.", "Züge fahren nicht."]),
        Section(heading: "Der Ausblick", paragraphs: ["Am Wochenende wird es ruhiger."]),
      ])
    let file = try render(article)
    let chapters = file.marks.filter { $0.type == .chapter }
    #expect(chapters.map(\.value) == ["Titel", "Vorspann", "Die Folgen", "Der Ausblick"])
    for mark in file.marks where mark.type != .chapter {
      let chapter = try #require(chapters.last { $0.time <= mark.time })
      #expect(mark.time < chapter.endTime!)
      #expect(chapter.start <= mark.start && mark.end <= chapter.end, "\(mark.value) in \(chapter.value)")
    }
    let order = file.marks.map { ($0.time, $0.rank) }
    #expect(zip(order, order.dropFirst()).allSatisfy { $0 <= $1 })
    #expect(file.marks.filter { $0.type == .sentence }.map(\.value).contains("Es bringt Regen."))
  }

  @Test("captions: sentence cues of at most two lines of 42 characters and 7 s, split at clauses, valid WebVTT")
  func captions() throws {
    let long =
      "Die Landesregierung hat am Dienstag beschlossen, die Förderung für den Ausbau der Radwege in den "
      + "ländlichen Regionen deutlich zu erhöhen, weil die Zahl der Pendlerinnen und Pendler, die mit dem Rad "
      + "zur Arbeit fahren, seit dem vergangenen Jahr stark gestiegen ist; die Opposition begrüßte den Schritt."
    _ = try render(Article(headline: "Mehr Geld für Radwege", sections: [Section(paragraphs: [long, "Kurz."])]))
    let vtt = try String(contentsOf: folder.appendingPathComponent("artikel.vtt"), encoding: .utf8)
    let cues = try Self.parseVTT(vtt)
    #expect(cues.count >= 6)
    for cue in cues {
      #expect(cue.lines.count <= 2, "\(cue.lines)")
      #expect(cue.lines.allSatisfy { $0.count <= 42 }, "\(cue.lines)")
      #expect(cue.end - cue.start <= 7000, "\(cue.lines)")
      #expect(cue.start < cue.end)
    }
    #expect(zip(cues, cues.dropFirst()).allSatisfy { $0.end <= $1.start })
    // Written text, not the spoken one, and split after a comma where the sentence has one near the middle.
    let all = cues.map { $0.lines.joined(separator: " ") }.joined(separator: " ")
    #expect(all.contains("Pendlerinnen und Pendler"))
    #expect(all.replacing(" ", with: "") == ("Mehr Geld für Radwege " + long + " Kurz.").replacing(" ", with: ""))
    #expect(cues.filter { $0.lines.last?.last == "," }.count >= 2)

    let chapters = try Self.parseVTT(
      String(contentsOf: folder.appendingPathComponent("artikel.chapters.vtt"), encoding: .utf8))
    #expect(chapters.map { $0.lines.joined() }.first == "Titel")

    let transcript =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: folder.appendingPathComponent("artikel.transcript.json"))) as? [String: Any]
    let segments = try #require(transcript?["segments"] as? [[String: Any]])
    #expect(transcript?["version"] as? String == "1.0.0")
    #expect(segments.count == cues.count)
    #expect((segments.first?["body"] as? String) == cues.first?.lines.joined(separator: " "))
    #expect((segments.last?["endTime"] as? Double).map { Int(($0 * 1000).rounded()) } == cues.last?.end)
  }

  @Test("WebVTT escapes <, > and &, and times count hours")
  func webVTTText() {
    let cue = CaptionCue(start: 3_723_004, end: 3_725_000, lines: ["A <b> & C --> D"])
    #expect(WebVTT.captions([cue]) == "WEBVTT\n\n1\n01:02:03.004 --> 01:02:05.000\nA &lt;b&gt; &amp; C --&gt; D\n")
  }

  @Test("the player page carries the article and its data inline, safe from </script> in the text")
  func playerPage() throws {
    let article = Article(
      headline: "Tags wie </script> und <!-- im Text", sections: [Section(paragraphs: ["A & B sagen „ja“."])])
    _ = try render(article, player: true)
    let page = try String(contentsOf: folder.appendingPathComponent("artikel.html"), encoding: .utf8)
    #expect(page.components(separatedBy: "</script>").count == 5)  // the three data blocks and the player
    #expect(page.contains("<h1>Tags wie &lt;/script&gt; und &lt;!-- im Text</h1>"))
    #expect(page.contains("data-vorleser-audio=\"artikel.wav\""))
    #expect(page.contains("<html lang=\"de\">"))
    #expect(!page.contains("{{"))
    for asset in ["vorleser-player.js", "vorleser-player.css"] {
      #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(asset).path))
    }
  }

  @Test("--timings off writes nothing beside the audio")
  func timingsOff() throws {
    let audio = folder.appendingPathComponent("stumm.wav")
    let result = try ArticleRenderer(synthesizer: WordEventSynthesizer()).render(
      Article(headline: "Kurz"), source: "stumm", to: audio, format: .wav, voice: voice, chapters: .sections,
      readAlong: .none)
    #expect(result.readAlongFiles.isEmpty)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["stumm.wav"])
  }

  /// The cues of a WebVTT file, checked against the spec's shape: the header, then blocks of an optional
  /// identifier, a timing line and text lines.
  static func parseVTT(_ text: String) throws -> [(start: Int, end: Int, lines: [String])] {
    let blocks = text.components(separatedBy: "\n\n")
    #expect(blocks.first == "WEBVTT")
    let timing = /^(\d{2}):(\d{2}):(\d{2})\.(\d{3}) --> (\d{2}):(\d{2}):(\d{2})\.(\d{3})$/
    return try blocks.dropFirst().map { block in
      var lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      if lines.last == "" { lines.removeLast() }
      let index = try #require(lines.firstIndex { $0.contains("-->") })
      #expect(index <= 1)
      let match = try #require(try timing.wholeMatch(in: lines[index]))
      func ms(_ h: Substring, _ m: Substring, _ s: Substring, _ f: Substring) -> Int {
        ((Int(h)! * 60 + Int(m)!) * 60 + Int(s)!) * 1000 + Int(f)!
      }
      let text = Array(lines[(index + 1)...])
      #expect(!text.isEmpty && text.allSatisfy { !$0.isEmpty && !$0.contains("-->") })
      return (
        ms(match.1, match.2, match.3, match.4), ms(match.5, match.6, match.7, match.8),
        text.map { $0.replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&amp;", with: "&") }
      )
    }
  }
}
