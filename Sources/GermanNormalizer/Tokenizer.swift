/// One unit of the input text, with the character offsets it came from.
struct Token: Equatable {
  /// What kind of text the token holds.
  enum Kind: Equatable {
    /// A run of letters.
    case word
    /// A run of ASCII digits.
    case number
    /// A run of white space.
    case space
    /// Any other single character: punctuation or a symbol.
    case symbol
  }

  var kind: Kind
  var text: String
  /// The first character's offset in the input.
  var start: Int
  /// The offset just past the last character.
  var end: Int

  /// Whether this is the symbol `character`.
  func isSymbol(_ character: Character) -> Bool { kind == .symbol && text.first == character }
}

/// Splits text into words, digit runs, white space and single symbols, keeping offsets.
enum Tokenizer {
  /// The tokens of `text`. Digits of other scripts count as ASCII digits; control characters are dropped.
  static func tokenize(_ text: String) -> [Token] {
    var tokens: [Token] = []
    var offset = 0
    var current: Token?
    func flush() {
      if let token = current { tokens.append(token) }
      current = nil
    }
    for character in text {
      defer { offset += 1 }
      let kind: Token.Kind
      var piece = String(character)
      if character.isASCII && character.isNumber {
        kind = .number
      } else if let value = character.wholeNumberValue, character.unicodeScalars.count == 1,
        character.unicodeScalars.first!.properties.numericType == .decimal
      {
        kind = .number
        piece = String(value)
      } else if character.isLetter {
        kind = .word
      } else if character.isWhitespace {
        kind = .space
      } else if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
        flush()
        continue
      } else {
        kind = .symbol
      }
      if kind != .symbol, current?.kind == kind {
        current!.text += piece
        current!.end = offset + 1
      } else {
        flush()
        current = Token(kind: kind, text: piece, start: offset, end: offset + 1)
      }
    }
    flush()
    return tokens
  }
}
