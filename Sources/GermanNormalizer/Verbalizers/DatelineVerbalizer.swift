/// Speaks an article's dateline: "neunter Februar zweitausendfünfundzwanzig, sieben Uhr dreißig".
struct DatelineVerbalizer {
  let speller: NumberSpeller

  /// The words for a calendar date with an optional time; the day is a nominative masculine ordinal.
  func verbalize(year: Int, month: Int, day: Int, hour: Int?, minute: Int?) -> String {
    var words = speller.words(for: Int64(day), .ordinalR)
    if let monthName = MonthNames.name(of: month) {
      words += " " + monthName
    } else {
      words += " " + speller.words(for: Int64(month), .ordinalR)
    }
    words += " " + speller.words(for: Int64(year), .year)
    if let hour {
      words += ", " + ClockTimeVerbalizer(speller: speller).verbalize(hour: hour, minute: minute ?? 0)
    }
    return words
  }
}
