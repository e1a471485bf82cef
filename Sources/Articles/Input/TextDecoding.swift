import Foundation

/// Bytes that should be UTF-8 text, as text: valid UTF-8 as it is; mostly valid UTF-8 with its stray
/// bytes as U+FFFD (which is not spoken); Windows-1252 only when the bytes are not mostly UTF-8 (old
/// German web exports), so one stray byte never re-decodes a whole article ("MÃ¤nner").
enum TextDecoding {
  /// The text in `data`; nil when it is neither.
  static func text(_ data: Data) -> String? {
    if let text = String(data: data, encoding: .utf8) { return text }
    if isMostlyUTF8(data) { return String(decoding: data, as: UTF8.self) }
    return String(data: data, encoding: .windowsCP1252)
  }

  /// `data` as valid UTF-8 bytes, decoded as `text` decodes it; nil when it is neither.
  static func utf8(_ data: Data) -> Data? {
    if String(data: data, encoding: .utf8) != nil { return data }
    return text(data).map { Data($0.utf8) }
  }

  /// Whether the bytes beyond ASCII are mostly well-formed UTF-8 sequences: at least as many sequences
  /// of two to four bytes as stray bytes.
  static func isMostlyUTF8(_ data: Data) -> Bool {
    var sequences = 0
    var stray = 0
    var index = data.startIndex
    while index < data.endIndex {
      let byte = data[index]
      let length: Int =
        switch byte {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
      if length == 1 {
        index += 1
        continue
      }
      let end = index + length
      if length > 1, end <= data.endIndex, data[(index + 1)..<end].allSatisfy({ $0 & 0xC0 == 0x80 }) {
        sequences += 1
        index = end
      } else {
        stray += 1
        index += 1
      }
    }
    return sequences >= stray
  }
}
