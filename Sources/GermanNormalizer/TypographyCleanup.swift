/// Removes typography that espeak-ng would stumble over or read by name: quotation marks of every
/// style, zero-width and soft hyphen characters, and runs of white space.
struct TypographyCleanup {
  private static let quotationMarks: Set<Character> = [
    "\u{201C}", "\u{201D}", "\u{201E}", "\u{201A}", "\u{2018}", "\u{00AB}", "\u{00BB}", "\u{2039}",
    "\u{203A}", "\"",
  ]
  private static let invisible: Set<Character> = ["\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}"]

  /// `text` without quotation marks and invisible characters, with white space folded to one space.
  func clean(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for character in text {
      if Self.quotationMarks.contains(character) || Self.invisible.contains(character) { continue }
      if character.isWhitespace {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace {
        result.append(" ")
        pendingSpace = false
      }
      result.append(character)
    }
    return result
  }
}
