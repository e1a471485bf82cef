import Foundation

/// The publication date and time printed under a headline, parsed and as written.
public struct Dateline: Sendable, Equatable, Codable {
  /// The line as it stood in the article ("09.02.2025, 07:30 Uhr").
  public var original: String
  /// The calendar year.
  public var year: Int
  /// The month, 1…12.
  public var month: Int
  /// The day of the month.
  public var day: Int
  /// The hour, 0…23, when the dateline gives a time.
  public var hour: Int?
  /// The minute, when the dateline gives a time.
  public var minute: Int?
  /// The time zone the time is given in, as minutes east of UTC, when the source says (feeds do).
  public var utcOffsetMinutes: Int?

  /// A dateline from its parts.
  public init(
    original: String, year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil,
    utcOffsetMinutes: Int? = nil
  ) {
    self.original = original
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minute = minute
    self.utcOffsetMinutes = utcOffsetMinutes
  }

  /// ISO 8601: "2025-02-09", "2025-02-09T07:30" or, with a known time zone, "2025-02-09T07:30+01:00".
  public var iso8601: String {
    let date = String(format: "%04d-%02d-%02d", year, month, day)
    guard let hour else { return date }
    let time = date + String(format: "T%02d:%02d", hour, minute ?? 0)
    guard let offset = utcOffsetMinutes else { return time }
    return time + String(format: "%@%02d:%02d", offset < 0 ? "-" : "+", abs(offset) / 60, abs(offset) % 60)
  }

  /// Whether the day exists in a four-digit year (no 31 February).
  public static func isValidDay(year: Int, month: Int, day: Int) -> Bool {
    guard (1...12).contains(month), day >= 1, (1000...9999).contains(year) else { return false }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: 0)!
    guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { return false }
    return calendar.component(.day, from: date) == day && calendar.component(.month, from: date) == month
  }

  /// The moment, when the time zone is known (UTC is taken for a dateline with a time but no zone).
  public var date: Date? {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: (utcOffsetMinutes ?? 0) * 60) ?? calendar.timeZone
    return calendar.date(
      from: DateComponents(year: year, month: month, day: day, hour: hour ?? 0, minute: minute ?? 0))
  }
}
