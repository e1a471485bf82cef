/// Times of day: "7:30 Uhr" and "7.30 Uhr" → "sieben Uhr dreißig", "19 Uhr" → "neunzehn Uhr", "um 9:05" →
/// "um neun Uhr fünf".
struct TimeClass: SemioticClass {
  let name = "time"
  private static let timePrepositions: Set<String> = ["um", "ab", "gegen", "bis", "von", "seit", "vor", "nach"]

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

  /// Durations as sports results give them: "2:04:35 Stunden" → "zwei Stunden, vier Minuten und
  /// fünfunddreißig Sekunden".
  private func duration(_ stream: TokenStream, at index: Int, _ lexicons: Lexicons) -> Verbalization? {
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
    var count = 5
    if let unit = stream.word(after: index + 5), ["Stunden", "Std", "h"].contains(unit.text) {
      count = unit.index + 1 - index
      if unit.text == "Std", stream.isSymbol(unit.index + 1, ".") { count += 1 }
    }
    return Verbalization(tokenCount: count, spoken: spoken, rule: "duration h:mm:ss")
  }
}
