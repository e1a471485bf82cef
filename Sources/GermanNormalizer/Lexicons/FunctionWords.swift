import DataTables

/// Prepositions, two-way prepositions and verbs with the case they govern, and the predicate verbs, from the
/// `function-words.tsv` resource.
struct FunctionWords: Sendable {
  /// What a function word is.
  enum Kind: String, Sendable {
    case preposition
    case twoWay = "two-way"
    case verb
    case predicate
    case copula
  }

  /// A function word's kind and the case it governs.
  struct Entry: Sendable {
    var kind: Kind
    var grammaticalCase: Agreement.GrammaticalCase
  }

  static let shared = DataTable.load(resource: "function-words.tsv", in: .module, columns: 3...3, FunctionWords.init)
  private var entries: [String: Entry] = [:]
  /// How many words the table holds.
  var count: Int { entries.count }

  /// The words of `table`: word, kind, case.
  init(table: DataTable) throws(DataTableError) {
    let cases: [String: Agreement.GrammaticalCase] = [
      "nominative": .nominative, "accusative": .accusative, "dative": .dative, "genitive": .genitive,
    ]
    for row in table.rows {
      guard let kind = Kind(rawValue: row.fields[1]) else { throw table.error(row, "unknown kind \(row.fields[1])") }
      guard let grammaticalCase = cases[row.fields[2]] else { throw table.error(row, "unknown case \(row.fields[2])") }
      guard entries[row.fields[0]] == nil else { throw table.error(row, "\(row.fields[0]) is listed twice") }
      entries[row.fields[0]] = Entry(kind: kind, grammaticalCase: grammaticalCase)
    }
  }

  /// The entry for `word` (lower-cased).
  func entry(_ word: String) -> Entry? { entries[word] }

  /// The case a preposition governs before a count or an ordinal: two-way prepositions take the dative.
  func caseBeforeNumber(_ word: String) -> Agreement.GrammaticalCase? {
    guard let entry = entries[word] else { return nil }
    switch entry.kind {
    case .preposition: return entry.grammaticalCase == .genitive ? nil : entry.grammaticalCase
    case .twoWay: return .dative
    case .verb, .predicate, .copula: return nil
    }
  }

  /// The case of a person named after `word`: "mit Karl" dative, "über Ludwig" accusative, "traf Leo" accusative.
  func caseBeforePerson(_ word: String) -> Agreement.GrammaticalCase? {
    guard let entry = entries[word], entry.kind != .predicate, entry.kind != .copula else { return nil }
    return entry.grammaticalCase
  }

  /// Whether `word` makes a bare ordinal after it a predicate noun ("wurde 3." → "wurde Dritter").
  func isPredicate(_ word: String) -> Bool { entries[word]?.kind == .predicate }

  /// Whether `word` is a copula ("ist", "war"): a bare ordinal after it is a place only in a ranking.
  func isCopula(_ word: String) -> Bool { entries[word]?.kind == .copula }
}
