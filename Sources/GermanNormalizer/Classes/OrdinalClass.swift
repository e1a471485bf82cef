/// Ordinals written as a number with a dot, where grammar makes them ordinals: "der 3. Platz" → "der dritte
/// Platz", "am 9. Februar" → "am neunten Februar", "2. Weltkrieg" → "Zweiter Weltkrieg", "wurde 3." →
/// "wurde Dritter". The ending agrees with the article or preposition before and the noun after.
struct OrdinalClass: SemioticClass {
  let name = "ordinal"
  private static let predicateVerbs: Set<String> = ["wurde", "wird", "werden", "wurden", "würde", "bleibt", "blieb"]

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let token = stream[index], token.kind == .number, token.text.count <= 4, stream.isSymbol(index + 1, "."),
      stream[index + 2]?.kind != .number
    else { return nil }
    let previous = stream.governingWord(before: index)
    let next = stream.word(after: index + 2)
    // "wurde 3." at a sentence end: a predicate noun, "Dritter"; the dot stays as the sentence end.
    let endsSentence = next.map { $0.text.first!.isUppercase && lexicons.nouns.entry($0.text) == nil } ?? true
    if let previous, Self.predicateVerbs.contains(previous),
      endsSentence || next.map({ $0.text.first!.isLowercase }) == true
    {
      // "Er wurde Dritter", "sie wurde Dritte", "sie wurden Dritte".
      let subject = stream.wordBeforePrevious(before: index)
      let feminineOrPlural = previous == "werden" || previous == "wurden" || subject == "sie" || subject == "frau"
      let spoken = lexicons.numbers.ordinal(token.text, ending: feminineOrPlural ? "e" : "er").capitalizedFirst
      // At a sentence end the dot stays as the sentence's end; inside ("wurde 3. im Rennen") it goes.
      return Verbalization(
        tokenCount: endsSentence ? 1 : 2, spoken: spoken, rule: "predicate ordinal after \(previous)")
    }
    guard let next else { return nil }
    let entry = lexicons.nouns.entry(next.text)
    let isMonth = MonthNames.number(of: next.text) != nil
    let gender = isMonth ? .masculine : lexicons.nouns.gender(of: next.text)
    let agreement = Agreement.infer(previous: previous, gender: gender)
    let followsOrdinalList = next.text == "bis" || next.text == "und" || next.text == "oder"
    guard entry != nil || isMonth || (agreement.isDecided && next.text.first!.isUppercase) || followsOrdinalList
    else { return nil }
    let ending: String
    if agreement.isDecided || entry != nil || isMonth {
      ending = agreement.ordinalEnding
    } else {
      ending = "e"
    }
    var spoken = lexicons.numbers.ordinal(token.text, ending: ending)
    if entry?.isName == true || (stream.startsSentence(index) && entry != nil) { spoken = spoken.capitalizedFirst }
    let reason = entry != nil ? "before \(next.text)" : (isMonth ? "before a month" : "after \(previous ?? "")")
    return Verbalization(tokenCount: 2, spoken: spoken, rule: "ordinal -\(ending) \(reason)")
  }
}
