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
    // A capitalized adjective only after an article: "Der 21. Deutsche Bundestag", not "1. Öffnen Sie".
    if adjective.text.first!.isUppercase {
      var cursor = index - 1
      // Back over the ordinal or an abbreviation ("der sog. Neuen Heimat") to the article.
      while index - cursor < 8, let token = stream[cursor], token.kind != .word || stream.isSymbol(cursor + 1, ".") {
        cursor -= 1
      }
      guard let article = stream[cursor],
        PredicateOrdinal.articles.contains(article.text.lowercased())
          || ["ihre", "seine", "unsere", "eine", "ein", "jeder", "jede", "jedes"].contains(article.text.lowercased())
      else { return nil }
    }
    let lower = adjective.text.lowercased()
    return [AdjectiveEnding.en, .er, .es, .em, .e].first { lower.hasSuffix($0.rawValue) }
  }
}
