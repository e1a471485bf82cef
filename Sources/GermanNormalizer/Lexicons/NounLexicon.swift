import DataTables
import Foundation

/// Grammatical gender of a noun, or plural.
enum Gender: String, Equatable {
  case masculine = "m"
  case feminine = "f"
  case neuter = "n"
  case plural = "pl"
}

extension Gender {
  /// The gender in field `index` of `row`, or an error naming the line.
  static func field(_ row: DataTable.Row, _ index: Int, of table: DataTable) throws(DataTableError) -> Gender {
    guard let gender = row[index].flatMap(Gender.init) else {
      throw table.error(row, "the gender must be m, f, n or pl")
    }
    return gender
  }
}

/// The nouns that follow numbers in news text, with their gender, from the `nouns.tsv` resource.
struct NounLexicon {
  struct Entry {
    var gender: Gender
    /// Whether an ordinal before it is part of a proper name ("Zweiter Weltkrieg").
    var isName: Bool
  }

  static let shared = DataTable.load(resource: "nouns.tsv", in: .module, columns: 2...3, NounLexicon.init)

  private let entries: [String: Entry]

  /// How many nouns the lexicon holds.
  var count: Int { entries.count }

  /// The nouns of `table`: noun, gender (m, f, n, pl), and optionally "name".
  init(table: DataTable) throws(DataTableError) {
    var entries: [String: Entry] = [:]
    for row in table.rows {
      let gender = try Gender.field(row, 1, of: table)
      guard row[2] == nil || row[2] == "name" else { throw table.error(row, "the third field may only be \"name\"") }
      entries[row.fields[0]] = Entry(gender: gender, isName: row[2] == "name")
    }
    self.entries = entries
  }

  /// The gender of `word` from the lexicon, or guessed from its ending (-ung, -heit, -keit, -schaft, -ion,
  /// -tät, -e are feminine; -chen, -lein, -ment, -tum neuter); nil for words that are not capitalized nouns.
  func gender(of word: String) -> Gender? {
    if let entry = entry(word) { return entry.gender }
    // Compounds take the gender of their last part: "Sondervermögen" like "Vermögen".
    if word.count > 6 {
      for length in stride(from: word.count - 3, through: 4, by: -1) {
        if let entry = entry(String(word.suffix(length)).capitalizedFirst) { return entry.gender }
      }
    }
    guard let first = word.first, first.isUppercase, word.count > 3, !word.allSatisfy(\.isUppercase) else { return nil }
    if [
      "ung", "heit", "keit", "schaft", "ion", "tät", "ei", "ik", "ur", "enz", "anz", "e", "erin", "orin", "istin",
      "entin", "antin",
    ].contains(
      where: word.hasSuffix)
    {
      return .feminine
    }
    if ["chen", "lein", "ment", "tum", "um"].contains(where: word.hasSuffix) { return .neuter }
    return nil
  }

  /// The entry for `word`, also for its genitive and dative forms ("Jahrhunderts", "Platzes").
  func entry(_ word: String) -> Entry? {
    if let entry = entries[word] { return entry }
    for suffix in ["es", "s", "n", "en"] where word.hasSuffix(suffix) {
      if let entry = entries[String(word.dropLast(suffix.count))] { return entry }
    }
    return nil
  }
}
