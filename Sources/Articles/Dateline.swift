import Foundation

/// The publication date and time printed under a headline, parsed and as written.
public struct Dateline: Sendable, Equatable {
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

  /// A dateline from its parts.
  public init(original: String, year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil) {
    self.original = original
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minute = minute
  }

  /// ISO 8601: "2025-02-09" or "2025-02-09T07:30".
  public var iso8601: String {
    let date = String(format: "%04d-%02d-%02d", year, month, day)
    guard let hour else { return date }
    return date + String(format: "T%02d:%02d", hour, minute ?? 0)
  }
}
