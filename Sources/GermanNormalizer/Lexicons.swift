/// A unit written after a number ("km", "°C", "kWh") with its spoken forms.
struct UnitEntry {
  var symbol: String
  var singular: String
  var plural: String
  var gender: Gender
}

/// The units from the `units.tsv` resource, longest symbol first.
struct UnitLexicon {
  static let shared = UnitLexicon(listing: ResourceText.load("units", "tsv"))
  private let index: SymbolIndex<UnitEntry>

  /// The unit written at `position` and how many tokens it spans; the longest match wins.
  func unit(in stream: TokenStream, at position: Int) -> (entry: UnitEntry, tokenCount: Int)? {
    index.match(in: stream, at: position)
  }

  init(listing: String) {
    let entries = DataFileLines.entries(of: listing).compactMap { line -> UnitEntry? in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 4, let gender = Gender(rawValue: fields[3]) else { return nil }
      return UnitEntry(symbol: fields[0], singular: fields[1], plural: fields[2], gender: gender)
    }.sorted { $0.symbol.count > $1.symbol.count }
    index = SymbolIndex(entries) { $0.symbol }
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
  static let shared = CurrencyLexicon(listing: ResourceText.load("currencies", "tsv"))
  let entries: [CurrencyEntry]
  private let index: SymbolIndex<CurrencyEntry>

  /// The currency written at `position` and how many tokens it spans; the longest match wins.
  func currency(in stream: TokenStream, at position: Int) -> (entry: CurrencyEntry, tokenCount: Int)? {
    index.match(in: stream, at: position)
  }

  init(listing: String) {
    entries = DataFileLines.entries(of: listing).compactMap { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 4, let gender = Gender(rawValue: fields[3]) else { return nil }
      let cents = fields.count > 4 && !fields[4].isEmpty ? fields[4] : nil
      return CurrencyEntry(symbol: fields[0], singular: fields[1], plural: fields[2], gender: gender, cents: cents)
    }.sorted { $0.symbol.count > $1.symbol.count }
    index = SymbolIndex(entries) { $0.symbol }
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
