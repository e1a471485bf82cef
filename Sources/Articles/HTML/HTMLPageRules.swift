import DataTables
import Foundation

/// How the HTML article parser reads a page's parts, from `html-page-rules.txt`: which elements are
/// furniture to drop (by tag name, or by a class or id word such as share, credit, advert), and which
/// hold the kicker.
public struct HTMLPageRules: Sendable {
  /// Tag names (lower case) dropped with their content.
  public let droppedTags: Set<String>
  /// Class or id words (lower case) that drop an element with its content.
  public let furnitureWords: Set<String>
  /// Class or id words (lower case) that mark the kicker (Dachzeile).
  public let kickerWords: Set<String>

  /// The shipped rules.
  public static let standard = DataTable.load(
    resource: "html-page-rules.txt", in: .module, columns: 2...2, HTMLPageRules.init)

  /// Rules from `table`: rows "tag<TAB>NAME", "class<TAB>WORD" and "kicker<TAB>WORD".
  public init(table: DataTable) throws(DataTableError) {
    var rules: [String: Set<String>] = [:]
    for row in table.rows {
      guard ["tag", "class", "kicker"].contains(row.fields[0]) else {
        throw table.error(row, "unknown rule \"\(row.fields[0])\" (tag, class or kicker)")
      }
      rules[row.fields[0], default: []].insert(row.fields[1].lowercased())
    }
    droppedTags = rules["tag"] ?? []
    furnitureWords = rules["class"] ?? []
    kickerWords = rules["kicker"] ?? []
  }

  /// Whether an element with this class or id attribute value is page furniture.
  public func isFurniture(classOrID value: String) -> Bool {
    Self.words(value).contains { furnitureWords.contains($0) }
  }

  /// Whether an element with this class or id attribute value holds the kicker.
  public func isKicker(classOrID value: String) -> Bool {
    Self.words(value).contains { kickerWords.contains($0) }
  }

  private static func words(_ value: String) -> [String] {
    value.lowercased().split { $0 == " " || $0 == "-" || $0 == "_" }.map(String.init)
  }
}
