import Foundation

/// Writes 16-bit PCM WAV with its header chunks built here, for the files libsndfile cannot write: RF64
/// (libsndfile's RF64 writer drops the `cue ` and `LIST` chunks) and headers past the 100 KiB libsndfile
/// grows them to (about 600 chapters; it then silently drops chunks). The layout is `fmt `, `LIST/INFO`,
/// `data`, then `cue ` and `LIST/adtl` after the samples: libsndfile's reader also refuses headers past
/// 100 KiB, while it and ffmpeg both find chapter chunks that follow `data` (RF64 keeps them before).
final class WaveHeaderEncoder: PCMAudioEncoder {
  let sampleRate: Int
  private let job: EncodingJob
  private var block: [Int16] = []
  private let trailer: [UInt8]

  init(_ job: EncodingJob, rf64: Bool) throws(AudioFileError) {
    self.job = job
    sampleRate = job.sourceRate
    // Vorleser's reader finds RF64's chunks only before `data` (its size there is in `ds64`).
    let layout = Self.layout(job, rf64: rf64, chaptersAfterData: !rf64)
    trailer = layout.trailer
    try write(layout.header)
  }

  /// The chunks before the samples, in libsndfile's layout (to tell how big libsndfile's header would be).
  static func header(_ job: EncodingJob, rf64: Bool) -> [UInt8] {
    layout(job, rf64: rf64, chaptersAfterData: false).header
  }

  /// Everything before the samples, and the chunks after them.
  private static func layout(
    _ job: EncodingJob, rf64: Bool, chaptersAfterData: Bool
  ) -> (header: [UInt8], trailer: [UInt8]) {
    let dataSize = UInt64(job.sampleCount) * 2
    var chunks: [UInt8] = []
    var format = [UInt8]()
    format += le16(1) + le16(1) + le32(UInt32(job.sourceRate)) + le32(UInt32(job.sourceRate * 2)) + le16(2) + le16(16)
    chunks += chunk("fmt ", format)
    let tags = job.tags
    var info = Array("INFO".utf8)
    for (id, value) in [
      ("INAM", tags.title), ("IART", tags.artist), ("IPRD", tags.album), ("ICRD", tags.date), ("ICMT", tags.comment),
      ("ISFT", tags.software),
    ] {
      if let value, !value.isEmpty { info += chunk(id, Array(value.utf8.filter { $0 != 0 }) + [0]) }
    }
    if info.count > 4 { chunks += chunk("LIST", info) }
    var trailer: [UInt8] = []
    if !job.chapters.isEmpty {
      var cues = le32(UInt32(job.chapters.count))
      for (index, chapter) in job.chapters.enumerated() {
        let position = UInt32(clamping: chapter.startSample)
        cues += le32(UInt32(index + 1)) + le32(position) + Array("data".utf8) + le32(0) + le32(0) + le32(position)
      }
      let labels = CueLabelList.encode(
        job.chapters.enumerated().map { index, chapter in
          .init(cueID: UInt32(index + 1), label: chapter.title, sampleLength: UInt32(clamping: chapter.sampleCount))
        })
      if chaptersAfterData {
        trailer = chunk("cue ", cues) + chunk("LIST", labels)
      } else {
        chunks += chunk("cue ", cues) + chunk("LIST", labels)
      }
    }
    guard rf64 else {
      let riffSize = UInt32(clamping: 4 + chunks.count + 8 + Int(dataSize) + Int(dataSize & 1) + trailer.count)
      let header =
        Array("RIFF".utf8) + le32(riffSize) + Array("WAVE".utf8) + chunks + Array("data".utf8) + le32(UInt32(dataSize))
      return (header, trailer)
    }
    // RF64: the 32-bit sizes say 0xFFFFFFFF; `ds64` holds the real ones.
    let riffSize = UInt64(4 + 8 + 28 + chunks.count + 8 + trailer.count) + dataSize + (dataSize & 1)
    let ds64 = le64(riffSize) + le64(dataSize) + le64(UInt64(job.sampleCount)) + le32(0)
    let header =
      Array("RF64".utf8) + le32(UInt32.max) + Array("WAVE".utf8) + chunk("ds64", ds64) + chunks + Array("data".utf8)
      + le32(UInt32.max)
    return (header, trailer)
  }

  func encode(_ samples: UnsafeBufferPointer<Float>) throws(AudioFileError) {
    if block.count != samples.count { block = [Int16](repeating: 0, count: samples.count) }
    block.withUnsafeMutableBufferPointer { out in
      for index in 0..<samples.count { out[index] = Int16(clamping: lrintf(samples[index] * 32768)).littleEndian }
    }
    let bytes = block.withUnsafeBytes { Array($0) }
    try write(bytes)
  }

  func encode(pcm samples: UnsafeBufferPointer<Int16>) throws(AudioFileError) {
    try write(samples.map(\.littleEndian).withUnsafeBytes { Array($0) })
  }

  func finish() throws(AudioFileError) {
    if job.sampleCount & 1 == 1 { try write([0]) }
    try write(trailer)
  }

  private func write(_ bytes: [UInt8]) throws(AudioFileError) {
    let failure: AudioFileError? = bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = Foundation.write(job.file.descriptor, raw.baseAddress! + offset, raw.count - offset)
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return job.failure(String(cString: strerror(errno))) }
        offset += written
      }
      return nil
    }
    if let failure { throw failure }
  }

  private static func chunk(_ id: String, _ body: [UInt8]) -> [UInt8] {
    Array(id.utf8) + le32(UInt32(body.count)) + body + (body.count & 1 == 1 ? [0] : [])
  }

  private static func le16(_ value: UInt16) -> [UInt8] { withUnsafeBytes(of: value.littleEndian) { Array($0) } }
  private static func le32(_ value: UInt32) -> [UInt8] { withUnsafeBytes(of: value.littleEndian) { Array($0) } }
  private static func le64(_ value: UInt64) -> [UInt8] { withUnsafeBytes(of: value.littleEndian) { Array($0) } }
}
