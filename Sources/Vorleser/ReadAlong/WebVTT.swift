/// WebVTT files (W3C WebVTT): captions in cues of written text, and a chapters track.
enum WebVTT {
  /// The captions file for `cues`.
  static func captions(_ cues: [CaptionCue]) -> String {
    var text = "WEBVTT\n"
    for (index, cue) in cues.enumerated() {
      text += "\n\(index + 1)\n\(timestamp(cue.start)) --> \(timestamp(cue.end))\n"
      text += cue.lines.map(escaped).joined(separator: "\n") + "\n"
    }
    return text
  }

  /// The chapters file (`kind="chapters"`) for chapter marks.
  static func chapters(_ chapters: [SpeechMark]) -> String {
    var text = "WEBVTT\n"
    for (index, chapter) in chapters.enumerated() {
      text += "\nchapter-\(index + 1)\n\(timestamp(chapter.time)) --> \(timestamp(chapter.endTime ?? chapter.time))\n"
      text += escaped(chapter.value.split(whereSeparator: \.isNewline).joined(separator: " ")) + "\n"
    }
    return text
  }

  /// "hh:mm:ss.ttt".
  static func timestamp(_ milliseconds: Int) -> String {
    let ms = max(0, milliseconds)
    let hours = ms / 3_600_000
    let minutes = ms / 60_000 % 60
    let seconds = ms / 1000 % 60
    return "\(twoDigits(hours)):\(twoDigits(minutes)):\(twoDigits(seconds)).\(String(1000 + ms % 1000).dropFirst())"
  }

  private static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : String(value)
  }

  /// Cue text with the three characters WebVTT reserves escaped (which also rules out "-->").
  private static func escaped(_ text: String) -> String {
    text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
  }
}
