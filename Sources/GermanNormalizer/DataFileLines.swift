import Foundation

/// Reads the line-based data files shipped as resources: one entry a line, `#` starts a comment.
enum DataFileLines {
  /// The non-empty, non-comment lines of `text`, trimmed.
  static func entries(of text: String) -> [String] {
    text.split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
  }
}
