import Foundation

/// The one writer behind every format: samples and silence stream into an unnamed spool while they are
/// synthesized, and their loudness is measured on the way; `finish` then masters the spool (loudness
/// gain, true-peak limiter, the encoder's sample rate) into the format's encoder, writing a temporary
/// file that is read back and checked before it is renamed into place. A failure or Ctrl-C never leaves
/// a partial file under the destination's name.
final class ChapteredAudioFileWriter: ChapteredAudioWriter {
  let destination: URL
  let sampleRate: Int
  private let encoding: AudioEncoding
  private let format: AudioFormat
  private let makeEncoder: (EncodingJob) throws(AudioFileError) -> AudioEncoder
  private let spool: SampleSpool
  private let meter: LoudnessMeter

  /// A writer of `format` files at `destination` taking samples at `sampleRate`; the folder must exist.
  init(
    destination: URL, sampleRate: Int, encoding: AudioEncoding, format: AudioFormat,
    makeEncoder: @escaping (EncodingJob) throws(AudioFileError) -> AudioEncoder
  ) throws(AudioFileError) {
    self.destination = destination
    self.sampleRate = sampleRate
    self.encoding = encoding
    self.format = format
    self.makeEncoder = makeEncoder
    spool = try SampleSpool(in: destination.deletingLastPathComponent())
    meter = LoudnessMeter(sampleRate: sampleRate)
  }

  var sampleCount: Int64 { spool.sampleCount }

  func write(_ samples: UnsafeBufferPointer<Int16>) throws(AudioFileError) {
    try spool.append(samples)
    if encoding.loudness != nil { meter.add(samples) }
  }

  func writeSilence(milliseconds: Int) throws(AudioFileError) {
    let count = milliseconds * sampleRate / 1000
    try spool.appendSilence(count)
    if encoding.loudness != nil, count > 0 {
      let silence = [Int16](repeating: 0, count: count)
      silence.withUnsafeBufferPointer { meter.add($0) }
    }
  }

  func finish(chapters: [ChapterMark], tags: AudioTags) throws(AudioFileError) -> WrittenAudio {
    let file = try TemporaryAudioFile(for: destination)
    let job = EncodingJob(
      file: file, destination: destination, sourceRate: sampleRate, sampleCount: spool.sampleCount,
      chapters: chapters, tags: tags, encoding: encoding)
    let encoder = try makeEncoder(job)
    let mastering = Mastering(
      sourceRate: sampleRate, measured: meter.loudness, target: encoding.loudness, outputRate: encoder.sampleRate)
    let thread = EncoderThread(encoder)
    let loudness: Loudness
    do {
      loudness = try mastering.run(spool) { block in try thread.encode(block) }
    } catch let error as AudioFileError {
      thread.abandon()
      throw error
    } catch {
      thread.abandon()
      throw job.failure("\(error)")
    }
    try thread.finish()
    try verify(file.url, chapters: chapters.count)
    try file.commit(to: destination)
    return WrittenAudio(loudness: loudness)
  }

  /// Reads the written file back: it must be the format it claims, as long as what went in (within 50 ms,
  /// for encoder padding) and list every chapter.
  private func verify(_ file: URL, chapters: Int) throws(AudioFileError) {
    let summary: AudioFileSummary
    do {
      summary = try format.summary(of: file, measuringLoudness: false)
    } catch {
      throw .unwritable(path: destination.path, reason: "the written file does not read back: \(error.reason)")
    }
    let expected = Double(spool.sampleCount) / Double(sampleRate)
    guard abs(summary.duration - expected) < 0.05 else {
      throw .unwritable(
        path: destination.path,
        reason: String(format: "the written file lasts %.3f s instead of %.3f s", summary.duration, expected))
    }
    guard summary.chapters.count == chapters else {
      throw .unwritable(
        path: destination.path,
        reason: "the written file lists \(summary.chapters.count) of its \(chapters) chapters")
    }
  }
}

/// What writing a file produced beyond the file itself.
public struct WrittenAudio: Sendable, Equatable {
  /// The loudness of the mastered audio, before encoding.
  public var loudness: Loudness
}
