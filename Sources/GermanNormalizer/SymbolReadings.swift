import Foundation

/// What is said for symbols standing alone, from the `symbols.tsv` resource.
struct SymbolReadings: Sendable {
  static let shared = SymbolReadings(listing: ResourceText.load("symbols", "tsv"))
  private var readings: [String: String] = [:]

  init(listing: String) {
    // Comments start with "# "; a line "#<tab>" is the hash sign itself.
    for line in listing.split(separator: "\n") where !line.hasPrefix("# ") && !line.isEmpty {
      let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
      guard let symbol = fields.first, !symbol.isEmpty else { continue }
      readings[symbol] = fields.count > 1 ? fields[1].trimmingCharacters(in: .whitespaces) : ""
    }
  }

  /// The reading of `symbol`: words, "" to drop it, or nil when the symbol is not listed.
  func reading(of symbol: String) -> String? { readings[symbol] }

  /// Whether `scalar` is an emoji or a pictograph, which are dropped.
  static func isPictograph(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isEmojiPresentation || scalar.properties.generalCategory == .otherSymbol
  }
}
