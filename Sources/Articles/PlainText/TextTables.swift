/// Tables in copied text: runs of lines with tab-separated cells (what a browser copies from a
/// `<table>`), read a sentence a row as HTML tables are (`TableReader`); a first row of labels
/// without digits is the header.
enum TextTables {
  /// `lines` with every table's rows replaced by their sentences.
  static func reading(_ lines: [String], labels: TableLabels = .standard) -> [String] {
    var result: [String] = []
    var index = 0
    let reader = TableReader(labels: labels)
    while index < lines.count {
      guard cells(lines[index]).count >= 2 else {
        result.append(lines[index])
        index += 1
        continue
      }
      // A title line right above the table is its caption: read as a sentence, not as a heading.
      if let last = result.last, !last.isEmpty, last.count <= 100, let end = last.last, !".!?:,;".contains(end) {
        result[result.count - 1] = last + "."
      }
      var rows: [[String]] = []
      while index < lines.count, cells(lines[index]).count >= 2 {
        rows.append(cells(lines[index]))
        index += 1
      }
      var headers: [String] = []
      if rows.count > 1, !rows[0].contains(where: { $0.contains(where: \.isNumber) && $0.count <= 4 }) {
        headers = rows.removeFirst()
      }
      let limit = TableReading.rowLimit
      guard rows.count <= limit else { continue }
      for row in rows {
        result.append(reader.sentence(row.map { TableReader.Cell(text: $0, isHeader: false) }, headers: headers))
      }
    }
    return result
  }

  private static func cells(_ line: String) -> [String] {
    guard line.contains("\t") else { return [] }
    return line.split(separator: "\t", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
  }
}
