import DataTables

/// A unit written after a number ("km", "°C", "kWh") with its spoken forms.
struct UnitEntry {
  var symbol: String
  var singular: String
  var plural: String
  var gender: Gender
}

/// The units from the `units.tsv` resource, longest symbol first.
struct UnitLexicon {
  static let shared = DataTable.load(resource: "units.tsv", in: .module, columns: 4...4, UnitLexicon.init)
  private let index: SymbolIndex<UnitEntry>
  /// How many units the lexicon holds.
  let count: Int

  /// The unit written at `position` and how many tokens it spans; the longest match wins.
  func unit(in stream: TokenStream, at position: Int) -> (entry: UnitEntry, tokenCount: Int)? {
    index.match(in: stream, at: position)
  }

  /// "/m²", "/kWh", "/100 km" after an amount or a unit: "pro Quadratmeter", "pro hundert Kilometer", and how
  /// many tokens it spans.
  func perUnit(in stream: TokenStream, at position: Int, _ words: NumberWords) -> (spoken: String, tokenCount: Int)? {
    guard stream.isSymbol(position, "/") else { return nil }
    if let (unit, length) = unit(in: stream, at: position + 1) { return ("pro " + unit.singular, 1 + length) }
    guard let number = stream.number(at: position + 1), number.isInteger else { return nil }
    let cursor = stream.skippingSpace(from: position + 1 + number.tokenCount)
    guard let (unit, length) = unit(in: stream, at: cursor) else { return nil }
    return ("pro " + words.cardinal(number.integerDigits) + " " + unit.plural, cursor + length - position)
  }

  /// The units of `table`: symbol, singular, plural, gender.
  init(table: DataTable) throws(DataTableError) {
    var entries: [UnitEntry] = []
    for row in table.rows {
      let gender = try Gender.field(row, 3, of: table)
      entries.append(UnitEntry(symbol: row.fields[0], singular: row.fields[1], plural: row.fields[2], gender: gender))
    }
    count = entries.count
    index = SymbolIndex(entries.sorted { $0.symbol.count > $1.symbol.count }) { $0.symbol }
  }
}

/// A currency with its spoken forms and the name of its hundredth.
struct CurrencyEntry {
  var symbol: String
  var singular: String
  var plural: String
  var gender: Gender
  var cents: String?
}

/// The currencies from the `currencies.tsv` resource, longest symbol first.
struct CurrencyLexicon {
  static let shared = DataTable.load(
    resource: "currencies.tsv", in: .module, columns: 4...5, CurrencyLexicon.init)
  let entries: [CurrencyEntry]
  private let index: SymbolIndex<CurrencyEntry>

  /// The currency written at `position` and how many tokens it spans; the longest match wins.
  func currency(in stream: TokenStream, at position: Int) -> (entry: CurrencyEntry, tokenCount: Int)? {
    index.match(in: stream, at: position)
  }

  /// The currencies of `table`: symbol, singular, plural, gender, and the name of the hundredth.
  init(table: DataTable) throws(DataTableError) {
    var entries: [CurrencyEntry] = []
    for row in table.rows {
      let gender = try Gender.field(row, 3, of: table)
      entries.append(
        CurrencyEntry(
          symbol: row.fields[0], singular: row.fields[1], plural: row.fields[2], gender: gender, cents: row.value(4)))
    }
    self.entries = entries.sorted { $0.symbol.count > $1.symbol.count }
    index = SymbolIndex(self.entries) { $0.symbol }
  }
}

/// Entries keyed by the first token of their written symbol, so that a look-up tries only the few that can
/// match; within a key, longer symbols come first.
struct SymbolIndex<Entry: Sendable>: Sendable {
  private var byFirstToken: [String: [(symbol: String, entry: Entry)]] = [:]

  init(_ entries: [Entry], symbol: (Entry) -> String) {
    for entry in entries {
      let written = symbol(entry)
      byFirstToken[Tokenizer.tokenize(written).first?.text ?? "", default: []].append((written, entry))
    }
  }

  /// The entry written at `position` and how many tokens it spans.
  func match(in stream: TokenStream, at position: Int) -> (entry: Entry, tokenCount: Int)? {
    guard let first = stream[position], let candidates = byFirstToken[first.text] else { return nil }
    for candidate in candidates {
      if let length = stream.match(candidate.symbol, at: position) { return (candidate.entry, length) }
    }
    return nil
  }
}

extension TokenStream {
  /// Whether the tokens from `index` spell `symbol` exactly (no spaces inside), followed by a word boundary.
  /// Returns how many tokens it spans.
  func match(_ symbol: String, at index: Int) -> Int? {
    var remaining = Substring(symbol)
    var cursor = index
    while !remaining.isEmpty {
      guard let token = self[cursor], token.kind != .space, remaining.hasPrefix(token.text) else { return nil }
      remaining = remaining.dropFirst(token.text.count)
      cursor += 1
    }
    if let next = self[cursor], next.kind == .word || next.kind == .number { return nil }
    return cursor - index
  }
}
