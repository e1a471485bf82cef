import CSndFile
import Foundation

/// Writes mastered samples as 16-bit PCM WAV through libsndfile, with `LIST/INFO` tags, one `cue ` point
/// per chapter (SFC_SET_CUE) and the `LIST/adtl` labels, all before `data`, so that a reader streaming
/// the file from a pipe sees them. RF64 and very large headers go to `WaveHeaderEncoder`.
final class WAVEncoder: PCMAudioEncoder {
  /// The most bytes of samples a RIFF file can hold (its sizes are 32-bit), with room for the header;
  /// a task-local value, so that a test can lower it for the files it writes.
  @TaskLocal static var riffDataLimit: Int64 = Int64(UInt32.max) - 16 * 1024 * 1024

  let sampleRate: Int
  private let handle: OpaquePointer
  private let job: EncodingJob
  private var block: [Int16] = []

  init(_ job: EncodingJob) throws(AudioFileError) {
    self.job = job
    sampleRate = job.sourceRate
    var info = SF_INFO()
    info.samplerate = Int32(sampleRate)
    info.channels = 1
    info.format = Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_16)
    guard let handle = sf_open_fd(job.file.descriptor, Int32(SFM_WRITE), &info, 0) else {
      throw job.failure(String(cString: sf_strerror(nil)))
    }
    self.handle = handle
    do throws(AudioFileError) {
      try writeHeader()
    } catch {
      sf_close(handle)
      throw error
    }
  }

  private func failure(_ what: String) -> AudioFileError {
    job.failure("\(what): \(String(cString: sf_strerror(handle)))")
  }

  private func writeHeader() throws(AudioFileError) {
    let tags = job.tags
    let strings: [(Int32, String?)] = [
      (Int32(SF_STR_TITLE), tags.title), (Int32(SF_STR_ARTIST), tags.artist), (Int32(SF_STR_ALBUM), tags.album),
      (Int32(SF_STR_DATE), tags.date), (Int32(SF_STR_COMMENT), tags.comment), (Int32(SF_STR_SOFTWARE), tags.software),
    ]
    for case (let kind, let value?) in strings where !value.isEmpty {
      guard sf_set_string(handle, kind, value) == 0 else { throw failure("INFO tag") }
    }
    guard !job.chapters.isEmpty else { return }
    try setCues(job.chapters)
    var list = CueLabelList.encode(
      job.chapters.enumerated().map { index, chapter in
        .init(cueID: UInt32(index + 1), label: chapter.title, sampleLength: UInt32(clamping: chapter.sampleCount))
      })
    let status = list.withUnsafeMutableBytes { bytes in
      "LIST".withCString { id in
        var chunk = SF_CHUNK_INFO()
        withUnsafeMutableBytes(of: &chunk.id) { $0.copyMemory(from: UnsafeRawBufferPointer(start: id, count: 4)) }
        chunk.id_size = 4
        chunk.datalen = UInt32(bytes.count)
        chunk.data = bytes.baseAddress
        return sf_set_chunk(handle, &chunk)
      }
    }
    guard status == SF_ERR_NO_ERROR else { throw failure("chapter labels") }
  }

  /// One `cue ` point per chapter; position and sample offset are both the chapter's first sample.
  private func setCues(_ chapters: [ChapterMark]) throws(AudioFileError) {
    let cues = CuePointBuffer(capacity: chapters.count)
    let dataChunk = Int32(bitPattern: CueLabelList.readUInt32(Array("data".utf8), at: 0))
    for (index, chapter) in chapters.enumerated() {
      var point = SF_CUE_POINT()
      point.indx = Int32(index + 1)
      point.position = UInt32(clamping: chapter.startSample)
      point.fcc_chunk = dataChunk
      point.sample_offset = UInt32(clamping: chapter.startSample)
      cues[index] = point
    }
    guard sf_command(handle, Int32(SFC_SET_CUE), cues.storage, cues.byteCount) == SF_TRUE else {
      throw failure("cue points")
    }
  }

  func encode(_ samples: UnsafeBufferPointer<Float>) throws(AudioFileError) {
    // Samples that came in as 16-bit and passed unchanged convert back to exactly the same values.
    if block.count != samples.count { block = [Int16](repeating: 0, count: samples.count) }
    block.withUnsafeMutableBufferPointer { out in
      for index in 0..<samples.count { out[index] = Int16(clamping: lrintf(samples[index] * 32768)) }
    }
    let written = block.withUnsafeBufferPointer { sf_write_short(handle, $0.baseAddress, sf_count_t($0.count)) }
    guard written == block.count else { throw failure("audio data") }
  }

  func encode(pcm samples: UnsafeBufferPointer<Int16>) throws(AudioFileError) {
    guard sf_write_short(handle, samples.baseAddress, sf_count_t(samples.count)) == samples.count else {
      throw failure("audio data")
    }
  }

  func finish() throws(AudioFileError) {
    guard sf_close(handle) == 0 else { throw job.failure("closing the file") }
  }
}
