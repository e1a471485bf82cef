/// Titles for chapters that have no heading of their own.
enum ChapterTitle {
  /// The fixed title of the chapter with kicker, headline and dateline.
  static let titleBlock = "Titel"
  /// The fixed title of the lead's chapter.
  static let lead = "Vorspann"
  /// The fixed titles of the spoken intro and outro a feed may add.
  static let intro = "Einleitung"
  static let outro = "Abspann"
  /// About how many characters a first-words title keeps.
  static let firstWordsLength = 40

  /// The first words of `text`, cut at a word boundary near `limit` characters, with "…" when cut.
  static func firstWords(of text: String, limit: Int = firstWordsLength) -> String {
    let words = text.split(whereSeparator: \.isWhitespace)
    var title = ""
    for word in words {
      let candidate = title.isEmpty ? String(word) : title + " " + word
      if candidate.count > limit && !title.isEmpty { return trimmed(title) + "…" }
      title = candidate
    }
    return title.count > limit ? String(title.prefix(limit)) + "…" : title
  }

  private static func trimmed(_ title: String) -> String {
    var title = Substring(title)
    while let last = title.last, ",;:–-".contains(last) { title = title.dropLast() }
    return String(title)
  }
}
