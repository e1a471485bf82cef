/// Codes spelled character by character after a cue: securities numbers ("WKN A1EWWW", "ISIN DE0007164600"),
/// account numbers in groups ("IBAN DE12 5001 …"), tickers, batches and flights ("Flug LH 1234" → "ell ha
/// eins zwei drei vier"); postal codes digit by digit ("PLZ 10115", ", 79098 Freiburg,").
struct CodeClass: SemioticClass {
  let name = "code"
  let priority = 20
  static let cues = WordList.load("code-cues.txt")
  private static let postalCues: Set<String> = ["PLZ", "Postleitzahl", "Postleitzahlen"]

  let startKinds: Set<Token.Kind> = [.number, .word]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    (stream.isNumber(index) && stream.tokens[index].text.count == 5)
      || ((stream.isWord(index) || stream.isNumber(index)) && wordBefore(stream, index).map(Self.cues.contains) == true)
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let token = stream[index], token.kind == .word || token.kind == .number else { return nil }
    if token.kind == .number, let postal = postalCode(stream, at: index, lexicons) { return postal }
    guard let cue = wordBefore(stream, index), Self.cues.contains(cue), !Self.postalCues.contains(cue) else {
      return nil
    }
    var end = index
    while end - index < TokenStream.reach, let piece = stream[end], piece.kind == .word || piece.kind == .number {
      end += 1
    }
    let run = stream.tokens[index..<end].map(\.text).joined()
    guard run.contains(where: \.isNumber) || (run.count >= 2 && run.allSatisfy(\.isUppercase)) else { return nil }
    // "LH 1234": an airline's letters and the flight number; "DE12 5001 0517": groups of an account number.
    while end - index < TokenStream.reach, stream.isSpace(end), let group = stream[end + 1], group.kind == .number,
      group.text.count <= 4, stream[end + 2]?.kind != .word,
      !stream.isSymbol(end + 2, ",")
        || stream[end + 3]?.kind != .number
    {
      end += 2
    }
    let spoken = stream.tokens[index..<end].filter { $0.kind != .space }.map { piece in
      piece.kind == .number
        ? lexicons.numbers.digits(piece.text) : piece.text.map { LetterNames.name(of: $0) }.joined(separator: " ")
    }.joined(separator: " ")
    return Verbalization(tokenCount: end - index, spoken: spoken, rule: "code after \(cue)")
  }

  /// A five-digit postal code after a cue or before a place name in an address ("Rathausplatz 1, 50667 Köln").
  private func postalCode(_ stream: TokenStream, at index: Int, _ lexicons: Lexicons) -> Verbalization? {
    guard let token = stream[index], token.text.count == 5,
      stream[index + 1]?.kind != .symbol
        || !".,:/-".contains(stream[index + 1]!.text) || stream[index + 2]?.kind != .number
    else { return nil }
    // A cue a few words before: "PLZ 10115", "Postleitzahlen 50667 bis 51149".
    var cued = false
    var cursor = index - 1
    while index - cursor <= 8, let piece = stream[cursor], piece.kind != .symbol {
      if piece.kind == .word, Self.postalCues.contains(piece.text) {
        cued = true
        break
      }
      cursor -= 1
    }
    if !cued {
      // In an address the house number comes before the comma: "Marktplatz 1, 79098 Freiburg".
      let before = stream.isSpace(index - 1) ? index - 2 : index - 1
      let houseNumber = stream.isNumber(before - 1) || (stream.isWord(before - 1) && stream.isNumber(before - 2))
      guard stream.isSymbol(before, ","), houseNumber,
        let place = stream.word(after: index + 1), place.text.first!.isUppercase
      else { return nil }
      let after = stream.skippingSpace(from: place.index + 1)
      guard stream[after].map({ $0.kind == .symbol && ",.;)".contains($0.text) }) ?? true else { return nil }
    }
    return Verbalization(tokenCount: 1, spoken: lexicons.numbers.digits(token.text), rule: "postal code")
  }

  /// The word just before `index` (skipping one space), as written.
  private func wordBefore(_ stream: TokenStream, _ index: Int) -> String? {
    let cursor = stream.isSpace(index - 1) ? index - 2 : index - 1
    guard let token = stream[cursor], token.kind == .word else { return nil }
    return token.text
  }
}
