import CTagLib
import Foundation

/// Reads back an MP3 or Ogg Opus file: tags and chapters through TagLib (ID3v2 `CHAP`/`CTOC`, or
/// `CHAPTERnnn` comments), length and loudness through libsndfile's decoder.
enum TaggedFileReader {
  /// The container TagLib reads the file as.
  enum Kind: Int32 {
    case mp3 = 1
    case opus = 2
  }

  /// The summary of the `format` file at `file`.
  static func summary(
    of file: URL, as kind: Kind, format: AudioFormat, measuringLoudness: Bool
  ) throws(AudioFileError) -> AudioFileSummary {
    guard let reading = vorleser_tags_read(file.path, kind.rawValue) else {
      throw .unreadable(path: file.path, reason: "TagLib cannot read it as \(format.rawValue.uppercased())")
    }
    defer { vorleser_tags_free(reading) }
    func field(_ name: String) -> String? { vorleser_tags_field(reading, name).map { String(cString: $0) } }
    let tags = AudioTags(
      title: field("TITLE"), artist: field("ARTIST"), album: field("ALBUM"), date: field("DATE"),
      comment: field("COMMENT") ?? field("URL"), software: field("ENCODER"))
    let decoded =
      measuringLoudness || kind == .mp3
      ? try DecodedAudio(file, measuringLoudness: measuringLoudness)
      : nil
    let sampleRate = decoded?.sampleRate ?? Int(vorleser_tags_sample_rate(reading))
    let lengthMS = Int64(vorleser_tags_length_ms(reading))
    let frames = decoded?.frames ?? lengthMS * Int64(sampleRate) / 1000
    func sample(_ milliseconds: UInt32) -> Int64 { Int64(milliseconds) * Int64(sampleRate) / 1000 }
    let count = Int(vorleser_tags_chapter_count(reading))
    let marks = (0..<count).map { vorleser_tags_chapter(reading, Int32($0)) }
    let chapters = marks.enumerated().map { index, mark in
      let start = sample(mark.start_ms)
      let end =
        mark.end_ms > mark.start_ms
        ? sample(mark.end_ms) : index + 1 < count ? sample(marks[index + 1].start_ms) : frames
      return ChapterMark(
        title: mark.title.map { String(cString: $0) } ?? "", startSample: start, sampleCount: end - start)
    }
    let id3 = vorleser_tags_id3_version(reading)
    let encoding = decoded?.encoding ?? "Ogg / Opus"
    return AudioFileSummary(
      path: file.path, format: format, encoding: id3 > 0 ? "\(encoding), ID3v2.\(id3)" : encoding,
      sampleRate: sampleRate, channels: decoded?.channels ?? Int(vorleser_tags_channels(reading)), frames: frames,
      bitrate: Int(vorleser_tags_bitrate(reading)) * 1000, tags: tags, chapters: chapters,
      loudness: decoded?.loudness)
  }
}
