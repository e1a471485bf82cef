/// A line-based data file: one row a line, fields separated by tabs, `#` comments, blank lines ignored.
///
/// Every shipped word list and every publisher's own list (`--lexicon`, page rules) is read through
/// this one reader, so all of them share one comment rule and report a malformed row by file and line.
/// A comment is a line whose first character is `#` followed by a space or the end of the line; a row may
/// therefore begin with `#` itself (the hash sign in the symbol list). Fields lose surrounding spaces, and
/// a line's trailing carriage return is dropped.
public struct DataTable: Sendable, Equatable {
  /// One row: its fields and the line it stood on.
  public struct Row: Sendable, Equatable {
    /// The line number, from 1.
    public let line: Int
    /// The fields; as many as the table's columns allow, missing optional ones absent.
    public let fields: [String]

    /// Field `index`, or nil when the row has fewer fields.
    public subscript(index: Int) -> String? { fields.indices.contains(index) ? fields[index] : nil }

    /// Field `index`, nil when absent or empty.
    public func value(_ index: Int) -> String? {
      guard let field = self[index], !field.isEmpty else { return nil }
      return field
    }
  }

  /// The file the table was read from, as named in errors.
  public let file: String
  /// The rows in file order.
  public let rows: [Row]

  /// Reads `text` (the contents of `file`) as rows of `columns` fields: a row with fewer or more fields,
  /// or with an empty first field, is an error naming the file and line.
  public init(text: String, file: String, columns: ClosedRange<Int>) throws(DataTableError) {
    self.file = file
    var rows: [Row] = []
    var number = 0
    // Split on UTF-8 bytes: the data files are read at every start, and Character splitting is slow.
    for bytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      number += 1
      var line = Substring(decoding: bytes, as: UTF8.self)
      if line.utf8.last == UInt8(ascii: "\r") { line = line.dropLast() }
      if Self.isBlankOrComment(line) { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(Self.trimmed)
      guard columns.contains(fields.count) else {
        let expected =
          columns.count == 1 ? "\(columns.lowerBound)" : "\(columns.lowerBound) to \(columns.upperBound)"
        throw DataTableError(
          file: file, line: number,
          reason: "expected \(expected) tab-separated field\(columns.upperBound == 1 ? "" : "s"), found \(fields.count)"
        )
      }
      guard !fields[0].isEmpty else {
        throw DataTableError(file: file, line: number, reason: "the first field is empty")
      }
      rows.append(Row(line: number, fields: fields))
    }
    self.rows = rows
  }

  /// The error for `row`: `FILE:LINE: reason`.
  public func error(_ row: Row, _ reason: String) -> DataTableError {
    DataTableError(file: file, line: row.line, reason: reason)
  }

  private static func isBlankOrComment(_ line: Substring) -> Bool {
    var bytes = line.utf8.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    guard let first = bytes.first else { return true }
    guard first == UInt8(ascii: "#") else { return false }
    bytes = bytes.dropFirst()
    return bytes.first == nil || bytes.first == UInt8(ascii: " ")
  }

  private static func trimmed(_ field: Substring) -> String {
    var field = field
    while field.utf8.first == UInt8(ascii: " ") { field = field.dropFirst() }
    while field.utf8.last == UInt8(ascii: " ") { field = field.dropLast() }
    return String(field)
  }
}
