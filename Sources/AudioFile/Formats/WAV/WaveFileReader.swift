import CSndFile
import Foundation

/// Reads back a WAV file: format and length through libsndfile, INFO tags, cue points, and the
/// `LIST/adtl` chunk (chapter titles and lengths).
enum WaveFileReader {
  /// The summary of the WAV file at `file`.
  static func summary(of file: URL) throws(AudioFileError) -> AudioFileSummary {
    let chunks = try RIFFChunks(file: file)
    var info = SF_INFO()
    guard let handle = sf_open(file.path, Int32(SFM_READ), &info) else {
      throw .unreadable(path: file.path, reason: String(cString: sf_strerror(nil)))
    }
    defer { sf_close(handle) }
    func string(_ kind: Int32) -> String? { sf_get_string(handle, kind).map { String(cString: $0) } }
    let tags = AudioTags(
      title: string(Int32(SF_STR_TITLE)), artist: string(Int32(SF_STR_ARTIST)), date: string(Int32(SF_STR_DATE)),
      comment: string(Int32(SF_STR_COMMENT)), software: string(Int32(SF_STR_SOFTWARE)))

    let labels = try chunks.cueLabels()
    let cues = cuePoints(handle).sorted { $0.offset < $1.offset }
    let chapters = cues.enumerated().map { index, cue in
      let label = labels.first { $0.cueID == cue.id }
      let end = index + 1 < cues.count ? cues[index + 1].offset : Int64(info.frames)
      let length = label?.sampleLength.map(Int64.init) ?? (end - cue.offset)
      return ChapterMark(title: label?.label ?? "", startSample: cue.offset, sampleCount: length)
    }
    return AudioFileSummary(
      path: file.path, format: .wav, encoding: formatName(info.format), sampleRate: Int(info.samplerate),
      channels: Int(info.channels), frames: Int64(info.frames), tags: tags, chapters: chapters)
  }

  private static func cuePoints(_ handle: OpaquePointer) -> [(id: UInt32, offset: Int64)] {
    var count: UInt32 = 0
    guard sf_command(handle, Int32(SFC_GET_CUE_COUNT), &count, Int32(MemoryLayout<UInt32>.size)) == SF_TRUE,
      count > 0
    else { return [] }
    let cues = CuePointBuffer(capacity: Int(count))
    guard sf_command(handle, Int32(SFC_GET_CUE), cues.storage, cues.byteCount) == SF_TRUE else { return [] }
    return (0..<cues.count).map { (UInt32(bitPattern: cues[$0].indx), Int64(cues[$0].sample_offset)) }
  }

  /// libsndfile's names for the container and the encoding: "WAV (Microsoft) / Signed 16 bit PCM".
  static func formatName(_ format: Int32) -> String {
    func name(_ command: Int32, _ value: Int32) -> String {
      var info = SF_FORMAT_INFO()
      info.format = value
      guard sf_command(nil, command, &info, Int32(MemoryLayout<SF_FORMAT_INFO>.size)) == 0, let name = info.name
      else { return "unknown" }
      return String(cString: name)
    }
    let major = name(Int32(SFC_GET_FORMAT_INFO), format & Int32(SF_FORMAT_TYPEMASK))
    let subtype = name(Int32(SFC_GET_FORMAT_INFO), format & Int32(SF_FORMAT_SUBMASK))
    return "\(major) / \(subtype)"
  }
}
