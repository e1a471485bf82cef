import Foundation

/// Reads the line-based data files shipped as resources: one entry a line, `#` starts a comment.
enum DataFileLines {
  /// The non-empty, non-comment lines of `text`, trimmed.
  static func entries(of text: String) -> [String] {
    text.split(whereSeparator: \.isNewline)
      .map { line in String(line.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " }.reversed()) }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
  }
}
