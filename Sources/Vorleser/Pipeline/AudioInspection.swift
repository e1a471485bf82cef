import AudioFile
import Failures
import Foundation

/// `vorleser inspect`: what an audio file Vorleser wrote holds.
public enum AudioInspection {
  /// The summary of the audio file at `path`, whichever format its content shows, with its loudness; the
  /// tags and chapter titles made safe to print (a file from elsewhere may carry escape sequences).
  public static func inspect(_ path: String) throws(AudioFileError) -> AudioFileSummary {
    var summary = try AudioFormat.summary(of: URL(fileURLWithPath: path), measuringLoudness: true)
    summary.tags = AudioTags(
      title: summary.tags.title?.printable, artist: summary.tags.artist?.printable,
      album: summary.tags.album?.printable, date: summary.tags.date?.printable,
      comment: summary.tags.comment?.printable, software: summary.tags.software?.printable)
    for index in summary.chapters.indices { summary.chapters[index].title = summary.chapters[index].title.printable }
    return summary
  }

  /// The speech marks written beside the audio file at `path` (`NAME.marks.json`).
  public static func marks(besides path: String) throws(ReadAlongError) -> SpeechMarksFile {
    let audio = URL(fileURLWithPath: path)
    let file = audio.deletingLastPathComponent().appendingPathComponent(
      ReadAlongFiles.Names(audio: audio.lastPathComponent).marks)
    guard let data = FileManager.default.contents(atPath: file.path) else {
      throw .missingMarks(path: file.path)
    }
    return try SpeechMarksFile.decode(data, source: file.path)
  }
}
