/// One caption: written text of at most two lines, shown from `start` to `end` (milliseconds).
public struct CaptionCue: Sendable, Equatable {
  /// When it appears.
  public var start: Int
  /// When it goes.
  public var end: Int
  /// Its lines.
  public var lines: [String]

  /// The longest line a caption has, in characters (the usual broadcast limit).
  public static let lineLength = 42
  /// The most lines a caption has.
  public static let maxLines = 2
  /// The longest a caption stays, in milliseconds.
  public static let maxDuration = 7000

  /// `text` broken into lines of at most `lineLength` characters at spaces (a longer word stands alone).
  static func lines(of text: String) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if line.isEmpty {
        line = String(word)
      } else if line.count + 1 + word.count <= lineLength {
        line += " " + word
      } else {
        lines.append(line)
        line = String(word)
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}
