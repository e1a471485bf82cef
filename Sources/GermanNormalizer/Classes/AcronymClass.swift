import DataTables

/// Acronyms and short forms: spelled with German letter names ("SPD" → "es pe de", "DVRK" → "de vau er ka"),
/// spoken as words ("NATO" → "Nato"), or with a reading from the lexicon ("BMW" → "be em we"). Unknown
/// all-capital words are spoken as a word when pronounceable ("ACHTUNG" → "Achtung"), else spelled. Plural
/// and genitive endings stay ("AKWs" → "a ka wes"); a hyphen after a spelled acronym becomes a pause
/// ("FDP-Vorsitzende" → "eff de pe Vorsitzende").
struct AcronymClass: SemioticClass {
  let name = "acronym"
  let priority = 200
  private static let vowels = Set("AEIOUÄÖÜY")
  /// Short words written in capitals that are read as words ("DER", "NEU").
  static let capitalWords = WordList.load("capital-words.txt")

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    Self.mayBeAcronym(stream, at: index, lexicons)
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let token = stream[index], token.kind == .word else { return nil }
    if let designation = designation(stream, at: index, lexicons) { return designation }
    var text = token.text
    var ending = ""
    var reading = lexicons.acronyms.reading(of: text)
    if reading == nil, text.count > 2, text.hasSuffix("s"),
      let base = lexicons.acronyms.reading(of: String(text.dropLast()))
    {
      reading = base
      ending = "s"
      text.removeLast()
    }
    let fromLexicon = reading != nil
    if reading == nil {
      guard let rule = Self.rule(for: &text, ending: &ending) else { return nil }
      reading = rule
    }
    var spoken: String
    var spelled = false
    switch reading! {
    case .spell:
      spoken = text.map { LetterNames.name(of: $0) }.joined(separator: " ") + ending
      spelled = true
    case .words(let words):
      spoken = words + ending
      // A reading in letter names ("i ze e") is spelled too: "ICE-Züge" → "i ze e Züge".
      spelled = words.contains(" ")
    }
    var count = 1
    if spelled, stream.isSymbol(index + 1, "-"), stream[index + 2]?.kind == .word {
      spoken += " "
      count = 2
    } else if stream[index + 1]?.kind == .number {
      spoken += " "
    }
    let source = fromLexicon ? "lexicon" : "rule"
    return Verbalization(
      tokenCount: count, spoken: spoken, rule: "acronym \(spelled ? "spelled" : "as a word") (\(source))")
  }

  /// A road, licence plate or type designation: "A 8" → "a acht", "B 27", "F-35" → "eff fünfunddreißig",
  /// "M-LF 2031" → "emm ell eff zwei null drei eins".
  private func designation(_ stream: TokenStream, at index: Int, _ lexicons: Lexicons) -> Verbalization? {
    guard let token = stream[index], (1...3).contains(token.text.count), token.text.allSatisfy(\.isUppercase),
      !token.text.contains("ß"), stream[index - 1]?.kind != .word, !stream.isSymbol(index - 1, "-")
    else { return nil }
    let spell = { (text: String) in text.map { LetterNames.name(of: $0) }.joined(separator: " ") }
    // A licence plate: district, letters, number.
    if stream.isSymbol(index + 1, "-"), let letters = stream[index + 2], letters.kind == .word,
      (1...2).contains(letters.text.count), letters.text.allSatisfy(\.isUppercase), stream.isSpace(index + 3),
      let number = stream[index + 4], number.kind == .number, number.text.count <= 4, stream[index + 5]?.kind != .number
    {
      let digits =
        number.text.count == 4 ? lexicons.numbers.digits(number.text) : lexicons.numbers.cardinal(number.text)
      return Verbalization(
        tokenCount: 5, spoken: spell(token.text) + " " + spell(letters.text) + " " + digits, rule: "licence plate")
    }
    guard token.text.count == 1 else { return nil }
    // "A 8", "K 23": a road; "F-35": a type.
    if stream.isSpace(index + 1), let number = stream[index + 2], number.kind == .number, number.text.count <= 3,
      !stream.isSymbol(index + 3, ".") || stream[index + 4]?.kind != .number
    {
      return Verbalization(tokenCount: 1, spoken: spell(token.text), rule: "road or designation")
    }
    if stream.isSymbol(index + 1, "-"), stream[index + 2]?.kind == .number {
      return Verbalization(tokenCount: 2, spoken: spell(token.text) + " ", rule: "type designation")
    }
    return nil
  }

  /// Whether a word at `index` may be an acronym: a capital after the first letter ("SPD", "AfD", "ÖPNV"), a
  /// single capital ("A 8"), or a short form the lexicon knows ("Lkw", "Pkws").
  static func mayBeAcronym(_ stream: TokenStream, at index: Int, _ lexicons: Lexicons) -> Bool {
    guard let token = stream[index], token.kind == .word else { return false }
    let text = token.text
    if text.utf8.count == 1 { return text.first!.isUppercase }
    // A capital after the first letter: A–Z, or Ä, Ö, Ü (UTF-8 C3 84, C3 96, C3 9C).
    var previous: UInt8 = 0
    for (offset, byte) in text.utf8.enumerated() {
      defer { previous = byte }
      guard offset > 0 else { continue }
      if (0x41...0x5A).contains(byte) || (previous == 0xC3 && [0x84, 0x96, 0x9C].contains(byte) && offset > 1) {
        return true
      }
    }
    // Short forms in the lexicon start with a capital and are short ("Lkw", "Pkws").
    guard text.utf8.count <= 6, let first = text.utf8.first, (0x41...0x5A).contains(first) else { return false }
    return lexicons.acronyms.reading(of: text) != nil
      || (text.hasSuffix("s") && lexicons.acronyms.reading(of: String(text.dropLast())) != nil)
  }

  /// The reading of an all-capital word that is not in the lexicon; nil for ordinary words.
  private static func rule(for text: inout String, ending: inout String) -> AcronymReading? {
    if text.count > 2, text.hasSuffix("s"), text.dropLast().allSatisfy(\.isUppercase) {
      text.removeLast()
      ending = "s"
    }
    // "GfK", "MfS", "MdB": short forms with small letters inside are spelled.
    if (3...4).contains(text.count), text.first!.isUppercase, text.last!.isUppercase,
      text.filter(\.isUppercase).count >= 2, (1...2).contains(text.filter(\.isLowercase).count)
    {
      return .spell
    }
    guard text.count >= 2, text.allSatisfy({ $0.isUppercase }) else { return nil }
    if capitalWords.contains(text.lowercased()) { return .words(text.prefix(1) + text.dropFirst().lowercased()) }
    let letters = Array(text)
    var longestCluster = 0
    var cluster = 0
    for letter in letters {
      cluster = vowels.contains(letter) ? 0 : cluster + 1
      longestCluster = max(longestCluster, cluster)
    }
    let vowelCount = letters.filter { vowels.contains($0) }.count
    // Pronounceable: two vowels or more ("ACHTUNG"), or one with short consonant clusters ("STOP"); three
    // letters read as a word only as consonant-vowel-consonant ("BER").
    let pronounceable: Bool
    switch letters.count {
    case 2: pronounceable = false
    // Three letters are spelled ("ZEW", "MEZ"; words such as "Dax" are in the lexicon); four with a single
    // vowel too ("DOSB").
    case 3: pronounceable = false
    case 4: pronounceable = vowelCount >= 2 && longestCluster <= 2
    default: pronounceable = vowelCount >= 2 || (vowelCount == 1 && longestCluster <= 2)
    }
    return pronounceable ? .words(text.prefix(1) + text.dropFirst().lowercased()) : .spell
  }
}

/// How an acronym is read.
enum AcronymReading: Sendable, Equatable {
  case spell
  case words(String)
}

/// The acronyms from the `acronyms.tsv` resource.
struct AcronymLexicon: Sendable {
  static let shared = DataTable.load(resource: "acronyms.tsv", in: .module, columns: 2...2, AcronymLexicon.init)
  private var readings: [String: AcronymReading] = [:]

  /// How many acronyms the lexicon holds.
  var count: Int { readings.count }

  /// The acronyms of `table`: written, and "spell" or the words to say.
  init(table: DataTable) throws(DataTableError) {
    for row in table.rows {
      guard readings[row.fields[0]] == nil else { throw table.error(row, "\(row.fields[0]) is listed twice") }
      readings[row.fields[0]] = row.fields[1] == "spell" ? .spell : .words(row.fields[1])
    }
  }

  /// The reading of `word`, if the lexicon has it.
  func reading(of word: String) -> AcronymReading? { readings[word] }
}
