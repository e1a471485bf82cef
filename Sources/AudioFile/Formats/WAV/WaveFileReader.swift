import CSndFile
import Foundation

/// Reads back a WAV file: format, length and INFO tags through libsndfile, the `cue ` points and the
/// `LIST/adtl` chunk (chapter titles and lengths) from the file's chunks (libsndfile skips them in RF64).
enum WaveFileReader {
  /// The summary of the WAV file at `file`; the loudness only when `measuringLoudness`.
  static func summary(of file: URL, measuringLoudness: Bool) throws(AudioFileError) -> AudioFileSummary {
    let chunks = try RIFFChunks(file: file)
    if let damage = chunks.damage { throw .unreadable(path: file.path, reason: "a damaged WAV file: \(damage)") }
    var info = SF_INFO()
    guard let handle = sf_open(file.path, Int32(SFM_READ), &info) else {
      throw .unreadable(path: file.path, reason: String(cString: sf_strerror(nil)))
    }
    defer { sf_close(handle) }
    func string(_ kind: Int32) -> String? { sf_get_string(handle, kind).map { String(cString: $0) } }
    let tags = AudioTags(
      title: string(Int32(SF_STR_TITLE)), artist: string(Int32(SF_STR_ARTIST)), album: string(Int32(SF_STR_ALBUM)),
      date: string(Int32(SF_STR_DATE)), comment: string(Int32(SF_STR_COMMENT)),
      software: string(Int32(SF_STR_SOFTWARE)))

    let labels = try chunks.cueLabels()
    let cues = try chunks.cuePoints().sorted { $0.offset < $1.offset }
    let labelsByCue = Dictionary(labels.map { ($0.cueID, $0) }, uniquingKeysWith: { first, _ in first })
    let chapters = cues.enumerated().map { index, cue in
      let label = labelsByCue[cue.id]
      let end = index + 1 < cues.count ? cues[index + 1].offset : Int64(info.frames)
      let length = label?.sampleLength.map(Int64.init) ?? (end - cue.offset)
      return ChapterMark(title: label?.label ?? "", startSample: cue.offset, sampleCount: length)
    }
    let loudness = measuringLoudness ? try DecodedAudio(file, measuringLoudness: true).loudness : nil
    return AudioFileSummary(
      path: file.path, format: .wav, encoding: DecodedAudio.formatName(info.format), sampleRate: Int(info.samplerate),
      channels: Int(info.channels), frames: Int64(info.frames), bitrate: nil, tags: tags, chapters: chapters,
      loudness: loudness)
  }
}
