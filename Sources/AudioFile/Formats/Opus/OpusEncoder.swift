import COpusCodec
import Failures
import Foundation

/// Encodes mastered 48 kHz samples as Ogg Opus with libopus and libogg: mono, VBR at the bit rate asked,
/// tuned for voice, with Vorbis comments holding the tags and the `CHAPTERnnn` chapters.
///
/// A long stream is encoded in two halves at once, on two cores (`secondSegment`): the second half starts
/// at a silent chapter break with an encoder of its own, and its packets follow the first half's in the
/// one stream. The break loses the look-ahead (6.5 ms of the silence) and shifts nothing. libopusenc, the
/// usual front end, writes whole files only, so it cannot join halves: its two libraries are used here.
final class OpusEncoder: SegmentedAudioEncoder {
  /// The bit rate when none is asked for, kbit/s.
  static let defaultBitrate = 32
  /// libopus's complexity (0 fastest … 10 best); chosen by the benchmark (see the README).
  static let complexity: Int32 = 8
  /// The stream's serial number: fixed, so the same audio always gives the same bytes.
  static let serial: Int32 = 0x566F_726C

  let sampleRate = 48_000
  let segmentAlignment = OpusFrameEncoder.frame
  private let job: EncodingJob
  private let frames: OpusFrameEncoder
  /// The whole stream's pages (the first half), or nil for a second half, whose packets go to `spool`.
  private let pages: OggPageWriter?
  private let spool: PacketSpool?
  private var second: OpusEncoder?
  private let preskip: Int
  /// The last packet, held back until it is known whether it ends the stream.
  private var heldPacket: [UInt8]?
  private var packetsWritten: Int64 = 0

  init(_ job: EncodingJob) throws {
    self.job = job
    let bitrate = job.encoding.bitrate ?? Self.defaultBitrate
    guard (6...256).contains(bitrate) else { throw job.failure("Opus takes 6 to 256 kbit/s, not \(bitrate)") }
    frames = try OpusFrameEncoder(bitrate: bitrate, complexity: Self.complexity, failure: job.failure)
    preskip = frames.lookahead
    let pages = try OggPageWriter(serial: Self.serial, descriptor: job.file.descriptor, failure: job.failure)
    self.pages = pages
    spool = nil
    try Self.header(preskip: preskip, inputRate: job.sourceRate).withUnsafeBytes { bytes in
      try pages.add(bytes, granule: 0, flush: true)
    }
    try Self.comments(job).withUnsafeBytes { bytes in
      try pages.add(bytes, granule: 0, flush: true)
    }
  }

  /// The encoder of a second half.
  private init(secondHalfOf job: EncodingJob) throws {
    self.job = job
    frames = try OpusFrameEncoder(
      bitrate: job.encoding.bitrate ?? Self.defaultBitrate, complexity: Self.complexity, failure: job.failure)
    preskip = frames.lookahead
    pages = nil
    spool = try PacketSpool(in: job.destination.deletingLastPathComponent(), failure: job.failure)
  }

  func secondSegment() throws(AudioFileError) -> AudioEncoder {
    var second: OpusEncoder?
    try guarded { second = try OpusEncoder(secondHalfOf: job) }
    self.second = second
    return second!
  }

  func encode(_ samples: UnsafeBufferPointer<Float>) throws(AudioFileError) {
    try guarded { try frames.encode(samples, take) }
  }

  func finish() throws(AudioFileError) {
    try guarded(finishStream)
  }

  /// `body`, with any failure as one about this file.
  private func guarded(_ body: () throws -> Void) throws(AudioFileError) {
    do {
      try body()
    } catch let error as AudioFileError {
      throw error
    } catch {
      throw job.failure(error.oneLine)
    }
  }

  private func finishStream() throws {
    guard let pages else {
      // A second half: its look-ahead still inside the encoder, then its packets wait for the first half.
      try frames.drain(extra: preskip, take)
      if let heldPacket { try heldPacket.withUnsafeBytes { bytes in try spool?.append(bytes) } }
      return
    }
    if let second {
      // The first half ends on a frame boundary at the break; the second half's packets follow.
      guard !frames.hasPending else { throw job.failure("the halves do not meet on a frame boundary") }
      try second.spool?.replay(take)
    } else {
      try frames.drain(extra: preskip, take)
    }
    // The last packet's granule position trims the padding: pre-skip plus every sample that went in.
    let total = Int64(preskip) + frames.samples + (second?.frames.samples ?? 0)
    guard let last = heldPacket else { throw job.failure("Opus wrote no audio") }
    try last.withUnsafeBytes { bytes in try pages.add(bytes, granule: total, last: true) }
  }

  /// Takes a packet: the one held back goes out, this one is held.
  private func take(_ packet: UnsafeRawBufferPointer) throws {
    if let held = heldPacket {
      if let pages {
        packetsWritten += 1
        // Granule positions count decoded samples, the pre-skip among them.
        let granule = packetsWritten * Int64(OpusFrameEncoder.frame)
        try held.withUnsafeBytes { bytes in try pages.add(bytes, granule: granule) }
      } else {
        try held.withUnsafeBytes { bytes in try spool?.append(bytes) }
      }
    }
    heldPacket = Array(packet)
  }

  /// The `OpusHead` packet: version 1, mono, the pre-skip, the original rate, no gain, mapping family 0.
  private static func header(preskip: Int, inputRate: Int) -> [UInt8] {
    var head = Array("OpusHead".utf8) + [1, 1]
    withUnsafeBytes(of: UInt16(preskip).littleEndian) { head.append(contentsOf: $0) }
    withUnsafeBytes(of: UInt32(inputRate).littleEndian) { head.append(contentsOf: $0) }
    return head + [0, 0, 0]
  }

  /// The `OpusTags` packet: the standard comments, then `CHAPTERnnn=HH:MM:SS.mmm` and `CHAPTERnnnNAME=…`.
  private static func comments(_ job: EncodingJob) -> [UInt8] {
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
    func field(_ text: String) -> [UInt8] {
      let bytes = Array(text.utf8)
      return withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { Array($0) } + bytes
    }
    var packet = Array("OpusTags".utf8) + field(String(cString: vorleser_opus_codec_version()))
    withUnsafeBytes(of: UInt32(comments.count).littleEndian) { packet.append(contentsOf: $0) }
    for comment in comments { packet += field(comment) }
    return packet
  }
}
