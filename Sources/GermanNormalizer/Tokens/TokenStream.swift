/// The tokens of a text with the look-ups the semiotic classes share: neighbours, numbers, context words.
struct TokenStream {
  let tokens: [Token]

  /// The most tokens a class looks at beyond its start, forwards or backwards. Every written form the
  /// classes read is far shorter; the bound keeps the normalizer linear on text without spaces.
  static let reach = 64

  var count: Int { tokens.count }

  /// The single spaces that group thousands: ordinary, no-break, thin and narrow no-break.
  static let groupingSpaces: Set<String> = [" ", "\u{00A0}", "\u{2009}", "\u{202F}"]

  subscript(index: Int) -> Token? { index >= 0 && index < tokens.count ? tokens[index] : nil }

  /// Whether the token at `index` is the symbol `character`.
  func isSymbol(_ index: Int, _ character: Character) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].isSymbol(character)
  }

  /// Whether the token at `index` is white space (a single run).
  func isSpace(_ index: Int) -> Bool { index >= 0 && index < tokens.count && tokens[index].kind == .space }

  /// The index of the first token at or after `index` that is not white space.
  func skippingSpace(from index: Int) -> Int { isSpace(index) ? index + 1 : index }

  /// The word at `index` or after one space, with its index.
  func word(after index: Int) -> (index: Int, text: String)? {
    let next = skippingSpace(from: index)
    guard let token = self[next], token.kind == .word else { return nil }
    return (next, token.text)
  }

  /// The word just before `index` (skipping one space), lower-cased.
  func previousWord(before index: Int) -> String? {
    var cursor = index - 1
    if isSpace(cursor) { cursor -= 1 }
    guard let token = self[cursor], token.kind == .word else { return nil }
    return token.text.lowercased()
  }

  /// The word two words before `index`, lower-cased.
  func wordBeforePrevious(before index: Int) -> String? {
    var cursor = index - 1
    if isSpace(cursor) { cursor -= 1 }
    guard self[cursor]?.kind == .word else { return nil }
    return previousWord(before: cursor)
  }

  /// Whether `index` starts a sentence: nothing but space or opening quotes before it, back to the start or
  /// to sentence-ending punctuation.
  func startsSentence(_ index: Int) -> Bool {
    var cursor = index - 1
    while let token = self[cursor], index - cursor <= Self.reach {
      if token.kind == .space || "\"„“‚‘«»(".contains(token.text) {
        cursor -= 1
        continue
      }
      return token.kind == .symbol && ".!?:".contains(token.text)
    }
    return true
  }

  /// A number written with German digit grouping and decimal comma, starting at `index`.
  func number(at index: Int) -> NumberLiteral? {
    guard let first = self[index], first.kind == .number else { return nil }
    var integer = first.text
    var cursor = index + 1
    // Thousands grouped by dots or by single spaces (also thin and no-break): 11.000, 3.500.000, 3 500 000.
    if first.text.count <= 3 {
      while cursor - index < Self.reach, let separator = self[cursor],
        separator.text == "." || (Self.groupingSpaces.contains(separator.text) && !first.text.hasPrefix("0")),
        let group = self[cursor + 1], group.kind == .number, group.text.count == 3
      {
        // "3 100-Meter-Läufe", "12 345:0": a space-separated group must end the number.
        if separator.text != ".", let after = self[cursor + 2], after.kind == .symbol,
          "-:/".contains(after.text) || (after.text == "." && self[cursor + 3]?.kind == .number)
        {
          break
        }
        integer += group.text
        cursor += 2
      }
    }
    var fraction: String?
    if isSymbol(cursor, ","), let digits = self[cursor + 1], digits.kind == .number {
      fraction = digits.text
      cursor += 2
    }
    return NumberLiteral(integerDigits: integer, fractionDigits: fraction, tokenCount: cursor - index)
  }

  /// Whether the tokens from `index` read as a numeric date (`d.m.` or `d.m.yyyy`), not a grouped number.
  func isDateLike(from index: Int) -> Bool {
    guard let day = self[index], day.kind == .number, day.text.count <= 2, isSymbol(index + 1, "."),
      let month = self[index + 2], month.kind == .number, month.text.count <= 2, isSymbol(index + 3, ".")
    else { return false }
    return (Int(day.text) ?? 0) <= 31 && (Int(month.text) ?? 0) <= 12
  }
}

/// A number as written: its integer digits (grouping removed) and decimal digits.
struct NumberLiteral: Equatable {
  var integerDigits: String
  var fractionDigits: String?
  /// How many tokens the number spans.
  var tokenCount: Int

  /// The integer part, when it fits in 64 bits.
  var integerValue: Int64? { Int64(integerDigits) }
  /// Whether it is an integer (no decimal comma).
  var isInteger: Bool { fractionDigits == nil }
}
