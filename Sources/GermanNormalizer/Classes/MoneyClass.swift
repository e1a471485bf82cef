/// Amounts of money: "5 €" → "fünf Euro", "3,50 €" → "drei Euro fünfzig", "1,5 Mio. Euro" → "eins Komma
/// fünf Millionen Euro", "$ 100" → "hundert Dollar", "2 Mrd. US-Dollar" → "zwei Milliarden u es Dollar".
struct MoneyClass: SemioticClass {
  let name = "money"
  let priority = 120

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    Self.startsAmount(stream, at: index, lexicons)
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    // Currency first: "$ 100", "€ 5", "€3,2 Milliarden", "CHF 1,2 Mio.".
    if let token = stream[index], token.kind == .symbol || token.text.allSatisfy(\.isUppercase),
      let (currency, currencyLength) = leadingCurrency(stream, at: index, lexicons),
      let number = stream.number(at: stream.skippingSpace(from: index + currencyLength))
    {
      let numberIndex = stream.skippingSpace(from: index + currencyLength)
      var end = numberIndex + number.tokenCount
      var scale: Scale?
      if let found = Scale.match(stream, at: stream.skippingSpace(from: end)) {
        scale = found.scale
        end = stream.skippingSpace(from: end) + found.tokenCount
        // "$ 1,8 Mrd." at the end: the abbreviation's dot also ends the sentence.
        if found.tokenCount == 2, stream.skippingSpace(from: end) >= stream.count, index > 0 { end -= 1 }
      }
      let spoken = amount(number, scale: scale, currency: currency, stream: stream, at: index, lexicons)
      return Verbalization(tokenCount: end - index, spoken: spoken, rule: "currency before amount")
    }
    guard let number = stream.number(at: index) else { return nil }
    var cursor = stream.skippingSpace(from: index + number.tokenCount)
    var scale: Scale?
    if let found = Scale.match(stream, at: cursor) {
      scale = found.scale
      cursor = stream.skippingSpace(from: cursor + found.tokenCount)
    }
    guard let (currency, length) = lexicons.currencies.currency(in: stream, at: cursor) else {
      // "1 Mio. Menschen", "300 Mio. m³": a scale without a currency, perhaps with a unit.
      guard let scale else { return nil }
      let previous = stream.previousWord(before: index)
      let scaled = scale.spoken(
        number, lexicons.numbers, Agreement.infer(previous: previous, gender: .feminine), after: previous)
      if let (unit, length) = lexicons.units.unit(in: stream, at: cursor) {
        return Verbalization(
          tokenCount: cursor + length - index, spoken: scaled + " " + unit.plural,
          rule: "number with \(scale.plural) and unit \(unit.symbol)")
      }
      var end = stream.isSpace(cursor - 1) ? cursor - 1 : cursor
      // "auf 1,65 Mio." at the end of a sentence: the abbreviation's dot also ends it.
      if stream.isSymbol(end - 1, "."), stream.skippingSpace(from: end) >= stream.count, index > 0 { end -= 1 }
      return Verbalization(
        tokenCount: end - index, spoken: scaled, rule: "number with \(scale.plural)")
    }
    var spoken = amount(number, scale: scale, currency: currency, stream: stream, at: index, lexicons)
    var end = cursor + length
    // "14,50 €/m²": an amount per unit.
    if let (per, perLength) = lexicons.units.perUnit(in: stream, at: end, lexicons.numbers) {
      spoken += " " + per
      end += perLength
    }
    return Verbalization(tokenCount: end - index, spoken: spoken, rule: "amount in \(currency.singular)")
  }

  /// Whether an amount can start at `index`: a number, a currency sign, or a currency code ("CHF").
  static func startsAmount(_ stream: TokenStream, at index: Int, _ lexicons: Lexicons) -> Bool {
    guard let token = stream[index] else { return false }
    switch token.kind {
    case .number: return true
    case .symbol: return lexicons.currencies.entries.contains { $0.symbol == token.text }
    case .word:
      // A currency code ("CHF 1,2"): the cheap tests first, as every word of a text passes here.
      return stream.isSpace(index + 1) && token.text.unicodeScalars.first?.properties.isUppercase == true
        && token.text.count >= 2 && token.text.allSatisfy(\.isUppercase)
    case .space: return false
    }
  }

  /// A currency written before its amount: a sign ("€3,2", "$ 40") or a code ("CHF 1,2").
  private func leadingCurrency(_ stream: TokenStream, at index: Int, _ lexicons: Lexicons) -> (CurrencyEntry, Int)? {
    guard let token = stream[index] else { return nil }
    if token.kind == .symbol {
      return lexicons.currencies.entries.first { $0.symbol == token.text }.map { ($0, 1) }
    }
    return lexicons.currencies.currency(in: stream, at: index).map { ($0.entry, $0.tokenCount) }
  }

  private func amount(
    _ number: NumberLiteral, scale: Scale?, currency: CurrencyEntry, stream: TokenStream, at index: Int,
    _ lexicons: Lexicons
  ) -> String {
    let words = lexicons.numbers
    let previous = stream.previousWord(before: index)
    if let scale {
      let agreement = Agreement.infer(previous: previous, gender: .feminine)
      return scale.spoken(number, words, agreement, after: previous) + " " + currency.plural
    }
    if let cents = number.fractionDigits, cents.count == 2, let centName = currency.cents {
      let centsValue = Int(cents)!
      if number.integerValue == 0 { return "\(words.cardinal(cents)) \(centName)" }
      // "ein Euro neunundzwanzig": an amount with cents keeps the plain "ein".
      let units = wholeUnits(number.integerDigits, currency: currency, agreement: nil, lexicons)
      return centsValue == 0 ? units : "\(units) \(words.cardinal(cents))"
    }
    if !number.isInteger { return "\(words.decimal(number)) \(currency.plural)" }
    let agreement = Agreement.counted(stream, at: index, gender: currency.gender)
    return wholeUnits(number.integerDigits, currency: currency, agreement: agreement, lexicons)
  }

  private func wholeUnits(_ digits: String, currency: CurrencyEntry, agreement: Agreement?, _ lexicons: Lexicons)
    -> String
  {
    let agreement = agreement ?? Agreement.infer(previous: nil, gender: currency.gender)
    let isOne = Int64(digits) == 1
    return "\(lexicons.numbers.count(digits, agreement: agreement)) \(isOne ? currency.singular : currency.plural)"
  }
}

/// Million, Milliarde and Billion after a number, written out or abbreviated ("Mio.", "Mrd.", "Bio.").
struct Scale {
  var singular: String
  var plural: String

  private static let forms: [(written: [String], scale: Scale)] = [
    (["Mio", "Millionen", "Million"], Scale(singular: "Million", plural: "Millionen")),
    (["Mrd", "Milliarden", "Milliarde"], Scale(singular: "Milliarde", plural: "Milliarden")),
    (["Bio", "Billionen", "Billion"], Scale(singular: "Billion", plural: "Billionen")),
  ]

  /// `number` with this scale: "eine Million", "drei Komma fünf Millionen".
  func spoken(
    _ number: NumberLiteral, _ words: NumberWords, _ agreement: Agreement? = nil, after previous: String? = nil
  )
    -> String
  {
    let isOne = number.isInteger && number.integerValue == 1
    let decided = agreement.map { $0.isDecided && FunctionWords.shared.entry(previous ?? "")?.kind != .twoWay } ?? false
    let one = decided ? agreement!.indefiniteOne : "eine"
    return isOne ? "\(one) \(singular)" : "\(words.decimal(number)) \(plural)"
  }

  /// The scale word at `index` and how many tokens it spans (with the abbreviation's dot).
  static func match(_ stream: TokenStream, at index: Int) -> (scale: Scale, tokenCount: Int)? {
    guard let token = stream[index], token.kind == .word,
      let form = forms.first(where: { $0.written.contains(token.text) })
    else { return nil }
    let hasDot = token.text.count == 3 && stream.isSymbol(index + 1, ".")
    if token.text.count == 3 && !hasDot { return nil }
    return (form.scale, hasDot ? 2 : 1)
  }
}
