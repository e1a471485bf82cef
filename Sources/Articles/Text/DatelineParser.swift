import Foundation

/// Recognizes a dateline line such as `09.02.2025, 07:30 Uhr`, `Stand: 9.2.2025 7.30 Uhr` or
/// `9. Februar 2025, 07:30 Uhr`, also after "Aktualisiert am", a weekday or a place ("Berlin,
/// 12.11.2024, 10:00 Uhr"), and rejects dates that do not exist (31.02.2025).
public struct DatelineParser: Sendable {
  /// A parser for German datelines.
  public init() {}

  nonisolated(unsafe) private static let numeric = #/^([0-9]{1,2})\.\s?([0-9]{1,2})\.\s?([0-9]{4})(?<rest>.*)$/#
  nonisolated(unsafe) private static let written =
    #/^([0-9]{1,2})\.\s*(?<month>\p{L}+)\.?\s+([0-9]{4})(?<rest>.*)$/#
  nonisolated(unsafe) private static let time = #/^\s*[,|–—·•-]?\s*(?:um\s+)?([0-9]{1,2})[:.]([0-9]{2})(?:\s*Uhr)?\s*$/#
  /// What may stand before the date: "Stand:", "Aktualisiert am", a weekday, a place and a comma.
  nonisolated(unsafe) private static let prefix =
    #/^(?i:(?:zuletzt\s+)?(?:stand|aktualisiert|veröffentlicht|erstellt|publiziert|update)(?:\s+am)?\s*:?\s*)?(?i:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so)\.?,?\s+)?(?:\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?,\s+)?(?=[0-9])/#
  private static let monthNames = [
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember",
  ]

  /// The dateline in `line`, or nil when the line is not a dateline.
  public func parse(_ line: String) -> Dateline? {
    let original = line.trimmingCharacters(in: .whitespaces)
    guard original.count <= 80, original.contains(where: \.isNumber) else { return nil }
    var text = Substring(original)
    if let match = text.prefixMatch(of: Self.prefix) { text = text[match.range.upperBound...] }
    // Only lines that start like a date ("09.02.", "9. Februar") go through the expressions.
    guard text.count <= 60, text.first?.isNumber == true else { return nil }
    let day: Int
    let month: Int
    let year: Int
    let rest: Substring
    if let match = text.wholeMatch(of: Self.numeric) {
      (day, month, year, rest) = (Int(match.1)!, Int(match.2)!, Int(match.3)!, match.rest)
    } else if let match = text.wholeMatch(of: Self.written), let number = monthNumber(match.month) {
      (day, month, year, rest) = (Int(match.1)!, number, Int(match.3)!, match.rest)
    } else {
      return nil
    }
    guard Dateline.isValidDay(year: year, month: month, day: day) else { return nil }
    if rest.trimmingCharacters(in: .whitespaces).isEmpty {
      return Dateline(original: original, year: year, month: month, day: day)
    }
    guard let clock = rest.wholeMatch(of: Self.time), let hour = Int(clock.1), let minute = Int(clock.2),
      hour < 24, minute < 60
    else { return nil }
    return Dateline(original: original, year: year, month: month, day: day, hour: hour, minute: minute)
  }

  private func monthNumber(_ name: Substring) -> Int? {
    let lowered = name.lowercased()
    if let index = Self.monthNames.firstIndex(of: lowered) { return index + 1 }
    // Abbreviated forms: "Feb.", "Sept.".
    guard lowered.count >= 3 else { return nil }
    let matches = Self.monthNames.indices.filter { Self.monthNames[$0].hasPrefix(lowered) }
    return matches.count == 1 ? matches[0] + 1 : nil
  }

}
