import DataTables

/// Abbreviations from the lexicon: "z.B." and "z. B." → "zum Beispiel", "die sog. Experten" → "die
/// sogenannten Experten", "St. Gallen" → "Sankt Gallen", "S. 12" → "Seite zwölf". The abbreviation's dot is
/// not a sentence end unless the sentence really ends there.
struct AbbreviationClass: SemioticClass {
  let name = "abbreviation"
  let priority = 64

  static let streetSuffixes = WordTable.load("street-suffixes.tsv")

  let startKinds: Set<Token.Kind> = [.word]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    stream.isWord(index)
      && (stream.isSymbol(index + 1, ".") || lexicons.abbreviations.hasEntry(startingWith: stream.tokens[index].text))
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    if let street = street(stream, at: index) { return street }
    guard let (entry, length) = lexicons.abbreviations.match(in: stream, at: index) else { return nil }
    let after = index + length
    let nextWord = stream.word(after: after)
    let atEnd = stream.skippingSpace(from: after) >= stream.count
    var spoken = entry.spoken
    switch entry.kind {
    case .number:
      guard stream[stream.skippingSpace(from: after)]?.kind == .number else { return nil }
    case .name:
      if nextWord.map({ $0.text.first!.isUppercase }) != true { spoken = entry.alternative ?? spoken }
    case .adjective:
      guard let noun = nextWord else { break }
      let previous = stream.previousWord(before: index)
      // "der sog. Neuen Heimat": an adjective between takes the same ending.
      if let ending = AdjectiveEnding.copied(from: stream, at: noun.index) {
        spoken += ending.rawValue
        break
      }
      var gender = lexicons.nouns.gender(of: noun.text)
      if previous == "die", gender != .feminine { gender = .plural }
      if previous == "eine" || previous == "einer", gender == nil { gender = .feminine }
      spoken += Agreement.infer(previous: previous, gender: gender ?? .masculine).ordinalEnding.rawValue
    case .counted:
      spoken = countedForm(entry, stream, before: index)
    case .noun:
      // Genitive after "des", also across an ordinal: "des 19. Jh." → "des neunzehnten Jahrhunderts".
      var cursor = index - 1
      while index - cursor < TokenStream.reach, let token = stream[cursor],
        token.kind == .space || token.kind == .number || token.isSymbol(".")
      {
        cursor -= 1
      }
      if stream[cursor]?.text.lowercased() == "des" { spoken = entry.alternative ?? spoken }
    case .final, .plain:
      break
    }
    if entry.written.first!.isUppercase, stream.startsSentence(index) { spoken = spoken.capitalizedFirst }
    // The last dot ends the sentence too at the end of the text, and after "usw." before a new sentence.
    let keepsDot =
      stream.isSymbol(after - 1, ".")
      && (atEnd || (entry.kind == .final && nextWord.map { $0.text.first!.isUppercase } == true))
    return Verbalization(
      tokenCount: keepsDot ? length - 1 : length, spoken: spoken, rule: "abbreviation \(entry.written)")
  }
}

extension AbbreviationClass {
  /// A street abbreviated at its end: "Kantstr." → "Kantstraße", "Rathauspl." → "Rathausplatz"; a corner of two
  /// streets is "Ecke": "Hauptstr./Bahnhofstr." → "Hauptstraße Ecke Bahnhofstraße".
  func street(_ stream: TokenStream, at index: Int) -> Verbalization? {
    guard let word = stream[index], word.kind == .word, word.text.first!.isUppercase, stream.isSymbol(index + 1, "."),
      stream[index - 1]?.kind != .word
    else { return nil }
    for length in [3, 2] where word.text.count > length + 2 {
      let ending = String(word.text.suffix(length))
      guard let spokenEnding = Self.streetSuffixes[ending], word.text.dropLast(length).last?.isLowercase == true
      else { continue }
      var spoken = String(word.text.dropLast(length)) + spokenEnding
      var count = 2
      if stream.isSymbol(index + 2, "/"), let other = street(stream, at: index + 3) {
        spoken += " Ecke " + other.spoken
        count += 1 + other.tokenCount
      }
      return Verbalization(tokenCount: count, spoken: spoken, rule: "street abbreviated -\(ending).")
    }
    return nil
  }

  /// A counted noun after its number: "1 Pkt." → "Punkt", "3 Pkt." → "Punkte", "mit 45 Pkt." → "Punkten".
  func countedForm(_ entry: AbbreviationEntry, _ stream: TokenStream, before index: Int) -> String {
    let plural = entry.alternative ?? entry.spoken
    var cursor = index - 1
    if stream.isSpace(cursor) { cursor -= 1 }
    guard let number = stream[cursor], number.kind == .number else {
      let previous = stream.previousWord(before: index)
      return ["eine", "einer", "einem", "einen", "ein"].contains(previous ?? "") ? entry.spoken : plural
    }
    // Back over a grouped or decimal number ("1.000 Pkt.", "2,5 Mio.").
    var start = cursor
    while cursor - start < TokenStream.reach, let token = stream[start - 1],
      token.kind == .number || token.isSymbol(".") || token.isSymbol(",")
    {
      start -= 1
    }
    if start == cursor, number.text == "1" { return entry.spoken }
    let governing = stream.previousWord(before: start)
    let dative = governing.map { Agreement.infer(previous: $0, gender: .plural).grammaticalCase == .dative } ?? false
    return dative && !plural.hasSuffix("n") && entry.written != "Mio." ? plural + "n" : plural
  }
}

/// An abbreviation and how it is read.
struct AbbreviationEntry: Sendable {
  enum Kind: String, Sendable {
    case plain = ""
    case adjective, final, number, name, noun, counted
  }

  var written: String
  var spoken: String
  var kind: Kind
  /// The reading when the context rule does not hold ("St." after a street name: "Straße").
  var alternative: String?
}

/// The abbreviations from the `abbreviations.tsv` resource.
struct AbbreviationLexicon: Sendable {
  static let shared = DataTable.load(
    resource: "abbreviations.tsv", in: .module, columns: 2...4, AbbreviationLexicon.init)
  private var byFirstToken: [String: [(tokens: [String], entry: AbbreviationEntry)]] = [:]
  /// How many abbreviations the lexicon holds.
  private(set) var count = 0

  /// The abbreviations of `table`: written, spoken, kind, alternative reading.
  init(table: DataTable) throws(DataTableError) {
    for row in table.rows {
      guard let kind = AbbreviationEntry.Kind(rawValue: row[2] ?? "") else {
        throw table.error(row, "unknown kind \"\(row[2] ?? "")\"")
      }
      let entry = AbbreviationEntry(written: row.fields[0], spoken: row.fields[1], kind: kind, alternative: row[3])
      let tokens = Tokenizer.tokenize(row.fields[0]).map(\.text)
      byFirstToken[tokens[0], default: []].append((tokens, entry))
      count += 1
    }
    for key in byFirstToken.keys { byFirstToken[key]!.sort { $0.tokens.count > $1.tokens.count } }
  }

  /// Whether some abbreviation starts with the token `text`.
  func hasEntry(startingWith text: String) -> Bool { byFirstToken[text] != nil }

  /// The abbreviation at `index` and how many tokens it spans; a single space after an inner dot is allowed.
  func match(in stream: TokenStream, at index: Int) -> (entry: AbbreviationEntry, tokenCount: Int)? {
    guard let first = stream[index], let candidates = byFirstToken[first.text] else { return nil }
    candidates: for candidate in candidates {
      var cursor = index
      for (offset, piece) in candidate.tokens.enumerated() {
        if offset > 0, candidate.tokens[offset - 1] == ".", stream[cursor]?.text == " " {
          cursor += 1
        }
        guard let token = stream[cursor], token.text == piece else { continue candidates }
        cursor += 1
      }
      // Whole words only: "Abs." is not inside "Abstand.", "u." not inside "Bau.".
      if let next = stream[cursor], next.kind == .word || next.kind == .number { continue }
      if let before = stream[index - 1], before.kind == .word || before.kind == .number { continue }
      return (candidate.entry, cursor - index)
    }
    return nil
  }
}
