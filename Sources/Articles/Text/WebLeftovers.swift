import DataTables
import Foundation

/// Web-page phrases ("Artikel anhören", "Mehr zum Thema") that are not part of an article's text,
/// read from the `web-leftovers.txt` resource.
public struct WebLeftovers: Sendable {
  private let phrases: Set<String>
  private let prefixes: [String]

  /// The shipped list.
  public static let standard = DataTable.load(
    resource: "web-leftovers.txt", in: .module, columns: 1...1, WebLeftovers.init)

  /// A list read from the data-file text `listing`; `file` names it in errors.
  public init(listing: String, file: String = "web-leftovers") throws(DataTableError) {
    try self.init(table: DataTable(text: listing, file: file, columns: 1...1))
  }

  /// The phrases of `table`, one a row; a trailing `*` matches any line starting with the phrase.
  public init(table: DataTable) {
    var phrases = Set<String>()
    var prefixes: [String] = []
    for row in table.rows {
      let entry = row.fields[0]
      if entry.hasSuffix("*") {
        prefixes.append(Self.key(String(entry.dropLast())))
      } else {
        phrases.insert(Self.key(entry))
      }
    }
    self.phrases = phrases
    self.prefixes = prefixes
  }

  /// Whether the whole of `line` is a web-page leftover.
  public func matches(_ line: String) -> Bool {
    let key = Self.key(line)
    return phrases.contains(key) || prefixes.contains { key.hasPrefix($0) }
  }

  private static func key(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".!…"))).lowercased()
  }
}
