import Foundation
import Vorleser

/// The `--json` output of the commands, for scripts.
enum JSONReport {
  /// A chapter with its times in seconds as well as samples.
  struct Chapter: Encodable {
    var title: String
    var startSample: Int64
    var sampleCount: Int64
    var start: Double
    var duration: Double

    init(_ mark: ChapterMark, sampleRate: Int) {
      title = mark.title
      startSample = mark.startSample
      sampleCount = mark.sampleCount
      start = Double(mark.startSample) / Double(sampleRate)
      duration = Double(mark.sampleCount) / Double(sampleRate)
    }
  }

  struct Rendered: Encodable {
    var path: String
    var duration: Double
    var sampleRate: Int
    var samples: Int64
    var voice: String
    var words: Int
    var format: AudioFormat
    var loudness: Loudness
    var chapters: [Chapter]
  }

  struct Inspected: Encodable {
    var path: String
    var format: String
    var sampleRate: Int
    var channels: Int
    var samples: Int64
    var duration: Double
    var bitrate: Int?
    var loudness: Loudness?
    var tags: AudioTags
    var chapters: [Chapter]
  }

  static func render(_ result: RenderResult) throws -> String {
    try encode(
      Rendered(
        path: result.path, duration: result.duration, sampleRate: result.sampleRate, samples: result.samples,
        voice: result.voice, words: result.wordCount, format: result.format, loudness: result.loudness,
        chapters: result.chapters.map { Chapter($0, sampleRate: result.sampleRate) }))
  }

  static func inspect(_ summary: AudioFileSummary) throws -> String {
    try encode(
      Inspected(
        path: summary.path, format: summary.encoding, sampleRate: summary.sampleRate, channels: summary.channels,
        samples: summary.frames, duration: summary.duration, bitrate: summary.bitrate, loudness: summary.loudness,
        tags: summary.tags,
        chapters: summary.chapters.map { Chapter($0, sampleRate: max(summary.sampleRate, 1)) }))
  }

  static func batch(_ summary: BatchSummary) throws -> String {
    try encode(summary)
  }

  /// The summaries of a run over several feeds, as a JSON array.
  static func batches(_ summaries: [BatchSummary]) throws -> String {
    try encode(summaries)
  }

  private static func encode(_ value: some Encodable) throws -> String {
    return String(decoding: try JSONEncoder.stable.encode(value), as: UTF8.self)
  }
}
