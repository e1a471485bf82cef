import Articles
import GermanNormalizer

extension GermanNormalizer {
  /// How `dateline` is spoken at the top of an article ("neunter Februar zweitausendfünfundzwanzig, sieben
  /// Uhr dreißig"); the title chapter and `vorleser normalize --dateline` both say it this way.
  func verbalize(_ dateline: Dateline) -> String {
    verbalizeDateline(
      year: dateline.year, month: dateline.month, day: dateline.day, hour: dateline.hour, minute: dateline.minute)
  }

  /// The spoken dateline in `line`, or nil when the line is not a dateline.
  func verbalizeDateline(line: String) -> String? {
    DatelineParser().parse(line).map(verbalize)
  }
}
