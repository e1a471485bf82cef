import CSndFile
import Foundation

/// What is in a WAV file Vorleser wrote: format, length, INFO tags and chapters.
public struct WaveFileSummary: Sendable, Equatable, Codable {
  /// The file's path.
  public var path: String
  /// libsndfile's name for the container and encoding ("WAV (Microsoft) / Signed 16 bit PCM").
  public var format: String
  /// Samples per second.
  public var sampleRate: Int
  /// Channels.
  public var channels: Int
  /// Samples per channel.
  public var frames: Int64
  /// The INFO tags.
  public var tags: WaveTags
  /// The chapters, in order of their start.
  public var chapters: [ChapterMark]

  /// The length in seconds.
  public var duration: Double { sampleRate > 0 ? Double(frames) / Double(sampleRate) : 0 }

  /// Reads the file at `file` through libsndfile (format, length, tags, cue points) and the
  /// `LIST/adtl` chunk (chapter titles and lengths).
  public init(file: URL) throws(AudioFileError) {
    let chunks = try RIFFChunks(file: file)
    var info = SF_INFO()
    guard let handle = sf_open(file.path, Int32(SFM_READ), &info) else {
      throw .unreadable(path: file.path, reason: String(cString: sf_strerror(nil)))
    }
    defer { sf_close(handle) }
    path = file.path
    sampleRate = Int(info.samplerate)
    channels = Int(info.channels)
    frames = Int64(info.frames)
    format = Self.formatName(info.format)
    func string(_ kind: Int32) -> String? { sf_get_string(handle, kind).map { String(cString: $0) } }
    tags = WaveTags(
      title: string(Int32(SF_STR_TITLE)), artist: string(Int32(SF_STR_ARTIST)), date: string(Int32(SF_STR_DATE)),
      comment: string(Int32(SF_STR_COMMENT)), software: string(Int32(SF_STR_SOFTWARE)))

    let labels = try chunks.cueLabels()
    let cues = Self.cuePoints(handle).sorted { $0.offset < $1.offset }
    chapters = cues.enumerated().map { index, cue in
      let label = labels.first { $0.cueID == cue.id }
      let end = index + 1 < cues.count ? cues[index + 1].offset : Int64(info.frames)
      let length = label?.sampleLength.map(Int64.init) ?? (end - cue.offset)
      return ChapterMark(title: label?.label ?? "", startSample: cue.offset, sampleCount: length)
    }
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

  private static func formatName(_ format: Int32) -> String {
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
