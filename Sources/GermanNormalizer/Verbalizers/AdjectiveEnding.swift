/// The endings an attributive adjective or ordinal takes in German ("dritte", "dritten", "dritter", "drittes",
/// "drittem").
enum AdjectiveEnding: String, CaseIterable, Sendable {
  case e, en, er, es, em

  /// The ending of an adjective at `index` that stands before a capitalized noun ("die 3. große Schau", "der
  /// 21. Deutsche Bundestag"): adjectives in a row take the same ending. Nil when no such adjective is there.
  static func copied(from stream: TokenStream, at index: Int) -> AdjectiveEnding? {
    guard let adjective = stream[index], adjective.kind == .word, adjective.text.count > 3,
      let noun = stream.word(after: index + 1), noun.text.first!.isUppercase,
      !noun.text.allSatisfy(\.isUppercase)
    else { return nil }
    let lower = adjective.text.lowercased()
    return [AdjectiveEnding.en, .er, .es, .em, .e].first { lower.hasSuffix($0.rawValue) }
  }
}
