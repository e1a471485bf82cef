/// Web and mail addresses, handles and hashtags: "www.tagesschau.de" → "we we we Punkt tagesschau Punkt de e",
/// "redaktion@beispiel.de" → "redaktion ätt beispiel Punkt de e", "@tagesschau" → "ätt tagesschau",
/// "#Wahl2025" → "Hashtag Wahl zweitausendfünfundzwanzig". Addresses with paths are read by their host only.
struct WebAddressClass: SemioticClass {
  let name = "web address"
  private static let topLevelDomains: Set<String> = [
    "de", "at", "ch", "com", "org", "net", "eu", "info", "io", "gov", "edu", "uk", "fr", "it", "es", "nl", "be", "pl",
    "ru", "ua", "us", "int", "biz", "tv", "online", "news",
  ]
  private static let spokenDomains: Set<String> = [
    "com", "org", "net", "info", "online", "news", "biz", "int", "gov", "edu",
  ]

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let token = stream[index] else { return nil }
    if token.kind == .symbol, token.text == "@" || token.text == "#", let word = stream[index + 1], word.kind == .word,
      stream[index - 1]?.kind != .word
    {
      // A number that follows ("#Wahl2025") is read on its own.
      let spoken =
        (token.text == "@" ? "ätt " : "Hashtag ") + word.text + (stream[index + 2]?.kind == .number ? " " : "")
      return Verbalization(tokenCount: 2, spoken: spoken, rule: token.text == "@" ? "handle" : "hashtag")
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
      prefix =
        (cursor..<at).compactMap { stream[$0] }.map { $0.kind == .word ? read($0.text, lexicons.numbers) : "Punkt" }
        + ["ätt"]
      cursor = at + 1
    }
    guard let host = host(stream, from: cursor) else { return nil }
    var end = host.end
    // A path or query after the host is not read.
    while let next = stream[end], next.kind != .space, !(next.kind == .symbol && ",;)!?\"“”".contains(next.text)) {
      if next.isSymbol("."), stream[end + 1]?.kind != .word && stream[end + 1]?.kind != .number { break }
      end += 1
    }
    let spoken =
      (prefix
      + host.parts.enumerated().map { offset, part in
        offset == host.parts.count - 1 ? readDomain(part) : read(part, lexicons.numbers)
      }.joined(separator: " Punkt ").split(separator: " ").map(String.init)).joined(separator: " ")
    return Verbalization(tokenCount: end - index, spoken: spoken, rule: prefix.isEmpty ? "web address" : "mail address")
  }

  private func localPartEnd(_ stream: TokenStream, from index: Int) -> Int? {
    var cursor = index
    while cursor - index < TokenStream.reach, let token = stream[cursor],
      token.kind == .word || (token.isSymbol(".") && stream[cursor + 1]?.kind == .word)
    {
      cursor += 1
    }
    return cursor > index ? cursor : nil
  }

  /// `word.word.tld` without spaces, with a known top-level domain and lower-case labels.
  private func host(_ stream: TokenStream, from index: Int) -> (parts: [String], end: Int)? {
    var parts: [String] = []
    var cursor = index
    while cursor - index < TokenStream.reach, let label = stream[cursor], label.kind == .word || label.kind == .number {
      parts.append(label.text)
      cursor += 1
      guard stream.isSymbol(cursor, "."), let next = stream[cursor + 1], next.kind == .word || next.kind == .number
      else { break }
      cursor += 1
    }
    guard parts.count >= 2, let tld = parts.last, Self.topLevelDomains.contains(tld),
      parts.allSatisfy({ $0 == $0.lowercased() })
    else { return nil }
    return (parts, cursor)
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
