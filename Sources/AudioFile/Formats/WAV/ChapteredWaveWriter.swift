import CSndFile
import Foundation

/// Writes one mono 16-bit WAV file with INFO tags and chapter markers, safely.
///
/// Samples are streamed to an unnamed spool while they are synthesized; `finish` then writes the WAV
/// with libsndfile — `LIST/INFO`, `cue ` points (SFC_SET_CUE) and the `LIST/adtl` labels, all before
/// `data` so that a reader streaming from a pipe sees them — into a temporary file beside the
/// destination, and renames it into place. A failure or Ctrl-C never leaves a partial file under the
/// destination's name.
public final class ChapteredWaveWriter: ChapteredAudioWriter {
  /// Where the finished file goes.
  public let destination: URL
  /// Samples per second.
  public let sampleRate: Int
  private let spool: SampleSpool

  /// A writer for `destination` at `sampleRate`; the destination's folder must exist.
  public init(destination: URL, sampleRate: Int) throws(AudioFileError) {
    self.destination = destination
    self.sampleRate = sampleRate
    spool = try SampleSpool(in: destination.deletingLastPathComponent())
  }

  /// How many samples were written so far: the position the next sample lands at.
  public var sampleCount: Int64 { spool.sampleCount }

  /// Appends samples.
  public func write(_ samples: UnsafeBufferPointer<Int16>) throws(AudioFileError) {
    try spool.append(samples)
  }

  /// Appends `milliseconds` of silence.
  public func writeSilence(milliseconds: Int) throws(AudioFileError) {
    try spool.appendSilence(milliseconds * sampleRate / 1000)
  }

  /// Writes the WAV file with `tags` and a marker for each of `chapters` and moves it into place.
  public func finish(chapters: [ChapterMark], tags: AudioTags) throws(AudioFileError) {
    let temporary = TemporaryAudioFile.url(for: destination)
    do throws(AudioFileError) {
      try writeWave(to: temporary, chapters: chapters, tags: tags)
      guard rename(temporary.path, destination.path) == 0 else {
        throw AudioFileError.unwritable(path: destination.path, reason: String(cString: strerror(errno)))
      }
    } catch {
      unlink(temporary.path)
      throw error
    }
  }

  private func writeWave(to file: URL, chapters: [ChapterMark], tags: AudioTags) throws(AudioFileError) {
    var info = SF_INFO()
    info.samplerate = Int32(sampleRate)
    info.channels = 1
    info.format = Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_16)
    guard let handle = sf_open(file.path, Int32(SFM_WRITE), &info) else {
      throw .unwritable(path: destination.path, reason: String(cString: sf_strerror(nil)))
    }
    var closed = false
    defer { if !closed { sf_close(handle) } }
    func failure(_ what: String) -> AudioFileError {
      .unwritable(path: destination.path, reason: "\(what): \(String(cString: sf_strerror(handle)))")
    }

    let strings: [(Int32, String?)] = [
      (Int32(SF_STR_TITLE), tags.title), (Int32(SF_STR_ARTIST), tags.artist), (Int32(SF_STR_DATE), tags.date),
      (Int32(SF_STR_COMMENT), tags.comment), (Int32(SF_STR_SOFTWARE), tags.software),
    ]
    for case (let kind, let value?) in strings where !value.isEmpty {
      guard sf_set_string(handle, kind, value) == 0 else { throw failure("INFO tag") }
    }
    if !chapters.isEmpty {
      try setCues(chapters, on: handle, failure: failure)
      var list = CueLabelList.encode(
        chapters.enumerated().map { index, chapter in
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
    do {
      try spool.replay { block in
        guard sf_write_short(handle, block.baseAddress, sf_count_t(block.count)) == block.count else {
          throw failure("audio data")
        }
      }
    } catch let error as AudioFileError {
      throw error
    } catch {
      throw .unwritable(path: destination.path, reason: "\(error)")
    }
    closed = true
    guard sf_close(handle) == 0 else { throw .unwritable(path: destination.path, reason: "closing the file") }
  }

  /// One `cue ` point per chapter; position and sample offset are both the chapter's first sample.
  private func setCues(
    _ chapters: [ChapterMark], on handle: OpaquePointer, failure: (String) -> AudioFileError
  ) throws(AudioFileError) {
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
}
