/// Ordinals written as a number with a dot, where grammar makes them ordinals: "der 3. Platz" → "der dritte
/// Platz", "am 9. Februar" → "am neunten Februar", "2. Weltkrieg" → "Zweiter Weltkrieg", "wurde 3." →
/// "wurde Dritter", "vom 12.–14. Juni" → "vom zwölften bis vierzehnten Juni", "in der 3. und 4. Runde", minute
/// marks "(38.)" → "achtunddreißigste Minute". The ending agrees with the article or preposition before and
/// the noun after.
struct OrdinalClass: SemioticClass {
  let name = "ordinal"
  let priority = 170

  let startKinds: Set<Token.Kind> = [.number]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    stream.isNumber(index)
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let token = stream[index], token.kind == .number, token.text.count <= 4, stream.isSymbol(index + 1, "."),
      stream[index + 2]?.kind != .number
    else { return nil }
    let words = lexicons.numbers
    let previous = stream.governingWord(before: index)
    // "(38.)", "(90.+2)": the minute of a goal or card.
    if stream.isSymbol(index - 1, "("), stream.isSymbol(index + 2, ")") || stream.isSymbol(index + 2, "+"),
      let value = Int(token.text), (1...130).contains(value)
    {
      return Verbalization(
        tokenCount: 2, spoken: words.ordinal(token.text, ending: .e) + " Minute", rule: "minute mark")
    }
    // "12.–14. Juni", "24./25. Mai": the first of two ordinals joined by a dash or slash.
    if let joined = joinedOrdinal(stream, at: index, previous: previous, lexicons) { return joined }
    let next = stream.word(after: index + 2)
    let afterDot = stream.skippingSpace(from: index + 2)
    let bare = isBare(stream, after: index + 2, next: next, lexicons)
    if bare, let previous, PredicateOrdinal.articles.contains(previous) || isDeterminer(previous) {
      // "auf dem 4.", "nach dem 2. der Österreicher": the noun is left out.
      let ending = Agreement.infer(previous: previous, gender: nil).ordinalEnding
      return Verbalization(
        tokenCount: keepsDot(stream, afterDot) ? 1 : 2, spoken: words.ordinal(token.text, ending: ending),
        rule: "ordinal without its noun after \(previous)")
    }
    if bare, let ending = PredicateOrdinal.ending(stream, at: index) {
      // "Er wurde Dritter", "sie wurde Dritte", "kam als Siebte ins Ziel".
      let spoken = words.ordinal(token.text, ending: ending).capitalizedFirst
      return Verbalization(
        tokenCount: keepsDot(stream, afterDot) ? 1 : 2, spoken: spoken, rule: "predicate ordinal")
    }
    guard let next else { return nil }
    // "3. und 4. Runde": the noun after the second ordinal decides both.
    let nounIndex = followingNoun(stream, after: next) ?? next
    let noun = stream[nounIndex.index].map { _ in nounIndex.text } ?? next.text
    let entry = lexicons.nouns.entry(noun)
    let month = MonthNames.number(of: noun) ?? MonthNames.number(of: noun.capitalizedFirst)
    let isMonth = month != nil && (noun.first!.isUppercase || MonthNames.name(of: month!) == noun.capitalizedFirst)
    var gender = isMonth ? .masculine : lexicons.nouns.gender(of: noun)
    if previous == "der", let article = stream[index - 2], stream.startsSentence(index - 2), article.text == "Der" {
      gender = .masculine
    }
    var agreement = Agreement.infer(previous: previous, gender: gender)
    if previous == "als" {
      agreement = Agreement(grammaticalCase: .nominative, gender: gender, article: .none, isDecided: true)
    }
    let followsOrdinalList = next.text == "bis" || next.text == "und" || next.text == "oder"
    let copied = AdjectiveEnding.copied(from: stream, at: next.index)
      .flatMap { lexicons.nouns.entry(next.text) == nil && !isMonth && !followsOrdinalList ? $0 : nil }
    guard
      entry != nil || isMonth || copied != nil || (agreement.isDecided && noun.first!.isUppercase)
        || followsOrdinalList
    else { return nil }
    let ending: AdjectiveEnding
    if let copied {
      ending = copied
    } else if agreement.isDecided || entry != nil || isMonth {
      ending = agreement.ordinalEnding
    } else {
      ending = .e
    }
    var spoken = words.ordinal(token.text, ending: ending)
    if entry?.isName == true || (stream.startsSentence(index) && entry != nil) { spoken = spoken.capitalizedFirst }
    if let article = Self.appositiveArticle(stream, before: index), isMonth {
      spoken = article + " " + words.ordinal(token.text, ending: .en)
    }
    let reason = entry != nil ? "before \(noun)" : (isMonth ? "before a month" : "after \(previous ?? "")")
    return Verbalization(tokenCount: 2, spoken: spoken, rule: "ordinal -\(ending) \(reason)")
  }

  /// Whether nothing that an ordinal could qualify follows the dot: the clause or sentence ends, or a word that
  /// is not a noun ("ins Ziel", "der Österreicher").
  private func isBare(_ stream: TokenStream, after dot: Int, next: (index: Int, text: String)?, _ lexicons: Lexicons)
    -> Bool
  {
    let after = stream.skippingSpace(from: dot)
    guard let following = stream[after] else { return true }
    if following.kind == .symbol { return ",;)".contains(following.text) }
    guard let next, following.kind == .word else { return false }
    if next.text.first!.isLowercase {
      // "die 3. große Schau", "3. und 4. Runde": an adjective or a list goes on to a noun.
      if ["und", "bis", "oder"].contains(next.text) { return false }
      return AdjectiveEnding.copied(from: stream, at: next.index) == nil
        || PredicateOrdinal.articles.contains(next.text)
    }
    // A capitalized word after the dot is the ordinal's noun ("als 12. Mann").
    return false
  }

  /// Whether the dot after a bare ordinal also ends the sentence (at the end of the text or before a capital).
  private func keepsDot(_ stream: TokenStream, _ after: Int) -> Bool {
    guard let following = stream[after] else { return true }
    return following.kind == .word && following.text.first!.isUppercase
  }

  private func isDeterminer(_ word: String) -> Bool {
    ["jeder", "jede", "jedes", "jedem", "jeden", "ein", "eine", "einen", "einem", "einer", "sein", "ihr"].contains(word)
  }

  /// The noun after "3. und 4.": the word after the second ordinal, else nil.
  private func followingNoun(_ stream: TokenStream, after next: (index: Int, text: String))
    -> (index: Int, text: String)?
  {
    guard ["und", "bis", "oder"].contains(next.text), let number = stream[stream.skippingSpace(from: next.index + 1)],
      number.kind == .number
    else { return nil }
    let second = stream.skippingSpace(from: next.index + 1)
    guard stream.isSymbol(second + 1, ".") else { return nil }
    return stream.word(after: second + 2)
  }

  /// "12.–14. Juni" → "zwölften bis", "24./25. Mai" → "vierundzwanzigsten und": the second ordinal's noun and
  /// the governing word decide the first's ending.
  private func joinedOrdinal(_ stream: TokenStream, at index: Int, previous: String?, _ lexicons: Lexicons)
    -> Verbalization?
  {
    guard let joiner = stream[index + 2], joiner.isSymbol("–") || joiner.isSymbol("-") || joiner.isSymbol("/"),
      let second = stream[index + 3], second.kind == .number, second.text.count <= 2, stream.isSymbol(index + 4, "."),
      stream[index + 5]?.kind != .number, let noun = stream.word(after: index + 5)
    else { return nil }
    let month = MonthNames.number(of: noun.text) ?? MonthNames.number(of: noun.text.capitalizedFirst)
    let gender = month != nil ? .masculine : lexicons.nouns.gender(of: noun.text)
    let agreement = Agreement.infer(previous: previous, gender: gender)
    let ending: AdjectiveEnding = agreement.isDecided ? agreement.ordinalEnding : .e
    let word = joiner.isSymbol("/") ? "und" : "bis"
    var spoken = lexicons.numbers.ordinal(stream[index]!.text, ending: ending)
    if let article = Self.appositiveArticle(stream, before: index), month != nil {
      spoken = article + " " + lexicons.numbers.ordinal(stream[index]!.text, ending: .en)
    }
    return Verbalization(tokenCount: 3, spoken: spoken + " " + word + " ", rule: "ordinal \(word) ordinal")
  }

  /// "dem" for a date in apposition to a weekday: "am Mittwoch, 12. März" → "am Mittwoch, dem zwölften März".
  static func appositiveArticle(_ stream: TokenStream, before index: Int) -> String? {
    var cursor = index - 1
    if stream.isSpace(cursor) { cursor -= 1 }
    guard stream.isSymbol(cursor, ",") else { return nil }
    cursor -= 1
    if stream.isSymbol(cursor, ".") { cursor -= 1 }
    guard let day = stream[cursor], day.kind == .word, Weekdays.number(of: day.text) != nil,
      stream.previousWord(before: cursor) == "am"
    else { return nil }
    return "dem"
  }
}
