import Foundation

extension DataTable {
  /// The table in resource `name` of `bundle` (a module's shipped data file). A missing or malformed
  /// shipped file is a packaging error, which the data-file tests catch before a release.
  public static func resource(_ name: String, in bundle: Bundle, columns: ClosedRange<Int>) -> DataTable {
    guard let url = bundle.url(forResource: name, withExtension: nil),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { preconditionFailure("\(name) is missing from \(bundle.bundleURL.lastPathComponent)") }
    do {
      return try DataTable(text: text, file: name, columns: columns)
    } catch {
      preconditionFailure("shipped data file \(error)")
    }
  }

  /// What `read` makes of shipped resource `name` (a word list it checks row by row). A missing or
  /// malformed shipped file is a packaging error, which the data-file tests catch before a release.
  public static func load<Value>(
    resource name: String, in bundle: Bundle, columns: ClosedRange<Int>,
    _ read: (DataTable) throws(DataTableError) -> Value
  ) -> Value {
    do {
      return try read(resource(name, in: bundle, columns: columns))
    } catch {
      preconditionFailure("shipped data file \(error)")
    }
  }

  /// The table in the file at `path` (a publisher's own list); unreadable files are errors too.
  public static func file(_ path: String, columns: ClosedRange<Int>) throws(DataTableError) -> DataTable {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DataTableError(file: path, line: 0, reason: "cannot read the file (missing, or a folder)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw DataTableError(file: path, line: 0, reason: "not UTF-8 text")
    }
    return try DataTable(text: text, file: path, columns: columns)
  }
}
