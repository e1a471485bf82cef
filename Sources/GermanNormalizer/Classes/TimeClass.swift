/// Times of day: "7:30 Uhr" and "7.30 Uhr" → "sieben Uhr dreißig", "19 Uhr" → "neunzehn Uhr", "um 9:05" →
/// "um neun Uhr fünf".
struct TimeClass: SemioticClass {
  let name = "time"
  let priority = 90
  private static let timePrepositions: Set<String> = ["um", "ab", "gegen", "bis", "von", "seit", "vor", "nach"]

  let startKinds: Set<Token.Kind> = [.number]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    stream.isNumber(index)
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let hourToken = stream[index], hourToken.kind == .number, hourToken.text.count <= 2,
      let hour = Int(hourToken.text), hour <= 24
    else { return nil }
    if let duration = duration(stream, at: index, lexicons) { return duration }
    let clock = ClockTimeVerbalizer(speller: lexicons.numbers.speller)
    var minute = 0
    var cursor = index + 1
    if stream.isSymbol(cursor, ":") || stream.isSymbol(cursor, "."), let minuteToken = stream[cursor + 1],
      minuteToken.kind == .number, minuteToken.text.count == 2, let value = Int(minuteToken.text), value < 60
    {
      minute = value
      cursor += 2
    } else if stream.word(after: cursor)?.text != "Uhr" {
      return nil
    }
    if hour == 24 && minute > 0 { return nil }
    // "7.30–16 Uhr", "8.00–18.00 Uhr": the first time of a range, with its "Uhr".
    if cursor > index + 1, let dash = stream[cursor], dash.isSymbol("–") || dash.isSymbol("-"),
      stream[cursor + 1]?.kind == .number, endsInUhr(stream, from: cursor + 1)
    {
      return Verbalization(
        tokenCount: cursor + 1 - index, spoken: clock.verbalize(hour: hour, minute: minute) + " bis ",
        rule: "time range")
    }
    // "von 8.30 bis 16 Uhr": the first time of a range with "bis".
    if cursor > index + 1, let bis = stream.word(after: cursor), bis.text == "bis",
      let next = stream[stream.skippingSpace(from: bis.index + 1)], next.kind == .number,
      endsInUhr(stream, from: stream.skippingSpace(from: bis.index + 1))
    {
      return Verbalization(
        tokenCount: cursor - index, spoken: clock.verbalize(hour: hour, minute: minute), rule: "time before bis")
    }
    if let uhr = stream.word(after: cursor), uhr.text == "Uhr" {
      return Verbalization(
        tokenCount: uhr.index + 1 - index, spoken: clock.verbalize(hour: hour, minute: minute), rule: "time with Uhr")
    }
    guard cursor > index + 1, stream.isSymbol(index + 1, ":"), let previous = stream.previousWord(before: index),
      Self.timePrepositions.contains(previous)
    else { return nil }
    return Verbalization(
      tokenCount: cursor - index, spoken: clock.verbalize(hour: hour, minute: minute), rule: "time after \(previous)")
  }

  /// Whether the time starting at `index` ("16", "18.00") is followed by "Uhr".
  private func endsInUhr(_ stream: TokenStream, from index: Int) -> Bool {
    var cursor = index + 1
    if stream.isSymbol(cursor, ".") || stream.isSymbol(cursor, ":"), stream[cursor + 1]?.kind == .number {
      cursor += 2
    }
    return stream.word(after: cursor)?.text == "Uhr"
  }

  /// "4:15 Stunden" → "vier Stunden und fünfzehn Minuten"; "24:12,4 Minuten" and "in 1:44,65 Min." → "(einer)
  /// Minute(n) und … Sekunden".
  private func shortDuration(_ stream: TokenStream, at index: Int, _ lexicons: Lexicons) -> Verbalization? {
    guard let big = stream[index], big.kind == .number, big.text.count <= 2, stream.isSymbol(index + 1, ":"),
      let small = stream[index + 2], small.kind == .number, small.text.count == 2, let smallValue = Int(small.text),
      smallValue < 60, !stream.isSymbol(index + 3, ":")
    else { return nil }
    var cursor = index + 3
    var fraction: String?
    if stream.isSymbol(cursor, ","), let digits = stream[cursor + 1], digits.kind == .number {
      fraction = digits.text
      cursor += 2
    }
    guard let unit = stream.word(after: cursor) else { return nil }
    let hours = ["Stunden", "Std", "h"].contains(unit.text)
    guard hours || ["Minuten", "Min", "min"].contains(unit.text), !(hours && fraction != nil) else { return nil }
    let words = lexicons.numbers
    let agreement = Agreement.infer(previous: stream.previousWord(before: index), gender: .feminine)
    let (one, many) = hours ? ("Stunde", "Stunden") : ("Minute", "Minuten")
    let (smallOne, smallMany) = hours ? ("Minute", "Minuten") : ("Sekunde", "Sekunden")
    let first = Int(big.text) == 1 ? "\(agreement.indefiniteOne) \(one)" : "\(words.cardinal(big.text)) \(many)"
    var second = words.cardinal(small.text)
    if let fraction { second += " Komma " + words.digits(fraction) }
    let secondUnit = smallValue == 1 && fraction == nil ? smallOne : smallMany
    if smallValue == 1 && fraction == nil { second = "eine" }
    var count = unit.index + 1 - index
    // The abbreviation's dot stays at the end of the sentence.
    if ["Std", "Min"].contains(unit.text), stream.isSymbol(unit.index + 1, "."),
      stream.skippingSpace(from: unit.index + 2) < stream.count
    {
      count += 1
    }
    return Verbalization(
      tokenCount: count, spoken: "\(first) und \(second) \(secondUnit)", rule: "duration with \(unit.text)")
  }

  /// Durations as sports results give them: "2:04:35 Stunden" → "zwei Stunden, vier Minuten und
  /// fünfunddreißig Sekunden"; "23:59:59 Uhr" → "dreiundzwanzig Uhr neunundfünfzig und neunundfünfzig Sekunden".
  private func duration(_ stream: TokenStream, at index: Int, _ lexicons: Lexicons) -> Verbalization? {
    if let short = shortDuration(stream, at: index, lexicons) { return short }
    guard let hours = stream[index], hours.kind == .number, stream.isSymbol(index + 1, ":"),
      let minutes = stream[index + 2], minutes.kind == .number, minutes.text.count == 2,
      stream.isSymbol(index + 3, ":"),
      let seconds = stream[index + 4], seconds.kind == .number, seconds.text.count == 2
    else { return nil }
    let words = lexicons.numbers
    func part(_ digits: String, _ one: String, _ many: String) -> String {
      Int(digits) == 1 ? "eine \(one)" : "\(words.cardinal(digits)) \(many)"
    }
    let spoken =
      part(hours.text, "Stunde", "Stunden") + ", " + part(minutes.text, "Minute", "Minuten") + " und "
      + part(seconds.text, "Sekunde", "Sekunden")
    if let uhr = stream.word(after: index + 5), uhr.text == "Uhr", let hour = Int(hours.text), hour < 24 {
      let clock = ClockTimeVerbalizer(speller: words.speller)
      let spoken =
        clock.verbalize(hour: hour, minute: Int(minutes.text)!) + " und "
        + part(seconds.text, "Sekunde", "Sekunden")
      return Verbalization(tokenCount: uhr.index + 1 - index, spoken: spoken, rule: "time with seconds")
    }
    var count = 5
    if let unit = stream.word(after: index + 5), ["Stunden", "Std", "h"].contains(unit.text) {
      count = unit.index + 1 - index
      // The abbreviation's dot stays at the end of the sentence.
      if unit.text == "Std", stream.isSymbol(unit.index + 1, "."),
        stream.skippingSpace(from: unit.index + 2) < stream.count
      {
        count += 1
      }
    }
    return Verbalization(tokenCount: count, spoken: spoken, rule: "duration h:mm:ss")
  }
}
