import DataTables

/// How data-table column headers are spoken when a row is read, from `table-labels.tsv`.
struct TableLabels: Sendable {
  /// Where a label stands beside its value.
  enum Position: String {
    case before, after
  }

  private let labels: [String: (words: String, position: Position)]

  /// The shipped labels.
  static let standard = DataTable.load(
    resource: "table-labels.tsv", in: .module, columns: 3...3, TableLabels.init)

  init(table: DataTable) throws(DataTableError) {
    var labels: [String: (String, Position)] = [:]
    for row in table.rows {
      guard let position = Position(rawValue: row.fields[2]) else {
        throw table.error(row, "the third field is \"before\" or \"after\", not \"\(row.fields[2])\"")
      }
      labels[row.fields[0].lowercased()] = (row.fields[1], position)
    }
    self.labels = labels
  }

  /// `value` under the column header `header`, as a row reads it.
  func reading(_ value: String, under header: String?) -> String {
    guard let header, !header.isEmpty else { return value }
    if let label = labels[header.lowercased()] {
      return label.position == .before ? "\(label.words) \(value)" : "\(value) \(label.words)"
    }
    let numeric = value.first.map { $0.isNumber || "+-−–".contains($0) } ?? false
    return numeric ? "\(header) \(value)" : value
  }
}
