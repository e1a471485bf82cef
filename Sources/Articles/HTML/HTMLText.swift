/// Text as it comes out of HTML: runs of white space are one space; line breaks from `<br>` are kept
/// as a marker until paragraphs are cut.
enum HTMLText {
  /// Stands for a `<br>` while text is collected.
  static let lineBreak: Character = "\u{2028}"

  /// `text` with every run of white space (not the no-break space) as one space, trimmed.
  static func collapsingWhiteSpace(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for character in text {
      if character.isWhitespace && character != "\u{00A0}" && character != lineBreak {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(character)
      }
    }
    return result
  }

  /// The paragraphs in collected `text`: two or more line breaks in a row cut a paragraph, one is a space.
  static func paragraphs(_ text: String) -> [String] {
    var paragraphs: [String] = []
    var current = ""
    var breaks = 0
    func finish() {
      let paragraph = collapsingWhiteSpace(current)
      if !paragraph.isEmpty { paragraphs.append(paragraph) }
      current = ""
    }
    for character in text {
      if character == lineBreak {
        breaks += 1
        continue
      }
      if breaks >= 2 { finish() } else if breaks == 1 { current.append(" ") }
      breaks = 0
      current.append(character)
    }
    finish()
    return paragraphs
  }
}
