import Articles
import GermanNormalizer

/// Speaks a dateline line through the article parser's dateline recognition and the normalizer.
enum DatelineReading {
  /// The spoken dateline, or nil when `line` is not a dateline.
  static func spoken(_ line: String, _ normalizer: GermanNormalizer) -> String? {
    guard let dateline = DatelineParser().parse(line) else { return nil }
    return normalizer.verbalizeDateline(
      year: dateline.year, month: dateline.month, day: dateline.day, hour: dateline.hour, minute: dateline.minute)
  }
}
