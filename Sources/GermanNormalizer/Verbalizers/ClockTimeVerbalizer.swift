/// Speaks a time of day the way German news does: "sieben Uhr dreißig", "ein Uhr", "null Uhr".
struct ClockTimeVerbalizer {
  let speller: NumberSpeller

  /// The words for `hour`:`minute`; whole hours drop the minutes.
  func verbalize(hour: Int, minute: Int) -> String {
    let hourWords = hour == 1 ? "ein" : speller.words(for: Int64(hour))
    guard minute != 0 else { return "\(hourWords) Uhr" }
    return "\(hourWords) Uhr \(speller.words(for: Int64(minute)))"
  }
}
