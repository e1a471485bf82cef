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
  let entries: [UnitEntry]
  private var byFirstToken: [String: [UnitEntry]] = [:]

  /// The unit written at `index` and how many tokens it spans; the longest match wins.
  func unit(in stream: TokenStream, at index: Int) -> (entry: UnitEntry, tokenCount: Int)? {
    guard let first = stream[index], let candidates = byFirstToken[first.text] else { return nil }
    for entry in candidates {
      if let length = stream.match(entry.symbol, at: index) { return (entry, length) }
    }
    return nil
  }

  init(listing: String) {
    entries = DataFileLines.entries(of: listing).compactMap { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 4, let gender = Gender(rawValue: fields[3]) else { return nil }
      return UnitEntry(symbol: fields[0], singular: fields[1], plural: fields[2], gender: gender)
    }.sorted { $0.symbol.count > $1.symbol.count }
    for entry in entries {
      byFirstToken[Tokenizer.tokenize(entry.symbol).first?.text ?? "", default: []].append(entry)
    }
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
  private var byFirstToken: [String: [CurrencyEntry]] = [:]

  /// The currency written at `index` and how many tokens it spans; the longest match wins.
  func currency(in stream: TokenStream, at index: Int) -> (entry: CurrencyEntry, tokenCount: Int)? {
    guard let first = stream[index], let candidates = byFirstToken[first.text] else { return nil }
    for entry in candidates {
      if let length = stream.match(entry.symbol, at: index) { return (entry, length) }
    }
    return nil
  }

  init(listing: String) {
    entries = DataFileLines.entries(of: listing).compactMap { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 4, let gender = Gender(rawValue: fields[3]) else { return nil }
      let cents = fields.count > 4 && !fields[4].isEmpty ? fields[4] : nil
      return CurrencyEntry(symbol: fields[0], singular: fields[1], plural: fields[2], gender: gender, cents: cents)
    }.sorted { $0.symbol.count > $1.symbol.count }
    for entry in entries {
      byFirstToken[Tokenizer.tokenize(entry.symbol).first?.text ?? "", default: []].append(entry)
    }
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
