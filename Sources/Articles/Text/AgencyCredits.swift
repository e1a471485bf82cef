import DataTables
import Foundation

/// News-agency credits in article text, from `agencies.txt`: the dateline tag before the first
/// paragraph ("Berlin (dpa) - ", "Köln (ots) -") and credits that stand alone ("(dpa)", "(AFP/dpa)").
public struct AgencyCredits: Sendable {
  nonisolated(unsafe) private let tag: NSRegularExpression
  nonisolated(unsafe) private let credit: NSRegularExpression

  /// The shipped list.
  public static let standard = DataTable.load(
    resource: "agencies.txt", in: .module, columns: 1...1, AgencyCredits.init)

  /// Credits of the agencies in `table`, one name a row.
  public init(table: DataTable) throws(DataTableError) {
    let names = table.rows.map { NSRegularExpression.escapedPattern(for: $0.fields[0]) }.joined(separator: "|")
    let agencies = "(?:\(names))(?:\\s*/\\s*(?:\(names)))*"
    do {
      // A place of up to four words, the agency in parentheses, a dash.
      tag = try NSRegularExpression(
        pattern: "^\\p{Lu}[\\p{L}.'-]*(?:[ /-]\\p{L}[\\p{L}.'-]*){0,3}\\s*\\(\(agencies)\\)\\s*[-–—]+\\s*",
        options: [.caseInsensitive])
      credit = try NSRegularExpression(pattern: "^\\(?\(agencies)\\)?\\.?$", options: [.caseInsensitive])
    } catch {
      throw DataTableError(file: table.file, line: 0, reason: "the agency names make no pattern")
    }
  }

  /// `paragraph` without an agency dateline tag at its start.
  public func strippingTag(_ paragraph: String) -> String {
    let range = NSRange(paragraph.startIndex..., in: paragraph)
    guard let match = tag.firstMatch(in: paragraph, range: range), let end = Range(match.range, in: paragraph)
    else { return paragraph }
    let rest = paragraph[end.upperBound...]
    return rest.isEmpty ? paragraph : String(rest)
  }

  /// Whether `text` is an agency credit standing alone.
  public func isCredit(_ text: String) -> Bool {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    return trimmed.count <= 60
      && credit.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) != nil
  }
}
