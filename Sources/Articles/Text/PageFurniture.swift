import DataTables
import Foundation

/// Lines and blocks of page furniture recognized by pattern ("Lesezeit: 4 Min.", "Dieser Artikel wurde
/// am … aktualisiert", "Foto: …", "(Mit Material von dpa)"), from `furniture-patterns.txt`.
public struct PageFurniture: Sendable {
  /// What a rule drops.
  enum Kind: String {
    /// The line or block itself.
    case line
    /// A box label ("Mehr zum Thema"): in plain text also the lines after it, up to a blank line.
    case teaser
    /// A call to action ("Jetzt anmelden"): the box whose link or button says it is a promotion.
    case action
    /// The pitch of a promotion box ("jeden Freitag kostenlos per Mail").
    case box
    /// The label of a section of furniture ("Anzeige", "Pressekontakt:") whose lines follow it.
    case section
  }

  /// Blocks longer than this are article text, whatever they start with.
  static let longestFurniture = 320

  nonisolated(unsafe) private let rules: [(kind: Kind, pattern: NSRegularExpression)]

  /// The shipped patterns.
  public static let standard = DataTable.load(
    resource: "furniture-patterns.txt", in: .module, columns: 2...2, PageFurniture.init)

  /// Rules from `table`: rows "KIND<TAB>PATTERN" with KIND line, teaser, action, box or section.
  public init(table: DataTable) throws(DataTableError) {
    var rules: [(Kind, NSRegularExpression)] = []
    for row in table.rows {
      guard let kind = Kind(rawValue: row.fields[0]) else {
        throw table.error(row, "unknown rule \"\(row.fields[0])\" (line, teaser, action, box or section)")
      }
      do {
        rules.append((kind, try NSRegularExpression(pattern: row.fields[1], options: [.caseInsensitive])))
      } catch {
        throw table.error(row, "not a regular expression: \(row.fields[1])")
      }
    }
    self.rules = rules
  }

  /// Whether `text` (a whole line or block) is furniture.
  public func matches(_ text: String) -> Bool {
    matches(text, of: [.line, .teaser, .action, .box, .section])
  }

  /// Whether `text` labels a section of furniture whose lines follow it up to the end of their block.
  public func isSectionLabel(_ text: String) -> Bool {
    matches(text, of: [.section])
  }

  /// Whether `text` ends or pitches a promotion box, whose title lines above it go with it in plain text.
  public func endsBox(_ text: String) -> Bool {
    matches(text, of: [.action, .box])
  }

  /// Whether `text` labels a box of teasers whose lines follow it.
  public func isTeaserLabel(_ text: String) -> Bool {
    matches(text, of: [.teaser])
  }

  /// Whether `text`, a link's or a button's, calls to an action.
  public func isCallToAction(_ text: String) -> Bool {
    matches(text, of: [.action])
  }

  private func matches(_ text: String, of kinds: Set<Kind>) -> Bool {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty, trimmed.count <= Self.longestFurniture else { return false }
    let range = NSRange(trimmed.startIndex..., in: trimmed)
    return rules.contains { kinds.contains($0.kind) && $0.pattern.firstMatch(in: trimmed, range: range) != nil }
  }
}
