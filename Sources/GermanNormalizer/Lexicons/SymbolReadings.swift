import DataTables
import Foundation

/// What is said for symbols standing alone, from the `symbols.tsv` resource.
struct SymbolReadings: Sendable {
  static let shared = DataTable.load(resource: "symbols.tsv", in: .module, columns: 1...2, SymbolReadings.init)
  private var readings: [String: String] = [:]

  /// How many symbols are listed.
  var count: Int { readings.count }

  /// The symbols of `table` (a line "#<tab>" is the hash sign itself) and their readings; none: dropped.
  init(table: DataTable) {
    for row in table.rows { readings[row.fields[0]] = row[1] ?? "" }
  }

  /// The reading of `symbol`: words, "" to drop it, or nil when the symbol is not listed.
  func reading(of symbol: String) -> String? { readings[symbol] }

  /// Whether `scalar` is an emoji or a pictograph, which are dropped.
  static func isPictograph(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isEmojiPresentation || scalar.properties.generalCategory == .otherSymbol
  }
}
