import Foundation

/// Reads the machine-written dates of feeds and web pages — RFC 822 (`Tue, 24 Nov 2026 08:00:00 +0100`)
/// and ISO 8601 (`2026-11-24T08:00:00+01:00`) — into a `Dateline`, keeping the time as the source wrote
/// it together with its time zone.
public enum PublicationDate {
  nonisolated(unsafe) private static let iso =
    #/^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?\s*$/#
  nonisolated(unsafe) private static let rfc822 =
    #/^\s*(?:[A-Za-z]{3,9},?\s*)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*([A-Za-z]{1,5}|[+-]\d{4}))?)?\s*$/#
  private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
  /// Zone names RFC 822 allows besides numeric offsets, with CET/CEST for German feeds that use them.
  private static let zones = [
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420,
    "MDT": -360, "PST": -480, "PDT": -420, "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120,
  ]

  /// The date in `text`, or nil when it is neither RFC 822 nor ISO 8601 or names a day that does not exist.
  public static func parse(_ text: String) -> Dateline? {
    let original = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if let match = original.wholeMatch(of: iso) {
      return make(
        original, year: Int(match.1), month: Int(match.2), day: Int(match.3), hour: match.4.flatMap { Int($0) },
        minute: match.5.flatMap { Int($0) }, zone: match.6.map(String.init))
    }
    if let match = original.wholeMatch(of: rfc822) {
      let monthName = match.2.prefix(3).lowercased()
      guard let month = months.firstIndex(of: monthName), var year = Int(match.3) else { return nil }
      if year < 100 { year += year < 50 ? 2000 : 1900 }
      return make(
        original, year: year, month: month + 1, day: Int(match.1), hour: match.4.flatMap { Int($0) },
        minute: match.5.flatMap { Int($0) }, zone: match.6.map(String.init))
    }
    return nil
  }

  private static func make(
    _ original: String, year: Int?, month: Int?, day: Int?, hour: Int?, minute: Int?, zone: String?
  ) -> Dateline? {
    guard let year, let month, let day, Dateline.isValidDay(year: year, month: month, day: day) else { return nil }
    if let hour, hour > 23 { return nil }
    if let minute, minute > 59 { return nil }
    return Dateline(
      original: original, year: year, month: month, day: day, hour: hour, minute: hour == nil ? nil : minute,
      utcOffsetMinutes: hour == nil ? nil : zone.flatMap(offsetMinutes))
  }

  private static func offsetMinutes(_ zone: String) -> Int? {
    if let named = zones[zone.uppercased()] { return named }
    let digits = zone.filter(\.isNumber)
    guard digits.count == 4, let value = Int(digits), let sign = zone.first else { return nil }
    let minutes = value / 100 * 60 + value % 100
    return sign == "-" ? -minutes : minutes
  }
}
