import DataTables
import Foundation

/// German month names, read from the `months.txt` resource.
enum MonthNames {
  /// The twelve names, January first.
  static let all: [String] = DataTable.load(resource: "months.txt", in: .module, columns: 1...1) {
    (table: DataTable) throws(DataTableError) -> [String] in
    guard table.rows.count == 12 else {
      throw DataTableError(file: table.file, line: 0, reason: "must list twelve months, lists \(table.rows.count)")
    }
    return table.rows.map { $0.fields[0] }
  }

  /// The name of month `number` (1…12), or nil outside that range.
  static func name(of number: Int) -> String? {
    (1...12).contains(number) ? all[number - 1] : nil
  }

  /// The number (1…12) of the month `word` names, also abbreviated ("Jan", "Sept").
  static func number(of word: String) -> Int? {
    if let index = all.firstIndex(of: word) { return index + 1 }
    guard word.count >= 3 else { return nil }
    let matches = all.indices.filter { all[$0].hasPrefix(word) }
    return matches.count == 1 ? matches[0] + 1 : nil
  }
}
