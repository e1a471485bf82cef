import DataTables

/// German weekday names from the `weekdays.txt` resource, and their two-letter abbreviations.
enum Weekdays {
  static let all: [String] = DataTable.load(resource: "weekdays.txt", in: .module, columns: 1...1) {
    (table: DataTable) throws(DataTableError) -> [String] in
    guard table.rows.count == 7 else {
      throw DataTableError(file: table.file, line: 0, reason: "must list seven days, lists \(table.rows.count)")
    }
    return table.rows.map { $0.fields[0] }
  }

  /// The number (1 = Monday) of the weekday `word` names, written out or as its first two letters.
  static func number(of word: String) -> Int? {
    all.firstIndex { $0 == word || (word.count == 2 && $0.hasPrefix(word)) }.map { $0 + 1 }
  }
}
