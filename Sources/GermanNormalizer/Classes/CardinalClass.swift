/// Cardinal numbers: "11.000" → "elftausend", "1 Prozent" → "ein Prozent", also inside words:
/// "18-Jährige" → "Achtzehnjährige", "3-fach" → "dreifach", "G7" → "ge sieben", "20a" → "zwanzig a".
struct CardinalClass: SemioticClass {
  let name = "cardinal"
  let priority = 190
  private static let joinedSuffixes = ["Jährige", "Jähriger", "Jährigen", "Jähriges", "Jährig"]

  let startKinds: Set<Token.Kind> = [.number]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    stream.isNumber(index)
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let number = stream.number(at: index), number.isInteger else { return nil }
    let words = lexicons.numbers
    let after = index + number.tokenCount
    // Number compounds: 18-Jährige, 3-fach, 100-Meter-Lauf (not CO2-Ausstoß, where the number ends a word).
    let partOfWord = stream[index - 1]?.kind == .word || stream.isSymbol(index - 1, "-")
    if stream.isSymbol(after, "-"), let word = stream[after + 1], word.kind == .word, !partOfWord {
      let spoken = words.cardinal(number.integerDigits)
      // "100-m-Lauf" → "Hundert-Meter-Lauf", "24-h-Rennen" → "Vierundzwanzig-Stunden-Rennen".
      if let (unit, length) = lexicons.units.unit(in: stream, at: after + 1), stream.isSymbol(after + 1 + length, "-"),
        stream[after + 2 + length]?.kind == .word
      {
        return Verbalization(
          tokenCount: number.tokenCount + length + 2, spoken: spoken.capitalizedFirst + "-" + unit.plural + "-",
          rule: "number and unit in a compound")
      }
      if word.text.first!.isLowercase {
        // "das 3-fache" is a noun: "das Dreifache"; "3-fach" an adjective: "dreifach".
        let afterArticle = ["das", "die", "der", "den", "dem", "des", "ums", "aufs"].contains(
          stream.previousWord(before: index) ?? "")
        let beforeNoun = stream.word(after: after + 2).map { $0.text.first!.isUppercase } ?? false
        let isNoun = afterArticle && !beforeNoun
        let compound = spoken + word.text
        return Verbalization(
          tokenCount: number.tokenCount + 2, spoken: isNoun ? compound.capitalizedFirst : compound,
          rule: "number compound")
      }
      if Self.joinedSuffixes.contains(word.text) {
        return Verbalization(
          tokenCount: number.tokenCount + 2, spoken: (spoken + word.text.lowercased()).capitalizedFirst,
          rule: "number compound")
      }
      return Verbalization(
        tokenCount: number.tokenCount + 1, spoken: spoken.capitalizedFirst + "-", rule: "number compound")
    }
    // 20a: a paragraph or house number with a letter.
    if let letter = stream[after], letter.kind == .word, letter.text.count == 1, letter.text.first!.isLowercase {
      return Verbalization(
        tokenCount: number.tokenCount + 1, spoken: words.cardinal(number.integerDigits) + " " + letter.text,
        rule: "number with letter")
    }
    // Codes and club numbers with a leading zero are read digit by digit: "Schalke 04".
    if number.integerDigits.count > 1, number.integerDigits.hasPrefix("0") {
      return Verbalization(
        tokenCount: number.tokenCount, spoken: words.digits(number.integerDigits), rule: "leading zero")
    }
    if number.integerValue == 1, let noun = countedNoun(stream, after: after, lexicons),
      let gender = lexicons.nouns.gender(of: noun)
    {
      let agreement = Agreement.counted(stream, at: index, gender: gender)
      return Verbalization(
        tokenCount: number.tokenCount, spoken: agreement.indefiniteOne, rule: "one agreeing with \(noun)")
    }
    return Verbalization(tokenCount: number.tokenCount, spoken: words.cardinal(number.integerDigits), rule: "cardinal")
  }

  /// The noun "1" counts: the next word, or the one after an adjective ("1 neues Mitglied").
  private func countedNoun(_ stream: TokenStream, after index: Int, _ lexicons: Lexicons) -> String? {
    guard let next = stream.word(after: index) else { return nil }
    // "1 Pkt.": an abbreviated noun counts by its reading.
    if let (entry, _) = lexicons.abbreviations.match(in: stream, at: next.index), entry.kind == .counted {
      return entry.spoken
    }
    if next.text.first!.isUppercase { return next.text }
    guard ["e", "en", "er", "es", "em"].contains(where: next.text.hasSuffix),
      let noun = stream.word(after: next.index + 1),
      noun.text.first!.isUppercase
    else { return nil }
    return noun.text
  }
}
