/// Numeric dates inside sentences, inflected like ordinals: "am 09.02.2025" → "am neunten Februar
/// zweitausendfünfundzwanzig", "bis zum 1.4." → "bis zum ersten April". Dates that do not exist
/// (31.02.2025) are left to the number classes.
struct DateClass: SemioticClass {
  let name = "date"
  let priority = 70

  let startKinds: Set<Token.Kind> = [.number]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    stream.isNumber(index)
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    if let iso = isoDate(stream, at: index, lexicons) { return iso }
    guard let date = numericDate(stream, at: index, lexicons) else { return nil }
    // "vom 28.2.–3.3.": a second date after a dash is "bis zum …".
    if let dash = stream[index + date.tokenCount], dash.isSymbol("–") || dash.isSymbol("-"),
      stream.isDateLike(from: index + date.tokenCount + 1),
      let second = numericDate(stream, at: index + date.tokenCount + 1, lexicons, governing: "zum")
    {
      return Verbalization(
        tokenCount: date.tokenCount + 1 + second.tokenCount, spoken: date.spoken + " bis zum " + second.spoken,
        rule: "range of dates")
    }
    return date
  }

  /// An ISO date: "2025-06-01" → "ersten Juni zweitausendfünfundzwanzig".
  private func isoDate(_ stream: TokenStream, at index: Int, _ lexicons: Lexicons) -> Verbalization? {
    guard let yearToken = stream[index], yearToken.kind == .number, yearToken.text.count == 4,
      stream.isSymbol(index + 1, "-"), let monthToken = stream[index + 2], monthToken.text.count == 2,
      stream.isSymbol(index + 3, "-"), let dayToken = stream[index + 4], dayToken.kind == .number,
      dayToken.text.count == 2, stream[index + 5]?.kind != .number, !stream.isSymbol(index + 5, "-"),
      let year = Int(yearToken.text), let month = Int(monthToken.text), let day = Int(dayToken.text),
      CalendarCheck.isValid(year: year, month: month, day: day), let monthName = MonthNames.name(of: month)
    else { return nil }
    let agreement = Agreement.infer(previous: stream.governingWord(before: index), gender: .masculine)
    let spoken =
      lexicons.numbers.ordinal(String(day), ending: agreement.ordinalEnding) + " " + monthName + " "
      + lexicons.numbers.year(yearToken.text)
    return Verbalization(tokenCount: 5, spoken: spoken, rule: "ISO date, day -\(agreement.ordinalEnding)")
  }

  /// A numeric date `d.m.` or `d.m.yyyy` at `index`, its day agreeing with `governing` (else the word before).
  private func numericDate(_ stream: TokenStream, at index: Int, _ lexicons: Lexicons, governing: String? = nil)
    -> Verbalization?
  {
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
    var previous = governing ?? stream.governingWord(before: index)
    var article = ""
    if governing == nil, let appositive = OrdinalClass.appositiveArticle(stream, before: index) {
      // "am Samstag, 3.1." → "am Samstag, dem dritten Januar".
      (previous, article) = (appositive, appositive + " ")
    } else if governing == nil, previous == "bis", stream.previousWord(before: index) == "bis" {
      // "bis 30.6." → "bis dreißigsten Juni", as if "bis zum".
      previous = "zum"
    }
    let agreement = Agreement.infer(previous: previous, gender: .masculine)
    var spoken = article + lexicons.numbers.ordinal(String(day), ending: agreement.ordinalEnding) + " " + monthName
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
    // "12.–14. Juni", "24./25. Mai": the word before the first part.
    if let joiner = self[index - 1], joiner.isSymbol("–") || joiner.isSymbol("-") || joiner.isSymbol("/") {
      return wordBefore(numberEndingAt: index - 2)
    }
    guard let previous = previousWord(before: index) else { return nil }
    guard ["bis", "und", "oder", "sowie"].contains(previous) else { return previous }
    var cursor = index - 1
    if isSpace(cursor) { cursor -= 1 }
    cursor -= 1
    if isSpace(cursor) { cursor -= 1 }
    return wordBefore(numberEndingAt: cursor) ?? previous
  }

  /// The word before "3." or "3.4." whose last dot is at `cursor`, or nil.
  private func wordBefore(numberEndingAt start: Int) -> String? {
    var cursor = start
    // Back over "3." or "3.4." to the word before.
    guard isSymbol(cursor, "."), self[cursor - 1]?.kind == .number else { return nil }
    while start - cursor < Self.reach, let token = self[cursor], token.kind == .number || token.isSymbol(".") {
      cursor -= 1
    }
    return previousWord(before: cursor + 1)
  }
}
