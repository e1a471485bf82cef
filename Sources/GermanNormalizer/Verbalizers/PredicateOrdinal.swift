/// Where an ordinal stands without a noun: as a predicate ("Sie wurde am Ende 2." → "Zweite", "kam als 7. ins
/// Ziel" → "als Siebte", "sein Teamkollege 9." → "Neunter") or after an article ("auf dem 4." → "vierten").
/// The predicate's ending follows the subject of its clause.
enum PredicateOrdinal {
  private static let masculineSubjects: Set<String> = ["der", "er", "sein", "ein", "dieser", "jeder", "kein", "unser"]
  private static let feminineSubjects: Set<String> = ["die", "sie", "ihre", "eine", "diese", "jede", "keine", "seine"]
  /// Articles and contractions after which an ordinal without a noun still inflects ("auf dem 4.").
  static let articles: Set<String> = [
    "der", "die", "das", "den", "dem", "des", "am", "im", "vom", "zum", "beim", "zur", "ins", "ans", "aufs",
  ]
  private static let clauseEnds: Set<String> = [",", ";", ":", ".", "!", "?", "(", "–", "—"]

  /// The words of the clause before `index` (back to a comma or the sentence start), and where the clause
  /// starts.
  static func clause(_ stream: TokenStream, before index: Int) -> (words: [String], start: Int) {
    var words: [String] = []
    var cursor = index - 1
    while index - cursor < TokenStream.reach, let token = stream[cursor] {
      if token.kind == .symbol, clauseEnds.contains(token.text) {
        // A dot after a number or abbreviation inside the clause does not end it ("im 2. Lauf").
        if token.text == ".", stream[cursor - 1]?.kind == .number,
          !stream.isSpace(cursor + 1) || stream.word(after: cursor + 1)?.text.first?.isLowercase == true
        {
          cursor -= 1
          continue
        }
        break
      }
      if token.kind == .word {
        words.insert(token.text.first!.isUppercase ? token.text : token.text.lowercased(), at: 0)
      }
      cursor -= 1
    }
    return (words, cursor)
  }

  static let rankingWords = WordList.load("ranking-words.txt")

  /// Whether the sentence around `index` speaks of a ranking ("Tabelle", "Platz", "Spieltag", …).
  static func speaksOfRanking(_ stream: TokenStream, around index: Int) -> Bool {
    for step in [-1, 1] {
      var cursor = index + step
      while abs(cursor - index) < TokenStream.reach, let token = stream[cursor],
        !(token.kind == .symbol && ".!?".contains(token.text) && !stream.isNumber(cursor - 1))
      {
        if token.kind == .word, token.text.count > 3 {
          let lower = token.text.lowercased()
          if (3...lower.count).contains(where: { rankingWords.contains(String(lower.prefix($0))) }) { return true }
        }
        cursor += step
      }
    }
    return false
  }

  /// The predicate ending for a bare ordinal at `index`: "er" for a masculine subject, "e" for a feminine or
  /// plural one, or nil when the ordinal is not a predicate.
  static func ending(_ stream: TokenStream, at index: Int) -> AdjectiveEnding? {
    // "auf Platz 3.": a number after such a noun is a cardinal.
    if let previous = stream.previousWord(before: index), RomanClass.cardinalCues.contains(previous) { return nil }
    let current = clause(stream, before: index)
    var clauses = [current]
    let ranking = speaksOfRanking(stream, around: index)
    let isCue = { (word: String) in
      FunctionWords.shared.isPredicate(word) || (ranking && FunctionWords.shared.isCopula(word))
    }
    var hasCue = current.words.contains(where: isCue) || current.words.last == "als"
    if !hasCue {
      // "…, sein Teamkollege 9.": a clause without a verb of its own continues the one before.
      // Nouns and the words before them only: no verb of its own.
      let verbless = current.words.allSatisfy { word in
        word.first!.isUppercase || masculineSubjects.contains(word) || feminineSubjects.contains(word)
          || articles.contains(word) || ["in", "bei", "auf", "beim"].contains(word)
      }
      guard verbless, stream.isSymbol(current.start, ",") else { return nil }
      var start = current.start
      while start > 0, stream.isSymbol(start, ",") {
        let before = clause(stream, before: start)
        clauses.append(before)
        if before.words.contains(where: isCue) || before.words.contains("als") {
          hasCue = true
          break
        }
        start = before.start
      }
      guard hasCue else { return nil }
    }
    // "Der Torwart wird am Sonntag 40.": with "wird", a grown-up number is an age.
    if let value = Int(stream[index]?.text ?? ""), value >= 18,
      current.words.contains(where: ["wird", "werden", "würde"].contains)
    {
      return nil
    }
    // "Es waren 3.", "Es ist 5.": counting, not a place.
    if current.words.contains(where: { $0.lowercased() == "es" }) { return nil }
    if let last = current.words.last, ["werden", "wurden"].contains(last) { return .e }
    for words in clauses.map({ $0.words.map { $0.lowercased() } }) {
      for (position, word) in words.enumerated() {
        if masculineSubjects.contains(word) { return .er }
        if feminineSubjects.contains(word) && !(word == "die" && position > 0 && words[position - 1] == "in") {
          return .e
        }
      }
    }
    return .er
  }
}
