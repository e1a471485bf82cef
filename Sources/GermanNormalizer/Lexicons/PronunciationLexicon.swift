import DataTables

/// Words espeak-ng reads wrong and how to read them: a respelling, or espeak-ng phonemes in `[[...]]`.
///
/// The project ships `voices/lexicon/de.tsv`; publishers add or override entries with their own files.
public struct PronunciationLexicon: Sendable, Equatable {
  private var exact: [String: String] = [:]
  private var folded: [String: String] = [:]
  /// The first two bytes of every word, lower-cased, and the longest word in bytes: most words of a text
  /// are ruled out by these alone.
  private var prefixes: Set<UInt32> = []
  private var longest = 0
  private static let endings = ["s", "es", "n", "en", "e", "er", "ern", "em"]

  /// A lexicon without entries.
  public static let empty = PronunciationLexicon()

  /// How many entries the lexicon holds.
  public var count: Int { exact.count }

  private init() {}

  /// The entries of the tab-separated `text` (`word<TAB>reading`, `#` comments); `file` names it in errors.
  public init(parsing text: String, file: String) throws(LexiconError) {
    let table = try DataTable(text: text, file: file, columns: 1...Int.max)
    for row in table.rows {
      let problem: String? =
        if row.fields.count != 2 {
          "expected a word, a tab and its reading"
        } else if row.fields[0].contains(" ") {
          "the word must be one word"
        } else if row.fields[1].isEmpty {
          "the reading is empty"
        } else if row.fields[1].hasPrefix("[[") != row.fields[1].hasSuffix("]]") {
          "phonemes must be written as [[...]]"
        } else {
          nil
        }
      if let problem { throw table.error(row, problem) }
      let (word, reading) = (row.fields[0], row.fields[1])
      exact[word] = reading
      folded[word.lowercased()] = reading
      prefixes.insert(Self.prefix(of: word))
      longest = max(longest, word.utf8.count)
    }
  }

  /// This lexicon with the entries of `other` added; `other` wins where both have a word.
  public func merging(_ other: PronunciationLexicon) -> PronunciationLexicon {
    var merged = self
    merged.exact.merge(other.exact) { _, new in new }
    merged.folded.merge(other.folded) { _, new in new }
    merged.prefixes.formUnion(other.prefixes)
    merged.longest = max(longest, other.longest)
    return merged
  }

  /// The reading of `word`: case-sensitive first, then ignoring case, then an inflected form of an entry
  /// ("Selenskyjs" from "Selenskyj") with its ending kept.
  func reading(of word: String) -> String? {
    guard word.utf8.count <= longest + 3, prefixes.contains(Self.prefix(of: word)) else { return nil }
    if let reading = exact[word] ?? folded[word.lowercased()] { return reading }
    let length = word.utf8.count
    for ending in Self.endings where length > ending.utf8.count + 2 && word.hasSuffix(ending) {
      let stem = String(word.dropLast(ending.count))
      guard let reading = exact[stem] ?? folded[stem.lowercased()] else { continue }
      return reading.hasSuffix("]]") ? reading.dropLast(2) + ending + "]]" : reading + ending
    }
    return nil
  }
}

extension PronunciationLexicon {
  /// The first three UTF-8 bytes of `word` (fewer for shorter words), ASCII capitals lower-cased; other
  /// bytes are kept as they are, so a word with a non-ASCII capital there only matches as written.
  fileprivate static func prefix(of word: String) -> UInt32 {
    var key: UInt32 = 0
    for byte in word.utf8.prefix(3) {
      key = key << 8 | UInt32((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
    }
    return key
  }
}

/// A line of a lexicon file that cannot be used: `FILE:LINE: reason`.
public typealias LexiconError = DataTableError
