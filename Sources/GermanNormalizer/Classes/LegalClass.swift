import DataTables

/// Legal references: "§ 3 Abs. 2 GG" → "Paragraf drei Absatz zwei Grundgesetz", "§§ 3" → "Paragrafen drei",
/// "Art. 5" → "Artikel fünf", "Nr. 3" → "Nummer drei", "§ 20a" → "Paragraf zwanzig a".
struct LegalClass: SemioticClass {
  let name = "legal"
  let priority = 60
  private static let markers: [String: String] = [
    "Art": "Artikel", "Abs": "Absatz", "Nr": "Nummer", "S": "Satz", "Ziff": "Ziffer", "lit": "Buchstabe",
    "Satz": "Satz", "Absatz": "Absatz", "Artikel": "Artikel", "Nummer": "Nummer",
  ]
  static let laws: [String: String] = DataTable.load(resource: "laws.tsv", in: .module, columns: 2...2) {
    (table: DataTable) throws(DataTableError) -> [String: String] in
    var laws: [String: String] = [:]
    for row in table.rows {
      guard laws[row.fields[0]] == nil else { throw table.error(row, "\(row.fields[0]) is listed twice") }
      laws[row.fields[0]] = row.fields[1]
    }
    return laws
  }

  /// Whether `word` can start a legal reference ("Art", "Abs", "Nr", …).
  static func startsReference(_ word: String) -> Bool { markers[word] != nil && word != "S" }

  let startKinds: Set<Token.Kind> = [.symbol, .word]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    stream.isSymbol(index, "§")
      || (stream.isWord(index) && Self.markers[stream.tokens[index].text] != nil && stream.isSymbol(index + 1, "."))
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    var parts: [String] = []
    var cursor = index
    if stream.isSymbol(index, "§") {
      let double = stream.isSymbol(index + 1, "§")
      parts.append(double ? "Paragrafen" : "Paragraf")
      let signs = double ? 2 : 1
      cursor = stream.skippingSpace(from: index + signs)
      // A sign with no number after it is only the sign; the space after it stays.
      guard let number = reference(stream, at: cursor, lexicons) else {
        return Verbalization(tokenCount: signs, spoken: parts[0], rule: "paragraph sign")
      }
      parts.append(number.spoken)
      cursor += number.tokenCount
    } else if stream[index]?.text != "S", let marker = marker(stream, at: index), marker.abbreviated,
      let number = reference(stream, at: stream.skippingSpace(from: index + marker.tokenCount), lexicons)
    {
      parts.append(marker.spoken)
      cursor = stream.skippingSpace(from: index + marker.tokenCount)
      parts.append(number.spoken)
      cursor += number.tokenCount
    } else {
      return nil
    }
    // Further parts: "Abs. 2", "S. 1", "Nr. 3", then the law.
    while cursor - index < TokenStream.reach {
      let next = stream.skippingSpace(from: cursor)
      if let marker = marker(stream, at: next),
        let number = reference(stream, at: stream.skippingSpace(from: next + marker.tokenCount), lexicons)
      {
        parts += [marker.spoken, number.spoken]
        cursor = stream.skippingSpace(from: next + marker.tokenCount) + number.tokenCount
      } else if let law = stream[next], law.kind == .word, let spoken = Self.laws[law.text] {
        parts.append(spoken)
        cursor = next + 1
        break
      } else {
        break
      }
    }
    return Verbalization(tokenCount: cursor - index, spoken: parts.joined(separator: " "), rule: "legal reference")
  }

  private func marker(_ stream: TokenStream, at index: Int) -> (spoken: String, tokenCount: Int, abbreviated: Bool)? {
    guard let token = stream[index], token.kind == .word, let spoken = Self.markers[token.text] else { return nil }
    let dotted = stream.isSymbol(index + 1, ".")
    guard dotted || token.text.count > 3 else { return nil }
    return (spoken, dotted ? 2 : 1, dotted)
  }

  private func reference(_ stream: TokenStream, at index: Int, _ lexicons: Lexicons) -> (
    spoken: String, tokenCount: Int
  )? {
    guard let token = stream[index], token.kind == .number else { return nil }
    var spoken = lexicons.numbers.cardinal(token.text)
    var count = 1
    if let letter = stream[index + 1], letter.kind == .word, letter.text.count == 1, letter.text.first!.isLowercase {
      spoken += " " + letter.text
      count = 2
    }
    return (spoken, count)
  }
}
