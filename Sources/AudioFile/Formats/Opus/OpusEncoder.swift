import COpusFile
import Foundation

/// Encodes mastered samples as Ogg Opus through libopusenc, which takes the synthesizer's rate and
/// resamples to Opus's 48 kHz itself; the stream's serial number is fixed, so the same audio always gives
/// the same bytes.
final class OpusEncoder: AudioEncoder {
  /// The bit rate when none is asked for, kbit/s.
  static let defaultBitrate = 32
  /// libopus's complexity (0 fastest … 10 best); chosen by the benchmark (see the README).
  static let complexity: Int32 = 5

  let sampleRate: Int
  private let writer: OpaquePointer
  private let job: EncodingJob
  private var finished = false

  init(_ job: EncodingJob) throws(AudioFileError) {
    self.job = job
    sampleRate = job.sourceRate
    let bitrate = job.encoding.bitrate ?? Self.defaultBitrate
    guard (6...256).contains(bitrate) else { throw job.failure("Opus takes 6 to 256 kbit/s, not \(bitrate)") }
    var failure: UnsafePointer<CChar>?
    let comments = Self.comments(job)
    let opened = withStrings(comments) { strings in
      strings.withUnsafeBufferPointer { pointers in
        var settings = vorleser_opus_settings(
          input_rate: Int32(job.sourceRate), bitrate: Int32(bitrate * 1000), complexity: Self.complexity,
          serial_number: 0x566F_726C, comments: pointers.baseAddress, comment_count: Int32(pointers.count))
        return vorleser_opus_open(job.file.descriptor, &settings, &failure)
      }
    }
    guard let opened else { throw job.failure("libopusenc: \(failure.map { String(cString: $0) } ?? "failed")") }
    writer = opened
  }

  deinit {
    if !finished { vorleser_opus_abandon(writer) }
  }

  /// The comments: the standard ones, then `CHAPTERnnn=HH:MM:SS.mmm` and `CHAPTERnnnNAME=…` per chapter.
  private static func comments(_ job: EncodingJob) -> [String] {
    let tags = job.tags
    var comments: [String] = []
    for (name, value) in [
      ("TITLE", tags.title), ("ARTIST", tags.artist), ("ALBUM", tags.album), ("DATE", tags.date),
      ("COMMENT", tags.comment), ("ENCODER", tags.software),
    ] {
      if let value, !value.isEmpty { comments.append("\(name)=\(value)") }
    }
    for index in job.chapters.indices {
      let number = String(format: "%03d", index + 1)
      let milliseconds = Int(job.milliseconds(ofChapter: index).start)
      let clock = String(
        format: "%02d:%02d:%02d.%03d", milliseconds / 3_600_000, milliseconds / 60_000 % 60, milliseconds / 1000 % 60,
        milliseconds % 1000)
      comments.append("CHAPTER\(number)=\(clock)")
      comments.append("CHAPTER\(number)NAME=\(job.chapters[index].title)")
    }
    return comments
  }

  func encode(_ samples: UnsafeBufferPointer<Float>) throws(AudioFileError) {
    guard vorleser_opus_write(writer, samples.baseAddress, Int32(samples.count)) == 0 else {
      throw job.failure("libopusenc could not encode or write")
    }
  }

  func finish() throws(AudioFileError) {
    finished = true
    guard vorleser_opus_finish(writer) == 0 else { throw job.failure("libopusenc could not finish the stream") }
  }
}
