import DataTables

/// A list of words or codes from a one-column resource (service numbers, code cues, …), matched exactly.
struct WordList: Sendable {
  private let words: Set<String>
  /// How many entries the list holds.
  var count: Int { words.count }

  /// The list in resource `name`, read through the data-table reader.
  static func load(_ name: String) -> WordList {
    DataTable.load(resource: name, in: .module, columns: 1...1) { (table: DataTable) throws(DataTableError) in
      WordList(words: Set(table.rows.map { $0.fields[0] }))
    }
  }

  /// Whether `word` is listed.
  func contains(_ word: String) -> Bool { words.contains(word) }
}

/// A two-column resource: a written form and what it stands for (inclusive plurals, street suffixes, …).
struct WordTable: Sendable {
  private let values: [String: String]
  /// How many entries the table holds.
  var count: Int { values.count }

  /// The table in resource `name`, read through the data-table reader.
  static func load(_ name: String) -> WordTable {
    DataTable.load(resource: name, in: .module, columns: 2...2) { (table: DataTable) throws(DataTableError) in
      var values: [String: String] = [:]
      for row in table.rows {
        guard values[row.fields[0]] == nil else { throw table.error(row, "\(row.fields[0]) is listed twice") }
        values[row.fields[0]] = row.fields[1]
      }
      return WordTable(values: values)
    }
  }

  /// The value listed for `key`.
  subscript(key: String) -> String? { values[key] }
}
