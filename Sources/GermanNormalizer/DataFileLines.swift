/// Reads the line-based data files shipped as resources: one entry a line, `#` starts a comment.
enum DataFileLines {
  /// The non-empty, non-comment lines of `text`, without leading and trailing spaces or tabs.
  static func entries(of text: String) -> [String] {
    // Split on UTF-8 bytes: the data files are read at every start, and Character splitting is slow.
    text.utf8.split(separator: UInt8(ascii: "\n")).compactMap { bytes in
      var line = Substring(decoding: bytes, as: UTF8.self)
      while let first = line.utf8.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
        line = line.dropFirst()
      }
      while let last = line.utf8.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\r") {
        line = line.dropLast()
      }
      return line.isEmpty || line.hasPrefix("#") ? nil : String(line)
    }
  }
}
