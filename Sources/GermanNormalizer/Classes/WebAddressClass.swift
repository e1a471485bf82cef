/// Web and mail addresses, handles and hashtags: "www.tagesschau.de" → "we we we Punkt tagesschau Punkt de e",
/// "redaktion@beispiel.de" → "redaktion ätt beispiel Punkt de e", "@tagesschau" → "ätt tagesschau",
/// "#Wahl2025" → "Hashtag Wahl zweitausendfünfundzwanzig". Hyphens are "Bindestrich", a short path is read
/// with "Schrägstrich" ("ndr.de/sport"), the scheme and a query are not read.
struct WebAddressClass: SemioticClass {
  let name = "web address"
  let priority = 30
  private static let topLevelDomains: Set<String> = [
    "de", "at", "ch", "com", "org", "net", "eu", "info", "io", "gov", "edu", "uk", "fr", "it", "es", "nl", "be", "pl",
    "ru", "ua", "us", "int", "biz", "tv", "online", "news", "nrw", "berlin", "hamburg", "bayern", "koeln", "wien",
    "app", "shop",
  ]
  private static let spokenDomains: Set<String> = [
    "com", "org", "net", "info", "online", "news", "biz", "int", "gov", "edu", "berlin", "hamburg", "bayern", "koeln",
    "wien", "app", "shop",
  ]
  /// The most labels a host is read with.
  private static let mostLabels = 8
  /// A path segment longer than this, or one with digits, ends what is read of the path.
  private static let longestSpokenSegment = 20

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    Self.startsAddress(stream, at: index)
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let token = stream[index] else { return nil }
    if token.kind == .symbol, token.text == "@" || token.text == "#", let word = stream[index + 1], word.kind == .word,
      stream[index - 1]?.kind != .word
    {
      return handle(stream, at: index, lexicons)
    }
    guard token.kind == .word else { return nil }
    var cursor = index
    var prefix: [String] = []
    // A scheme is not read: "https://".
    if ["http", "https"].contains(token.text), stream.isSymbol(index + 1, ":"), stream.isSymbol(index + 2, "/"),
      stream.isSymbol(index + 3, "/")
    {
      cursor = index + 4
    }
    // Mail: local part, "@", host.
    if let at = localPartEnd(stream, from: cursor), stream.isSymbol(at, "@") {
      prefix = spokenPieces(stream, cursor..<at, lexicons.numbers) + ["ätt"]
      cursor = at + 1
    }
    guard let host = host(stream, from: cursor, lexicons.numbers) else { return nil }
    var end = host.end
    var path: [String] = []
    // A path of one short word is read ("ndr.de/sport"); longer paths and a query are not.
    if prefix.isEmpty, stream.isSymbol(end, "/"), let segment = stream[end + 1], segment.kind == .word,
      segment.text.count <= Self.longestSpokenSegment, segment.text == segment.text.lowercased(),
      stream[end + 2].map({
        $0.kind == .space || ",;)!?\"“”#".contains($0.text) || ($0.isSymbol(".") && stream[end + 3]?.kind != .word)
      }) ?? true
    {
      path = ["Schrägstrich", segment.text]
      end += 2
    }
    while let next = stream[end], next.kind != .space, !(next.kind == .symbol && ",;)!\"“”".contains(next.text)) {
      if next.isSymbol("."), stream[end + 1]?.kind != .word && stream[end + 1]?.kind != .number { break }
      if next.isSymbol("?"), stream[end + 1]?.kind != .word { break }
      end += 1
    }
    let spoken = (prefix + host.spoken + path).joined(separator: " ")
    return Verbalization(tokenCount: end - index, spoken: spoken, rule: prefix.isEmpty ? "web address" : "mail address")
  }

  /// Whether an address, a handle or a hashtag can start at `index`: "@" or "#" before a word, or a word before
  /// ".", "@", ":" ("https:"), or before words, numbers, "-" and "_" without space up to an "@" or a dot before a
  /// word ("paket-zustellung24.com", "leserbriefe2025@zeitung.de").
  static func startsAddress(_ stream: TokenStream, at index: Int) -> Bool {
    guard let token = stream[index] else { return false }
    if token.kind == .symbol { return (token.text == "@" || token.text == "#") && stream.isWord(index + 1) }
    guard token.kind == .word else { return false }
    if stream.isSymbol(index + 1, ".") || stream.isSymbol(index + 1, "@") || stream.isSymbol(index + 1, ":") {
      return true
    }
    var cursor = index + 1
    while cursor - index < 16, let piece = stream[cursor], piece.kind != .space {
      if piece.isSymbol("@") { return true }
      if piece.isSymbol("."), stream.isWord(cursor + 1) { return true }
      guard piece.kind == .word || piece.kind == .number || piece.isSymbol("-") || piece.isSymbol("_") else {
        return false
      }
      cursor += 1
    }
    return false
  }

  /// "@tagesschau" → "ätt tagesschau", "@DFB_Frauen" → "ätt de eff be Unterstrich Frauen", "#Wahl2025".
  private func handle(_ stream: TokenStream, at index: Int, _ lexicons: Lexicons) -> Verbalization {
    let isHandle = stream.isSymbol(index, "@")
    var parts = [isHandle ? "ätt" : "Hashtag"]
    var end = index + 1
    while end - index < TokenStream.reach, let piece = stream[end] {
      if piece.kind == .word {
        parts.append(
          piece.text.count > 1 && piece.text.allSatisfy(\.isUppercase)
            ? spelledAcronym(piece.text, lexicons) : piece.text)
      } else if piece.isSymbol("_"), stream[end + 1]?.kind == .word {
        parts.append("Unterstrich")
      } else {
        break
      }
      end += 1
    }
    // A number that follows ("#Wahl2025") is read on its own.
    let spoken = parts.joined(separator: " ") + (stream[end]?.kind == .number ? " " : "")
    return Verbalization(tokenCount: end - index, spoken: spoken, rule: isHandle ? "handle" : "hashtag")
  }

  private func spelledAcronym(_ text: String, _ lexicons: Lexicons) -> String {
    if case .words(let words) = lexicons.acronyms.reading(of: text) { return words }
    return text.map { LetterNames.name(of: $0) }.joined(separator: " ")
  }

  /// Where a mail address's local part ends: words and numbers joined by ".", "-" or "_".
  private func localPartEnd(_ stream: TokenStream, from index: Int) -> Int? {
    var cursor = index
    // A local part has few pieces; the bound keeps long runs of "a.a.a…" cheap.
    while cursor - index < 2 * Self.mostLabels, let token = stream[cursor] {
      if token.kind == .word || token.kind == .number {
        cursor += 1
      } else if token.kind == .symbol, ".-_".contains(token.text), cursor > index,
        stream[cursor + 1].map({ $0.kind == .word || $0.kind == .number }) == true
      {
        cursor += 1
      } else {
        break
      }
    }
    return cursor > index ? cursor : nil
  }

  /// The spoken pieces of an address part: words as words or spelled, numbers, "Punkt", "Bindestrich".
  private func spokenPieces(_ stream: TokenStream, _ range: Range<Int>, _ words: NumberWords) -> [String] {
    let numericOnly = range.allSatisfy { stream[$0]?.kind == .number }
    return range.compactMap { stream[$0] }.map { piece in
      switch piece.kind {
      case .word: return read(piece.text, words)
      case .number: return numericOnly ? words.digits(piece.text) : words.cardinal(piece.text)
      default: return [".": "Punkt", "-": "Bindestrich", "_": "Unterstrich"][piece.text] ?? ""
      }
    }
  }

  /// `label.label.tld` without spaces, with a known top-level domain and lower-case labels; a label is words and
  /// numbers, perhaps joined by hyphens ("kulturverein-bonn", "zustellung24").
  private func host(_ stream: TokenStream, from index: Int, _ words: NumberWords) -> (spoken: [String], end: Int)? {
    var labels: [Range<Int>] = []
    var cursor = index
    // Hosts have few labels; the bound keeps long runs of "a.a.a…" cheap.
    while cursor - index < TokenStream.reach, labels.count < Self.mostLabels {
      let start = cursor
      while cursor - index < TokenStream.reach, let piece = stream[cursor] {
        if piece.kind == .word || piece.kind == .number {
          cursor += 1
        } else if piece.isSymbol("-"), cursor > start,
          stream[cursor + 1].map({ $0.kind == .word || $0.kind == .number }) == true
        {
          cursor += 1
        } else {
          break
        }
      }
      guard cursor > start else { break }
      labels.append(start..<cursor)
      guard stream.isSymbol(cursor, "."), let next = stream[cursor + 1], next.kind == .word || next.kind == .number
      else { break }
      cursor += 1
    }
    guard labels.count >= 2, let last = labels.last, last.count == 1, let tld = stream[last.lowerBound]?.text,
      Self.topLevelDomains.contains(tld),
      labels.allSatisfy({ $0.allSatisfy { stream[$0]!.text == stream[$0]!.text.lowercased() } })
    else { return nil }
    var spoken: [String] = []
    for (offset, label) in labels.enumerated() {
      if offset > 0 { spoken.append("Punkt") }
      spoken += offset == labels.count - 1 ? [readDomain(tld)] : spokenPieces(stream, label, words)
    }
    return (spoken, cursor)
  }

  /// A label read as a word when pronounceable, else letter by letter ("www" → "we we we").
  private func read(_ label: String, _ words: NumberWords) -> String {
    if label.allSatisfy({ $0.isASCII && $0.isNumber }) { return words.digits(label) }
    let vowels = Set("aeiouäöüy")
    guard label.contains(where: { vowels.contains($0) }), label.count > 1 else {
      return label.map { LetterNames.name(of: $0) }.joined(separator: " ")
    }
    return label
  }

  private func readDomain(_ label: String) -> String {
    Self.spokenDomains.contains(label) ? label : label.map { LetterNames.name(of: $0) }.joined(separator: " ")
  }
}
