import Articles
import Foundation

extension Dateline {
  /// The dateline as the written text shows it: as the article printed it, or — where it came from a
  /// feed's or a page's machine date ("2025-02-09T07:30:00+01:00", "Sun, 09 Feb 2025") — the German way,
  /// "09.02.2025, 07:30 Uhr".
  var shown: String {
    if original.contains(/[0-9]{1,2}\. ?([0-9]{1,2}\.|[[:alpha:]]{3,}) ?[0-9]{4}/) { return original }
    let date = String(format: "%02d.%02d.%04d", day, month, year)
    guard let hour else { return date }
    return date + String(format: ", %02d:%02d Uhr", hour, minute ?? 0)
  }
}
