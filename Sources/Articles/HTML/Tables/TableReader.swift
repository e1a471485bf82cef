/// How tables are read: each row as one sentence for tables up to `TableReading.rowLimit` rows (the
/// default), for every table, or not at all. Layout tables are not tables: their cells are read as text.
public enum TableReading: String, Sendable, CaseIterable, Codable {
  /// Rows of small tables; larger ones are left out.
  case automatic = "auto"
  case rows
  case skip

  /// The most body rows a table may have to be read by default.
  public static let rowLimit = 12
}

/// Reads a data table (`<table>` with header cells) row by row: "Platz 1: Sportfreunde Lindenau, 14
/// Spiele, 32 Punkte." The header cells label the values where that helps (`TableLabels`).
struct TableReader {
  /// One cell: its text and whether it is a header cell.
  struct Cell {
    var text: String
    var isHeader: Bool
  }

  let labels: TableLabels

  /// Whether `table` lays out a page rather than holding data: an ARIA presentation role, a table inside,
  /// paragraphs or headings in its cells, or a single column.
  static func isLayout(_ table: HTMLPage.Node) -> Bool {
    if let role = HTMLPage.attribute(table, "role")?.lowercased(), role == "presentation" || role == "none" {
      return true
    }
    var columns = 0
    var layout = false
    HTMLPage.forEachElement(below: table) { element, name in
      switch name {
      case "table", "p", "h1", "h2", "h3", "h4", "ul", "ol", "blockquote", "img": layout = true
      case "tr": columns = max(columns, HTMLPage.children(element).count { HTMLPage.isCell($0) })
      default: break
      }
    }
    return layout || columns < 2
  }

  /// The rows of `table` (of this table only, not of tables inside), cells in order.
  static func rows(of table: HTMLPage.Node) -> [[Cell]] {
    var rows: [[Cell]] = []
    var stack = Array(HTMLPage.children(table).reversed())
    while let node = stack.popLast() {
      guard let name = HTMLPage.elementName(node) else { continue }
      switch name {
      case "tr":
        rows.append(
          HTMLPage.children(node).filter(HTMLPage.isCell).map {
            Cell(text: HTMLPage.plainText($0), isHeader: HTMLPage.elementName($0) == "th")
          })
      case "thead", "tbody", "tfoot": stack.append(contentsOf: HTMLPage.children(node).reversed())
      default: continue
      }
    }
    return rows.filter { $0.contains { !$0.text.isEmpty } }
  }

  /// The sentences `table` is read as with `reading`: its caption, then one a row; none when the table is
  /// left out.
  func sentences(_ table: HTMLPage.Node, reading: TableReading) -> [String] {
    guard reading != .skip else { return [] }
    var rows = Self.rows(of: table)
    guard !rows.isEmpty else { return [] }
    var headers: [String] = []
    if rows[0].allSatisfy(\.isHeader) || Self.inHead(table) { headers = rows.removeFirst().map(\.text) }
    guard reading == .rows || rows.count <= TableReading.rowLimit else { return [] }
    let caption = HTMLPage.children(table).first { HTMLPage.elementName($0) == "caption" }.map(HTMLPage.plainText)
    return [caption].compactMap { $0 }.filter { !$0.isEmpty } + rows.map { sentence($0, headers: headers) }
  }

  /// One row as a sentence: a row header (or a leading rank) before a colon, the other cells labelled.
  func sentence(_ row: [Cell], headers: [String]) -> String {
    var parts: [String] = []
    var lead: String?
    for (index, cell) in row.enumerated() where !cell.text.isEmpty {
      let header = index < headers.count ? headers[index] : nil
      if index == 0, cell.isHeader {
        lead = cell.text
      } else if index == 0, let header, labels.reading(cell.text, under: header) != cell.text {
        lead = labels.reading(cell.text, under: header)
      } else {
        parts.append(labels.reading(cell.text, under: header))
      }
    }
    let rest = parts.joined(separator: ", ")
    let text = [lead, rest.isEmpty ? nil : rest].compactMap { $0 }.joined(separator: ": ")
    return text.last.map { ".!?".contains($0) } == true ? text : text + "."
  }

  /// Whether the table's first row stands in a `thead`.
  private static func inHead(_ table: HTMLPage.Node) -> Bool {
    HTMLPage.children(table).contains { HTMLPage.elementName($0) == "thead" }
  }
}
