/// Numeric dates inside sentences, inflected like ordinals: "am 09.02.2025" → "am neunten Februar
/// zweitausendfünfundzwanzig", "bis zum 1.4." → "bis zum ersten April". Dates that do not exist
/// (31.02.2025) are left to the number classes.
struct DateClass: SemioticClass {
  let name = "date"

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard stream.isDateLike(from: index), let day = Int(stream[index]!.text), let month = Int(stream[index + 2]!.text)
    else { return nil }
    var tokenCount = 4
    var year: Int?
    if let yearToken = stream[index + 4], yearToken.kind == .number,
      yearToken.text.count == 4 || yearToken.text.count == 2
    {
      let value = Int(yearToken.text)!
      year = yearToken.text.count == 2 ? (value < 50 ? 2000 + value : 1900 + value) : value
      tokenCount = 5
    } else if stream[index + 4]?.kind == .number {
      return nil
    } else if stream.skippingSpace(from: index + 4) >= stream.count {
      // "bis zum 1.4." at the very end: the last dot also ends the sentence, so it stays.
      tokenCount = 3
    }
    guard CalendarCheck.isValid(year: year ?? 2000, month: month, day: day), let monthName = MonthNames.name(of: month)
    else { return nil }
    let agreement = Agreement.infer(previous: stream.governingWord(before: index), gender: .masculine)
    var spoken = lexicons.numbers.ordinal(String(day), ending: agreement.ordinalEnding) + " " + monthName
    if let year { spoken += " " + lexicons.numbers.year(String(year)) }
    return Verbalization(tokenCount: tokenCount, spoken: spoken, rule: "numeric date, day -\(agreement.ordinalEnding)")
  }
}

/// Whether a day, month and year make a real calendar date.
enum CalendarCheck {
  static func isValid(year: Int, month: Int, day: Int) -> Bool {
    guard (1...12).contains(month), day >= 1 else { return false }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= lengths[month - 1]
  }
}

extension TokenStream {
  /// The word whose case governs a number at `index`: the word before it, or, for the second part of
  /// "vom 3. bis 5. März", the word before the first part.
  func governingWord(before index: Int) -> String? {
    guard let previous = previousWord(before: index) else { return nil }
    guard ["bis", "und", "oder", "sowie"].contains(previous) else { return previous }
    var cursor = index - 1
    if isSpace(cursor) { cursor -= 1 }
    cursor -= 1
    if isSpace(cursor) { cursor -= 1 }
    // Back over "3." or "3.4." to the word before.
    guard isSymbol(cursor, "."), self[cursor - 1]?.kind == .number else { return previous }
    while index - cursor < Self.reach, let token = self[cursor], token.kind == .number || token.isSymbol(".") {
      cursor -= 1
    }
    return previousWord(before: cursor + 1) ?? previous
  }
}
