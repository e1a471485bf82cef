import Foundation

/// Grammatical gender of a noun, or plural.
enum Gender: String, Equatable {
  case masculine = "m"
  case feminine = "f"
  case neuter = "n"
  case plural = "pl"
}

/// The nouns that follow numbers in news text, with their gender, from the `nouns.tsv` resource.
struct NounLexicon {
  struct Entry {
    var gender: Gender
    /// Whether an ordinal before it is part of a proper name ("Zweiter Weltkrieg").
    var isName: Bool
  }

  static let shared = NounLexicon(listing: ResourceText.load("nouns", "tsv"))

  private let entries: [String: Entry]

  init(listing: String) {
    var entries: [String: Entry] = [:]
    for line in DataFileLines.entries(of: listing) {
      let fields = line.split(separator: "\t").map(String.init)
      guard fields.count >= 2, let gender = Gender(rawValue: fields[1]) else { continue }
      entries[fields[0]] = Entry(gender: gender, isName: fields.count > 2 && fields[2] == "name")
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
