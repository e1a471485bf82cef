/// One unit of the input text, with the character offsets it came from.
struct Token: Equatable {
  /// What kind of text the token holds.
  enum Kind: Equatable, Hashable, CaseIterable {
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

/// Splits text into words, digit runs, white space and single symbols, keeping offsets (in Unicode scalars).
enum Tokenizer {
  /// The tokens of `text`. Digits of other scripts count as ASCII digits; control characters are dropped.
  static func tokenize(_ text: String) -> [Token] {
    let scalars = text.unicodeScalars
    var tokens: [Token] = []
    tokens.reserveCapacity(scalars.count / 3)
    var runKind: Token.Kind?
    var runStart = scalars.startIndex
    var runOffset = 0
    var offset = 0
    var index = scalars.startIndex
    func finishRun(at end: String.UnicodeScalarView.Index) {
      if let kind = runKind {
        tokens.append(Token(kind: kind, text: String(scalars[runStart..<end]), start: runOffset, end: offset))
      }
      runKind = nil
    }
    while index < scalars.endIndex {
      let scalar = scalars[index]
      var kind = classify(scalar)
      // A combining mark belongs to the run before it ("e" + U+0301).
      if case .mark = kind { kind = runKind.map { .token($0) } ?? .token(.symbol) }
      switch kind {
      case .dropped, .mark:
        finishRun(at: index)
      case .foreignDigit(let value):
        finishRun(at: index)
        tokens.append(Token(kind: .number, text: String(value), start: offset, end: offset + 1))
      case .token(let tokenKind):
        if tokenKind == .symbol || tokenKind != runKind {
          finishRun(at: index)
          runKind = tokenKind
          runStart = index
          runOffset = offset
        }
      }
      offset += 1
      index = scalars.index(after: index)
      if case .token(.symbol) = kind { finishRun(at: index) }
    }
    finishRun(at: scalars.endIndex)
    return mergingDigitRuns(tokens)
  }

  private enum ScalarClass {
    case token(Token.Kind)
    case foreignDigit(Int)
    case mark
    case dropped
  }

  private static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
    if scalar.isASCII {
      switch scalar.value {
      case 0x30...0x39: return .token(.number)
      case 0x41...0x5A, 0x61...0x7A: return .token(.word)
      case 0x20, 0x09...0x0D: return .token(.space)
      case 0..<0x20, 0x7F: return .dropped
      default: return .token(.symbol)
      }
    }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
    case .control,
      .format where scalar.value != 0xAD:
      return .dropped
    case .decimalNumber: return .foreignDigit(Int(properties.numericValue ?? 0))
    default: break
    }
    if properties.isAlphabetic { return .token(.word) }
    if properties.isWhitespace { return .token(.space) }
    return .token(.symbol)
  }
  /// Joins a digit of another script with the digit runs beside it ("٢٠٢٤" → "2024").
  private static func mergingDigitRuns(_ tokens: [Token]) -> [Token] {
    var merged: [Token] = []
    merged.reserveCapacity(tokens.count)
    for token in tokens {
      if token.kind == .number, let last = merged.last, last.kind == .number, last.end == token.start {
        merged[merged.count - 1].text += token.text
        merged[merged.count - 1].end = token.end
      } else {
        merged.append(token)
      }
    }
    return merged
  }
}
