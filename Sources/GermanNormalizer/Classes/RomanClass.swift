/// Roman numerals: regnal numbers take an inflected article ("Ludwig XIV." → "Ludwig der Vierzehnte",
/// "unter Ludwig XIV." → "unter Ludwig dem Vierzehnten"); before a noun they are ordinals ("der II. Weltkrieg" →
/// "der Zweite Weltkrieg"); after Teil, Band, Hartz … they are cardinals ("Teil II" → "Teil zwei").
struct RomanClass: SemioticClass {
  let name = "roman"
  let priority = 62
  /// Nouns after which a number is a cardinal ("Teil II", "Platz 3"), from the `number-nouns.txt` resource.
  static let cardinalCues = WordList.load("number-nouns.txt")
  private static let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
  private static let romanBytes = Set("IVXLCDM".utf8)
  private static let articles: Set<String> = [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
  ]

  let startKinds: Set<Token.Kind> = [.word]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    stream.isWord(index) && Self.value(of: stream.tokens[index].text) != nil
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let token = stream[index], token.kind == .word, let value = Self.value(of: token.text),
      stream[index + 1]?.kind != .word
    else { return nil }
    let previous = stream.previousWord(before: index)
    let words = lexicons.numbers
    if let previous, Self.cardinalCues.contains(previous) {
      return Verbalization(
        tokenCount: 1, spoken: words.cardinal(String(value)), rule: "roman cardinal after \(previous)")
    }
    // "FC Bayern II", "Rocky III": a numeral without a dot after a name is a cardinal.
    if !stream.isSymbol(index + 1, "."), token.text.count >= 2, value < 40, !stream.startsSentence(index),
      let before = stream[stream.isSpace(index - 1) ? index - 2 : index - 1], before.kind == .word,
      before.text.first!.isUppercase, !before.text.allSatisfy(\.isUppercase)
    {
      return Verbalization(tokenCount: 1, spoken: words.cardinal(String(value)), rule: "roman cardinal after a name")
    }
    guard stream.isSymbol(index + 1, ".") else { return nil }
    if value >= 100,
      let regnal = regnalNumber(stream, at: index, value: value, next: stream.word(after: index + 2), lexicons)
    {
      return regnal
    }
    guard value < 100 else { return nil }
    let next = stream.word(after: index + 2)
    // Before a noun: an ordinal ("der II. Weltkrieg", "der III. Weg").
    let articleBefore = previous.map { Self.articles.contains($0) } ?? false
    if let next, lexicons.nouns.entry(next.text) != nil || (articleBefore && next.text.first!.isUppercase) {
      let agreement = Agreement.infer(previous: previous, gender: lexicons.nouns.gender(of: next.text) ?? .masculine)
      let spoken = words.ordinal(String(value), ending: agreement.ordinalEnding).capitalizedFirst
      return Verbalization(tokenCount: 2, spoken: spoken, rule: "roman ordinal before \(next.text)")
    }
    if let regnal = regnalNumber(stream, at: index, value: value, next: next, lexicons) { return regnal }
    // After a name: a regnal number with its article.
    var cursor = index - 1
    if stream.isSpace(cursor) { cursor -= 1 }
    guard let name = stream[cursor], name.kind == .word, name.text.first!.isUppercase,
      !Self.articles.contains(name.text.lowercased()),
      token.text.count <= 5 || value < 40
    else { return nil }
    let governing = stream.previousWord(before: cursor)
    let (article, ending): (String, AdjectiveEnding)
    if name.text.hasSuffix("s") && governing.map({ ["des", "unter", "von"].contains($0) }) != true
      && name.text.count > 3
    {
      (article, ending) = ("des", .en)
    } else if let governing, Agreement.infer(previous: governing, gender: .masculine).grammaticalCase == .dative {
      (article, ending) = ("dem", .en)
    } else if governing == "für" || governing == "gegen" || governing == "ohne" || governing == "durch" {
      (article, ending) = ("den", .en)
    } else {
      (article, ending) = ("der", .e)
    }
    let spoken = article + " " + words.ordinal(String(value), ending: ending).capitalizedFirst
    let sentenceGoesOn =
      next.map { $0.text.first!.isLowercase } ?? stream.isSymbol(stream.skippingSpace(from: index + 2), ",")
    return Verbalization(tokenCount: sentenceGoesOn ? 2 : 1, spoken: spoken, rule: "regnal number after \(name.text)")
  }

  /// Titles before a ruler's name, with the ruler's gender.
  private static let titles: [String: Gender] = [
    "König": .masculine, "Kaiser": .masculine, "Papst": .masculine, "Zar": .masculine, "Fürst": .masculine,
    "Herzog": .masculine, "Prinz": .masculine, "Graf": .masculine, "Kurfürst": .masculine, "Sultan": .masculine,
    "Königin": .feminine, "Kaiserin": .feminine, "Zarin": .feminine, "Fürstin": .feminine, "Herzogin": .feminine,
    "Prinzessin": .feminine, "Gräfin": .feminine,
  ]

  /// A regnal number after a listed given name ("Karl V.", "Katharina II.", "Elisabeths II."): the article
  /// follows the name's gender and the case the word before the name and its titles governs.
  private func regnalNumber(
    _ stream: TokenStream, at index: Int, value: Int, next: (index: Int, text: String)?, _ lexicons: Lexicons
  ) -> Verbalization? {
    var cursor = index - 1
    if stream.isSpace(cursor) { cursor -= 1 }
    guard let name = stream[cursor], name.kind == .word else { return nil }
    var gender = GivenNames.shared.gender(of: name.text)
    var grammaticalCase: Agreement.GrammaticalCase?
    if gender == nil, name.text.hasSuffix("s"), let base = GivenNames.shared.gender(of: String(name.text.dropLast())) {
      (gender, grammaticalCase) = (base, .genitive)
    }
    guard var gender else { return nil }
    // "Karl M. Müller": a single letter before a surname is an initial.
    if token(stream, index).count == 1, !"IVX".contains(token(stream, index)), next?.text.first?.isUppercase == true {
      return nil
    }
    // Back over further names and titles to the word that governs the case.
    while grammaticalCase == nil, index - cursor < TokenStream.reach {
      var before = cursor - 1
      if stream.isSpace(before) { before -= 1 }
      guard let word = stream[before], word.kind == .word else {
        grammaticalCase = .nominative
        break
      }
      if let governed = FunctionWords.shared.caseBeforePerson(word.text.lowercased()) {
        grammaticalCase = governed
      } else if let titleGender = Self.titles[word.text], GivenNames.shared.gender(of: name.text) == nil {
        gender = titleGender
      } else if word.text.first!.isLowercase {
        grammaticalCase = .nominative
      }
      cursor = before
    }
    let feminine = gender == .feminine
    let (article, ending): (String, AdjectiveEnding)
    switch grammaticalCase ?? .nominative {
    case .nominative: (article, ending) = (feminine ? "die" : "der", .e)
    case .accusative: (article, ending) = (feminine ? "die" : "den", feminine ? .e : .en)
    case .dative: (article, ending) = (feminine ? "der" : "dem", .en)
    case .genitive: (article, ending) = (feminine ? "der" : "des", .en)
    }
    let spoken = article + " " + lexicons.numbers.ordinal(String(value), ending: ending).capitalizedFirst
    // The dot goes when the sentence goes on: a lower-case word, a comma, or a further name ("Carl XVI. Gustaf").
    let after = stream.skippingSpace(from: index + 2)
    let goesOn =
      next.map { $0.text.first!.isLowercase || GivenNames.shared.gender(of: $0.text) != nil } ?? false
      || (stream[after].map { $0.kind == .symbol && ",;:)".contains($0.text) } ?? false)
    return Verbalization(
      tokenCount: goesOn ? 2 : 1, spoken: spoken, rule: "regnal number after \(name.text), \(article)")
  }

  private func token(_ stream: TokenStream, _ index: Int) -> String { stream[index]?.text ?? "" }

  /// The value of a well-formed Roman numeral of up to 3999 in upper case, else nil.
  static func value(of text: String) -> Int? {
    guard !text.isEmpty, text.utf8.count <= 15, text.utf8.allSatisfy({ Self.romanBytes.contains($0) }) else {
      return nil
    }
    var total = 0
    let digits = text.map { values[$0]! }
    for (offset, digit) in digits.enumerated() {
      total += offset + 1 < digits.count && digit < digits[offset + 1] ? -digit : digit
    }
    guard total > 0, total < 4000, roman(total) == text else { return nil }
    return total
  }

  private static func roman(_ value: Int) -> String {
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
      (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = value
    var text = ""
    for (amount, letters) in table {
      while rest >= amount {
        text += letters
        rest -= amount
      }
    }
    return text
  }
}
