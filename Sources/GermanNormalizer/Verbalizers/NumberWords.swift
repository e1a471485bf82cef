/// Number words for the semiotic classes: cardinals, decimals, digit strings and ordinals with endings.
struct NumberWords {
  let speller: NumberSpeller

  static let digitNames = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]

  /// The cardinal for a digit string; numbers too long for 64 bits are read digit by digit.
  func cardinal(_ digits: String) -> String {
    let trimmed = digits.drop { $0 == "0" }
    guard !trimmed.isEmpty else { return "null" }
    guard trimmed.count <= 18, let value = Int64(trimmed) else { return self.digits(digits) }
    return speller.words(for: value)
  }

  /// A cardinal that counts something: "ein"/"eine"/… for 1 (per `agreement`), else the plain cardinal.
  func count(_ digits: String, agreement: Agreement) -> String {
    Int64(digits) == 1 ? agreement.indefiniteOne : cardinal(digits)
  }

  /// Digit by digit: "0 3 0" → "null drei null". Characters that are not single digits (also numerals
  /// of other scripts worth ten or more, such as 十 or 万) are left out.
  func digits(_ digits: String) -> String {
    digits.compactMap { $0.wholeNumberValue }.filter { (0...9).contains($0) }.map { Self.digitNames[$0] }
      .joined(separator: " ")
  }

  /// A decimal: "drei Komma fünf", decimal places digit by digit.
  func decimal(_ number: NumberLiteral) -> String {
    guard let fraction = number.fractionDigits else { return cardinal(number.integerDigits) }
    return cardinal(number.integerDigits) + " Komma " + digits(fraction)
  }

  /// The ordinal of `digits` with the adjective `ending`.
  func ordinal(_ digits: String, ending: AdjectiveEnding) -> String {
    guard let value = Int64(digits.drop { $0 == "0" }.isEmpty ? "0" : String(digits.drop { $0 == "0" })),
      value < 1_000_000_000_000
    else { return self.digits(digits) }
    let ruleSet: SpelloutRuleSet =
      switch ending {
      case .en: .ordinalN
      case .er: .ordinalR
      case .es: .ordinalS
      case .em: .ordinalM
      case .e: .ordinal
      }
    return speller.words(for: value, ruleSet)
  }

  /// A year: "neunzehnhundertneunzig", "zweitausendfünfundzwanzig".
  func year(_ digits: String) -> String {
    guard let value = Int64(digits) else { return cardinal(digits) }
    return speller.words(for: value, .year)
  }
}

extension String {
  /// The string with its first letter upper-cased ("dritte" → "Dritte").
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
