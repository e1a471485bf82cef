/// Runs the semiotic classes over a token stream and assembles the spoken text, its alignment and the
/// explanations. At each position the classes whose trigger fires are tried by priority; the first that
/// recognizes the tokens reads them.
struct Verbalizer {
  let lexicons: Lexicons
  /// The semiotic classes that can start at each kind of token, lowest priority first.
  let classes: [Token.Kind: [SemioticClass]]

  init(lexicons: Lexicons, genderForms: GenderForms, pronunciations: PronunciationLexicon) {
    self.lexicons = lexicons
    let all: [SemioticClass] = [
      LexiconClass(lexicon: pronunciations), CodeClass(), WebAddressClass(), InclusiveFormClass(forms: genderForms),
      TelephoneClass(), LegalClass(), RomanClass(), AbbreviationClass(), CompoundOrdinalClass(), MarkerUnitClass(),
      DateClass(),
      SeasonClass(), TimeClass(),
      ScoreClass(), RangeClass(), MoneyClass(), PercentClass(), MeasureClass(), FractionClass(), YearClass(),
      OrdinalClass(), DecimalClass(), CardinalClass(), AcronymClass(), DashClass(),
    ]
    let ordered = all.sorted { $0.priority < $1.priority }
    classes = Dictionary(
      uniqueKeysWithValues: Token.Kind.allCases.map { kind in (kind, ordered.filter { $0.startKinds.contains(kind) }) })
  }
  private static let dropped: Set<Character> = [
    "\u{201C}", "\u{201D}", "\u{201E}", "\u{201A}", "\u{2018}", "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}", "\"",
    "\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}",
  ]
  private static let minusSigns: Set<String> = ["-", "−", "–"]
  /// Sentence punctuation that espeak-ng treats as pauses and that needs no look-up.
  private static let punctuation: Set<Character> = [".", ",", ";", "!", "?", "(", ")", "'"]
  private static let ligatures = ["ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"]
  func normalize(_ text: String) -> NormalizedText {
    let stream = TokenStream(tokens: Tokenizer.tokenize(text))
    var output = Output()
    var index = 0
    tokens: while index < stream.count {
      let token = stream.tokens[index]
      switch token.kind {
      case .space:
        output.space()
        index += 1
        continue tokens
      default: break
      }
      if Self.minusSigns.contains(token.text), stream[index + 1]?.kind == .number, isSignPosition(stream, index) {
        output.append("minus ", from: token.start..<token.end)
        output.explain(
          Explanation(written: token.text, spoken: "minus", semioticClass: "cardinal", rule: "negative sign"))
        index += 1
        continue tokens
      }
      for semioticClass in classes[token.kind] ?? [] where semioticClass.isTriggered(stream, at: index, using: lexicons)
      {
        guard let verbalization = semioticClass.verbalize(stream, at: index, using: lexicons) else { continue }
        let end = stream.tokens[index + verbalization.tokenCount - 1].end
        output.append(verbalization.spoken, from: token.start..<end)
        let written = stream.tokens[index..<index + verbalization.tokenCount].map(\.text).joined()
        output.explain(
          Explanation(
            written: written, spoken: verbalization.spoken, semioticClass: semioticClass.name, rule: verbalization.rule)
        )
        index += verbalization.tokenCount
        continue tokens
      }
      output.append(fallback(stream, index), from: token.start..<token.end)
      index += 1
    }
    return output.finished()
  }

  /// A minus sign stands at the start, after space or an opening bracket, and not between two numbers.
  private func isSignPosition(_ stream: TokenStream, _ index: Int) -> Bool {
    guard let previous = stream[index - 1] else { return true }
    if previous.kind == .space { return stream[index - 2]?.kind != .number }
    return previous.isSymbol("(") || previous.isSymbol("/")
  }

  /// What a token no class read becomes: symbols that would be spoken by name or stumbled over are
  /// dropped or said as words; digits never survive.
  private func fallback(_ stream: TokenStream, _ index: Int) -> String {
    let token = stream.tokens[index]
    switch token.kind {
    case .number: return lexicons.numbers.cardinal(token.text)
    case .word:
      // G7, CO2: letters spelled before the number.
      if stream[index + 1]?.kind == .number, token.text.count <= 3, token.text.allSatisfy(\.isUppercase) {
        return token.text.map { LetterNames.name(of: $0) }.joined(separator: " ") + " "
      }
      guard token.text.unicodeScalars.contains(where: { (0xFB00...0xFB06).contains($0.value) }) else {
        return token.text
      }
      return Self.ligatures.reduce(token.text) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
    case .space: return " "
    case .symbol:
      let character = token.text.first!
      let between = stream[index - 1]?.kind == .number && stream[index + 1]?.kind == .number
      if Self.punctuation.contains(character) && !between { return token.text }
      if Self.dropped.contains(character) { return "" }
      switch character {
      case "." where between: return " Punkt "
      case "-" where stream[index - 1]?.kind == .word && stream[index + 1]?.kind == .number: return " "
      case "-" where stream[index - 1]?.kind == .number && stream[index + 1]?.kind == .word: return " "
      case ":" where between: return " zu "
      case "/" where between: return " durch "
      case "/" where stream[index - 1]?.kind == .word && stream[index + 1]?.kind == .word:
        // "CDU/CSU" names one group; "Hin/Rückfahrt" offers a choice.
        let capitals = [stream[index - 1]!.text, stream[index + 1]!.text].allSatisfy { $0.allSatisfy(\.isUppercase) }
        return capitals ? " " : " oder "
      case "/": return " "
      case "½", "¼", "¾", "⅓", "⅔": return ""
      default:
        // A numeral of its own ("Ⅻ", "½" is read above): its value as a number.
        if character.isNumber {
          return character.wholeNumberValue.map { " " + lexicons.numbers.cardinal(String($0)) } ?? ""
        }
        if let reading = SymbolReadings.shared.reading(of: token.text) { return reading.isEmpty ? " " : " \(reading) " }
        if token.text.unicodeScalars.contains(where: SymbolReadings.isPictograph) { return " " }
        return token.text
      }
    }
  }
}

/// The spoken text under construction, with its alignment and explanations.
private struct Output {
  var text = ""
  var count = 0
  var alignment: [AlignedSpan] = []
  var explanations: [Explanation] = []
  var pendingSpace = false

  mutating func space() {
    pendingSpace = count > 0
  }

  mutating func append(_ piece: String, from input: Range<Int>) {
    let space = UInt8(ascii: " ")
    var body = Substring(piece)
    if body.utf8.first == space {
      pendingSpace = count > 0
      body = body.drop { $0 == " " }
    }
    // No space before closing punctuation, even after a dropped symbol ("Erfolg 🎉." → "Erfolg.").
    switch body.utf8.first {
    case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"),
      UInt8(ascii: ")"):
      pendingSpace = false
    default: break
    }
    var trailingSpace = false
    while body.utf8.last == space {
      trailingSpace = true
      body = body.dropLast()
    }
    guard !body.isEmpty else {
      if trailingSpace { pendingSpace = count > 0 }
      return
    }
    if pendingSpace, text.utf8.last != space {
      text.append(" ")
      count += 1
    }
    pendingSpace = trailingSpace
    let start = count
    text += body
    count += body.unicodeScalars.count
    alignment.append(AlignedSpan(input: input, output: start..<count))
  }

  mutating func explain(_ explanation: Explanation) {
    explanations.append(explanation)
  }

  func finished() -> NormalizedText {
    NormalizedText(spoken: text, alignment: alignment, explanations: explanations)
  }
}
