import CSndFile
import Foundation
import Testing

@testable import AudioFile

@Suite("Chaptered WAV writer and reader")
struct ChapteredWaveWriterTests {
  /// No loudness processing: the samples go into the file as they are.
  static let untouched = AudioEncoding(loudness: nil)
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("vorleser-audio-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  /// Writes `chapterLengths` chapters of a 440 Hz tone, each followed by 10 ms of silence.
  func writeTone(to file: URL, chapterLengths: [Int], tags: AudioTags) throws -> [ChapterMark] {
    let writer = try AudioFormat.wav.makeWriter(destination: file, sampleRate: 22050, encoding: Self.untouched)
    var marks: [ChapterMark] = []
    for (index, length) in chapterLengths.enumerated() {
      let start = writer.sampleCount
      let tone = (0..<length).map { Int16(8000 * sin(Double($0) * 2 * .pi * 440 / 22050)) }
      try tone.withUnsafeBufferPointer { try writer.write($0) }
      try writer.writeSilence(milliseconds: 10)
      marks.append(
        ChapterMark(
          title: "Kapitel \(index + 1) – Übersicht", startSample: start, sampleCount: writer.sampleCount - start))
    }
    try writer.finish(chapters: marks, tags: tags)
    return marks
  }

  @Test("tags, cue points and labels read back as written; libsndfile agrees on rate and length")
  func roundTrip() throws {
    let file = folder.appendingPathComponent("ton.wav")
    let tags = AudioTags(
      title: "Kim verspricht Putin Unterstützung", artist: "Redaktion", date: "2025-02-09T07:30",
      comment: "https://example.org/a", software: "Vorleser test")
    let marks = try writeTone(to: file, chapterLengths: [1001, 22050, 333, 4000], tags: tags)
    let summary = try AudioFormat.summary(of: file)
    #expect(summary.sampleRate == 22050)
    #expect(summary.channels == 1)
    #expect(summary.frames == marks.last!.startSample + marks.last!.sampleCount)
    #expect(summary.chapters == marks)
    #expect(summary.tags.title == tags.title)
    #expect(summary.tags.artist == tags.artist)
    #expect(summary.tags.date == tags.date)
    #expect(summary.tags.comment == tags.comment)
    #expect(summary.tags.software?.hasPrefix("Vorleser test") == true)
    #expect(summary.encoding.contains("16 bit PCM"))

    var info = SF_INFO()
    let handle = try #require(sf_open(file.path, Int32(SFM_READ), &info))
    sf_close(handle)
    #expect(info.samplerate == 22050)
    #expect(Int64(info.frames) == summary.frames)
  }

  @Test("chunk layout: fmt, INFO, cue, LIST/adtl, then data; word-aligned; RIFF size matches the file")
  func layout() throws {
    let file = folder.appendingPathComponent("layout.wav")
    _ = try writeTone(to: file, chapterLengths: [101, 202, 303], tags: AudioTags(title: "Öl"))
    let chunks = try RIFFChunks(file: file).chunks
    #expect(chunks.map(\.id) == ["fmt ", "LIST", "cue ", "LIST", "data"])
    #expect(chunks.allSatisfy { $0.payloadOffset % 2 == 0 })
    let data = try Data(contentsOf: file)
    let riffSize = data[4..<8].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
    #expect(riffSize == data.count - 8)
    let labels = try RIFFChunks(file: file).cueLabels()
    #expect(labels.map(\.label) == ["Kapitel 1 – Übersicht", "Kapitel 2 – Übersicht", "Kapitel 3 – Übersicht"])
  }

  @Test("more than the 100 cue points SF_CUES holds")
  func manyChapters() throws {
    let file = folder.appendingPathComponent("viele.wav")
    let marks = try writeTone(to: file, chapterLengths: Array(repeating: 50, count: 150), tags: AudioTags())
    #expect(try AudioFormat.summary(of: file).chapters == marks)
  }

  @Test("1,500 chapters, past where libsndfile stops growing its header (about 600): ffprobe reads them all")
  func thousandsOfChapters() throws {
    let file = folder.appendingPathComponent("liveblog.wav")
    let marks = try writeTone(to: file, chapterLengths: Array(repeating: 30, count: 1500), tags: AudioTags())
    #expect(try AudioFormat.summary(of: file).chapters == marks)
    let probed = try FFprobe.chapters(file)
    #expect(probed.count == 1500)
    #expect(probed.last?.0 == "Kapitel 1500 – Übersicht")
  }

  @Test("a writer that is never finished leaves nothing in the folder")
  func abandoned() throws {
    let file = folder.appendingPathComponent("abgebrochen.wav")
    do {
      let writer = try AudioFormat.wav.makeWriter(destination: file, sampleRate: 22050, encoding: Self.untouched)
      try writer.writeSilence(milliseconds: 500)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test("finishing leaves only the final file, no temporary ones")
  func noTemporaries() throws {
    let file = folder.appendingPathComponent("fertig.wav")
    _ = try writeTone(to: file, chapterLengths: [10], tags: AudioTags())
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["fertig.wav"])
  }

  @Test("a missing folder and a non-WAV file are errors naming the path")
  func errors() throws {
    let missing = folder.appendingPathComponent("fehlt/x.wav")
    #expect(throws: AudioFileError.self) { try AudioFormat.wav.makeWriter(destination: missing, sampleRate: 22050) }
    let text = folder.appendingPathComponent("text.wav")
    try Data("kein RIFF".utf8).write(to: text)
    #expect(throws: AudioFileError.unreadable(path: text.path, reason: "not a RIFF/WAVE file")) {
      try RIFFChunks(file: text)
    }
    #expect(throws: AudioFileError.self) { try AudioFormat.summary(of: text) }
  }
}
