import CLame
import CTagLib
import Foundation

/// Encodes mastered samples as MP3 with libmp3lame: 44.1 kHz (Apple's minimum for podcasts), mono, CBR,
/// with a LAME info frame so that players trim the encoder delay; then TagLib writes the ID3v2.3 tag.
final class MP3Encoder: AudioEncoder {
  /// The bit rate when none is asked for, kbit/s.
  static let defaultBitrate = 64
  /// The bit rates an MPEG-1 layer III stream can have, kbit/s.
  static let bitrates = [32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
  /// LAME's quality setting (0 best … 9 fastest); chosen by the benchmark (see the README).
  static let quality: Int32 = 7

  let sampleRate = 44_100
  private let lame: OpaquePointer
  private let job: EncodingJob
  private var output: [UInt8] = []

  init(_ job: EncodingJob) throws(AudioFileError) {
    self.job = job
    let bitrate = job.encoding.bitrate ?? Self.defaultBitrate
    guard Self.bitrates.contains(bitrate) else {
      throw job.failure("MP3 has no bit rate of \(bitrate) kbit/s")
    }
    guard let lame = lame_init() else { throw job.failure("LAME cannot start") }
    self.lame = lame
    lame_set_in_samplerate(lame, Int32(sampleRate))
    lame_set_out_samplerate(lame, Int32(sampleRate))
    lame_set_num_channels(lame, 1)
    lame_set_mode(lame, MONO)
    lame_set_VBR(lame, vbr_off)
    lame_set_brate(lame, Int32(bitrate))
    lame_set_quality(lame, Self.quality)
    lame_set_bWriteVbrTag(lame, 1)
    lame_set_write_id3tag_automatic(lame, 0)
    guard lame_init_params(lame) >= 0 else {
      lame_close(lame)
      throw job.failure("LAME rejects \(bitrate) kbit/s at \(sampleRate) Hz")
    }
  }

  deinit {
    lame_close(lame)
  }

  func encode(_ samples: UnsafeBufferPointer<Float>) throws(AudioFileError) {
    let room = samples.count * 5 / 4 + 7200
    if output.count < room { output = [UInt8](repeating: 0, count: room) }
    let made = output.withUnsafeMutableBufferPointer { buffer in
      lame_encode_buffer_ieee_float(
        lame, samples.baseAddress, samples.baseAddress, Int32(samples.count), buffer.baseAddress, Int32(buffer.count))
    }
    guard made >= 0 else { throw job.failure("LAME failed (\(made))") }
    try write(Int(made))
  }

  func finish() throws(AudioFileError) {
    if output.count < 7200 { output = [UInt8](repeating: 0, count: 7200) }
    let made = output.withUnsafeMutableBufferPointer {
      lame_encode_flush(lame, $0.baseAddress, Int32($0.count))
    }
    guard made >= 0 else { throw job.failure("LAME failed (\(made))") }
    try write(Int(made))
    // The info frame (frame count, encoder delay and padding) replaces the placeholder LAME wrote first.
    var frame = [UInt8](repeating: 0, count: 2880)
    let size = lame_get_lametag_frame(lame, &frame, frame.count)
    if size > 0 && size <= frame.count {
      guard pwrite(job.file.descriptor, frame, size, 0) == size else {
        throw job.failure(String(cString: strerror(errno)))
      }
    }
    try writeTags()
  }

  private func write(_ count: Int) throws(AudioFileError) {
    var offset = 0
    while offset < count {
      let written = output.withUnsafeBytes {
        Foundation.write(job.file.descriptor, $0.baseAddress! + offset, count - offset)
      }
      guard written > 0 else { throw job.failure(String(cString: strerror(errno))) }
      offset += written
    }
  }

  /// The ID3v2.3 tag, through TagLib on a duplicate of the file's descriptor (TagLib closes the one it gets).
  private func writeTags() throws(AudioFileError) {
    let tags = job.tags
    let titles = job.chapters.map { strdup($0.title) }
    defer { for title in titles { free(title) } }
    let chapters = job.chapters.indices.map { index in
      let (start, end) = job.milliseconds(ofChapter: index)
      return vorleser_chapter(title: titles[index], start_ms: start, end_ms: end, url: nil)
    }
    let descriptor = dup(job.file.descriptor)
    guard descriptor >= 0 else { throw job.failure(String(cString: strerror(errno))) }
    let failure = withStrings([tags.title, tags.artist, tags.album, tags.date, tags.comment, encoderName]) { fields in
      var id3 = vorleser_tags(
        title: fields[0], artist: fields[1], album: fields[2], date: fields[3], comment: fields[4], encoder: fields[5])
      return chapters.withUnsafeBufferPointer {
        vorleser_mp3_write_tags(descriptor, &id3, $0.baseAddress, Int32($0.count))
      }
    }
    if let failure { throw job.failure(String(cString: failure)) }
  }

  /// The software tag with LAME's version: "Vorleser 0.1.0 (LAME 3.100)".
  private var encoderName: String {
    let lameVersion = String(cString: get_lame_version())
    return [job.tags.software, "LAME \(lameVersion)"].compactMap { $0 }.joined(separator: ", ")
  }
}

/// Calls `body` with C strings for `strings` (nil stays nil), valid during the call.
func withStrings<Result>(_ strings: [String?], _ body: ([UnsafePointer<CChar>?]) -> Result) -> Result {
  let copies = strings.map { $0.map { strdup($0) } ?? nil }
  defer { for copy in copies { free(copy) } }
  return body(copies.map { $0.map { UnsafePointer($0) } })
}
