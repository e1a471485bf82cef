import CSndFile
import Foundation
import Testing

@testable import AudioFile

/// MP3 and Opus files as the writers make them, read back by Vorleser's own reader and by ffprobe;
/// WAV's switch to RF64 above RIFF's 4 GiB.
@Suite("MP3, Opus and RF64 files")
struct CompressedFormatTests {
  let folder: URL
  static let titles = ["Titel", "Der nordkoreanische Führer", "Äußerungen über die Lage – ein Überblick"]
  static let tags = AudioTags(
    title: "Kim verspricht Putin Unterstützung", artist: "Anna Muster, Weltblick", album: "Weltblick",
    date: "2025-02-09T07:30", comment: "https://weltblick.example/kim", software: "Vorleser test")

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("vorleser-formats-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  /// Writes three chapters of tone (1.0, 2.5 and 1.7 s times `stretch`, each followed by 300 ms of silence).
  func writeTone(
    _ format: AudioFormat, to file: URL, loudness: LoudnessTarget? = .podcast, stretch: Double = 1
  ) throws -> [ChapterMark] {
    let writer = try format.makeWriter(
      destination: file, sampleRate: 22050, encoding: AudioEncoding(loudness: loudness))
    var marks: [ChapterMark] = []
    for (index, seconds) in [1.0, 2.5, 1.7].enumerated() {
      let start = writer.sampleCount
      let count = Int(seconds * stretch * 22050)
      let tone = (0..<count).map { Int16(6000 * sin(Double($0) * 2 * .pi * (220 + 110 * Double(index)) / 22050)) }
      try tone.withUnsafeBufferPointer { try writer.write($0) }
      try writer.writeSilence(milliseconds: 300)
      marks.append(ChapterMark(title: Self.titles[index], startSample: start, sampleCount: writer.sampleCount - start))
    }
    try writer.finish(chapters: marks, tags: Self.tags)
    return marks
  }

  @Test("chapters, tags and length read back, by Vorleser and by ffprobe", arguments: [AudioFormat.mp3, .opus])
  func roundTrip(format: AudioFormat) throws {
    let file = folder.appendingPathComponent("ton.\(format.fileExtension)")
    let marks = try writeTone(format, to: file)
    let summary = try AudioFormat.summary(of: file, measuringLoudness: true)
    #expect(summary.format == format)
    #expect(summary.chapters.map(\.title) == Self.titles)
    let expected = marks.map { Double($0.startSample) / 22050 }
    let read = summary.chapters.map { Double($0.startSample) / Double(summary.sampleRate) }
    for (written, back) in zip(expected, read) { #expect(abs(written - back) < 0.030) }
    #expect(abs(summary.duration - Double(marks.last!.startSample + marks.last!.sampleCount) / 22050) < 0.030)
    #expect(summary.tags.title == Self.tags.title)
    #expect(summary.tags.artist == Self.tags.artist)
    #expect(summary.tags.album == Self.tags.album)
    #expect(summary.tags.comment == Self.tags.comment)
    #expect(summary.tags.date?.hasPrefix("2025-02-09") == true)
    #expect(summary.tags.software?.hasPrefix("Vorleser test") == true)
    #expect(summary.channels == 1)
    #expect(summary.loudness?.truePeak ?? 0 <= -1.0)
    let probed = try FFprobe.chapters(file)
    #expect(probed.map(\.0) == Self.titles)
    for (written, probe) in zip(expected, probed.map(\.1)) { #expect(abs(written - probe) < 0.030) }
  }

  @Test("MP3: 44.1 kHz mono CBR at the bit rate asked, ID3v2.3 with a top-level ordered CTOC and one CHAP each")
  func mp3Details() throws {
    let file = folder.appendingPathComponent("details.mp3")
    _ = try writeTone(.mp3, to: file)
    let summary = try AudioFormat.mp3.summary(of: file)
    #expect(summary.sampleRate == 44100)
    #expect(summary.bitrate == 64000)
    #expect(summary.encoding.contains("ID3v2.3"))
    let bytes = [UInt8](try Data(contentsOf: file))
    #expect(bytes.prefix(4) == [0x49, 0x44, 0x33, 0x03], "an ID3v2.3 header")
    let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
    #expect(text.contains("CTOC") && text.components(separatedBy: "CHAP").count == 4)
    // CTOC flags: top-level (2) and ordered (1).
    if let range = bytes.firstRange(of: Array("CTOCtoc\0".utf8) as [UInt8]) ?? nil {
      #expect(bytes[range.upperBound] & 0x03 == 0x03)
    } else if let index = (0..<bytes.count - 14).first(where: { bytes[$0..<$0 + 4].elementsEqual("CTOC".utf8) }) {
      // Frame header is 10 bytes, then the element id "toc\0", then the flags.
      #expect(bytes[index + 14] & 0x03 == 0x03)
    }
    let lower = folder.appendingPathComponent("leise.mp3")
    let writer = try AudioFormat.mp3.makeWriter(
      destination: lower, sampleRate: 22050, encoding: AudioEncoding(bitrate: 128, loudness: nil))
    try writer.writeSilence(milliseconds: 2000)
    try writer.finish(chapters: [ChapterMark(title: "Stille", startSample: 0, sampleCount: 44100)], tags: AudioTags())
    let silent = try AudioFormat.mp3.summary(of: lower)
    #expect(silent.bitrate == 128_000, "\(silent)")
    #expect(AudioFormat.mp3.problem(bitrate: 65) != nil)
    #expect(AudioFormat.opus.problem(bitrate: 300) != nil)
    #expect(AudioFormat.wav.problem(bitrate: 64) != nil)
  }

  @Test("the same samples give the same bytes, for every format", arguments: AudioFormat.allCases)
  func deterministic(format: AudioFormat) throws {
    let first = folder.appendingPathComponent("a.\(format.fileExtension)")
    let second = folder.appendingPathComponent("b.\(format.fileExtension)")
    _ = try writeTone(format, to: first)
    _ = try writeTone(format, to: second)
    #expect(try Data(contentsOf: first) == Data(contentsOf: second))
  }

  @Test("a long Opus file, encoded in two halves at a silent break, is one exact stream with its chapters")
  func opusInHalves() throws {
    let first = folder.appendingPathComponent("lang-a.opus")
    let second = folder.appendingPathComponent("lang-b.opus")
    let marks = try writeTone(.opus, to: first, stretch: 20)
    _ = try writeTone(.opus, to: second, stretch: 20)
    #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    let summary = try AudioFormat.summary(of: first)
    let length = Double(marks.last!.startSample + marks.last!.sampleCount) / 22050
    #expect(length > 60)
    #expect(abs(summary.duration - length) < 0.001)
    #expect(summary.chapters.map(\.title) == Self.titles)
    let probed = try FFprobe.chapters(first)
    for (mark, probe) in zip(marks, probed) { #expect(abs(Double(mark.startSample) / 22050 - probe.1) < 0.030) }
  }

  @Test("above RIFF's 4 GiB the WAV writer switches to RF64; it reads back with its chapters")
  func rf64() throws {
    let file = folder.appendingPathComponent("gross.wav")
    let marks = try WAVEncoder.$riffDataLimit.withValue(100_000) { try writeTone(.wav, to: file, loudness: nil) }
    let bytes = [UInt8](try Data(contentsOf: file).prefix(4))
    #expect(bytes == Array("RF64".utf8))
    let summary = try AudioFormat.summary(of: file)
    #expect(summary.frames == marks.last!.startSample + marks.last!.sampleCount)
    #expect(summary.chapters.map(\.title) == Self.titles)
    #expect(try FFprobe.chapters(file).map(\.0) == Self.titles)
    let small = folder.appendingPathComponent("klein.wav")
    _ = try writeTone(.wav, to: small, loudness: nil)
    #expect([UInt8](try Data(contentsOf: small).prefix(4)) == Array("RIFF".utf8))
  }

  @Test("an unknown or broken file is a one-line error naming it")
  func unreadable() throws {
    let text = folder.appendingPathComponent("text.mp3")
    try Data("kein MP3, nur Text".utf8).write(to: text)
    #expect(throws: AudioFileError.unreadable(path: text.path, reason: "not an MP3, Ogg Opus or RIFF/WAVE file")) {
      try AudioFormat.summary(of: text)
    }
    let cut = folder.appendingPathComponent("cut.opus")
    _ = try writeTone(.opus, to: cut)
    let head = try Data(contentsOf: cut).prefix(40)
    try head.write(to: cut)
    #expect(throws: AudioFileError.self) { try AudioFormat.summary(of: cut) }
  }
}

/// A test that cannot run on this machine.
struct SkipInfo: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
