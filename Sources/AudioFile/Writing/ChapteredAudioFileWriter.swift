import Failures
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
    guard let meter = LoudnessMeter(sampleRate: sampleRate) else {
      throw .unwritable(path: destination.path, reason: "cannot measure the loudness at \(sampleRate) Hz")
    }
    self.meter = meter
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
    try spool.finishWriting()
    let file = try TemporaryAudioFile(for: destination)
    let job = EncodingJob(
      file: file, destination: destination, sourceRate: sampleRate, sampleCount: spool.sampleCount,
      chapters: chapters, tags: tags, encoding: encoding)
    let encoder = try makeEncoder(job)
    let mastering = Mastering(
      sourceRate: sampleRate, measured: meter.loudness, target: encoding.loudness, outputRate: encoder.sampleRate)
    let loudness: Loudness
    do {
      if let segmented = encoder as? SegmentedAudioEncoder,
        let split = try silentBreak(near: chapters, alignment: segmented.segmentAlignment, rate: encoder.sampleRate)
      {
        loudness = try encodeInHalves(segmented, mastering, split: split)
      } else {
        loudness = try encodePipelined(encoder, mastering)
      }
    } catch let error as AudioFileError {
      throw error
    } catch {
      throw job.failure(error.oneLine)
    }
    try verify(file.url, chapters: chapters.count)
    try file.commit(to: destination)
    return WrittenAudio(loudness: loudness)
  }

  /// Mastering on this thread, encoding on another; audio that passes unchanged goes straight in.
  private func encodePipelined(_ encoder: AudioEncoder, _ mastering: Mastering) throws -> Loudness {
    if mastering.isIdentity, let pcm = encoder as? PCMAudioEncoder {
      try spool.replay { block in try pcm.encode(pcm: block) }
      try pcm.finish()
      return Loudness(integrated: nil, truePeak: nil)
    }
    let thread = EncoderThread(encoder)
    let meter = mastering.makeMeter()
    let peak: Float?
    do {
      peak = try mastering.run(spool, meter: meter) { block in try thread.encode(block) }
    } catch {
      thread.abandon()
      throw error
    }
    try thread.finish()
    return Self.loudness([meter].compactMap { $0 }, peaks: [peak])
  }

  /// The two halves of the spool, before and after `split` (a source sample), each mastered and encoded
  /// on a core of its own; the second encoder's output joins the first's.
  private func encodeInHalves(_ encoder: SegmentedAudioEncoder, _ mastering: Mastering, split: Int64) throws -> Loudness
  {
    nonisolated(unsafe) let second = try encoder.secondSegment()
    nonisolated(unsafe) let meters = [mastering.makeMeter(), mastering.makeMeter()]
    let secondDone = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var secondResult: Result<Float?, Error> = .success(nil)
    nonisolated(unsafe) let spool = self.spool
    let thread = Thread {
      secondResult = Result {
        let peak = try mastering.run(spool, from: split, meter: meters[1]) { block in try second.encode(block) }
        try second.finish()
        return peak
      }
      secondDone.signal()
    }
    thread.stackSize = 1 << 20
    thread.start()
    // The first half is cut or padded to exactly its share of the encoder's samples, ending on a frame.
    let share = split * Int64(encoder.sampleRate) / Int64(sampleRate)
    var fed: Int64 = 0
    let firstPeak: Float?
    do {
      firstPeak = try mastering.run(spool, to: split, meter: meters[0]) { block in
        let take = Int(max(0, min(Int64(block.count), share - fed)))
        if take > 0 { try encoder.encode(UnsafeBufferPointer(rebasing: block[0..<take])) }
        fed += Int64(take)
      }
      if fed < share {
        let silence = [Float](repeating: 0, count: Int(share - fed))
        try silence.withUnsafeBufferPointer { try encoder.encode($0) }
      }
    } catch {
      secondDone.wait()
      throw error
    }
    secondDone.wait()
    let secondPeak = try secondResult.get()
    try encoder.finish()
    return Self.loudness(meters.compactMap { $0 }, peaks: [firstPeak, secondPeak])
  }

  /// The break for two halves: the chapter start nearest the middle (within its middle half) that falls
  /// in silence, moved back to a sample the halves can meet on; nil for audio under a minute or without one.
  private func silentBreak(near chapters: [ChapterMark], alignment: Int, rate: Int) throws -> Int64? {
    let total = spool.sampleCount
    guard total >= Int64(sampleRate) * 60 else { return nil }
    func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
    let unit = Int64(alignment * sampleRate / gcd(alignment * sampleRate, rate))
    let middle = total / 2
    let candidates = chapters.map { $0.startSample / unit * unit }
      .filter { $0 > total / 4 && $0 < total * 3 / 4 }
      .sorted { abs($0 - middle) < abs($1 - middle) }
    for candidate in candidates where try spool.isSilent(before: candidate, count: sampleRate / 25) {
      return candidate
    }
    return nil
  }

  /// The mastered audio's loudness from its meters and the limiters' peaks (unmeasured without them).
  private static func loudness(_ meters: [LoudnessMeter], peaks: [Float?]) -> Loudness {
    let integrated = meters.isEmpty ? nil : LoudnessMeter.combined(meters).integrated
    let peak = peaks.compactMap { $0 }.max().map { 20 * log10(Double(max($0, 1e-9))) }
    return Loudness(integrated: integrated, truePeak: peak)
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
