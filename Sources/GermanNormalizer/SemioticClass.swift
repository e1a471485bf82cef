/// What a semiotic class made of the tokens at one position.
struct Verbalization: Equatable {
  /// How many tokens it read.
  var tokenCount: Int
  /// The spoken words.
  var spoken: String
  /// Which rule fired, for `--explain`.
  var rule: String
}

/// One semiotic class of the classic TTS front end (cardinal, date, money, …): it recognizes its kind of
/// written form at a position and says it in German words.
///
/// Each class says itself where it can start (`isTriggered`, a cheap test of the token and its neighbours) and
/// where it stands among the others (`priority`, lower first); the verbalizer knows nothing of the classes.
protocol SemioticClass: Sendable {
  /// The class's name in explanations.
  var name: String { get }
  /// The order in which classes are tried at a position: lower first.
  var priority: Int { get }
  /// The kinds of token the class can start at (every kind unless the class says fewer); its trigger is
  /// tested only at those.
  var startKinds: Set<Token.Kind> { get }
  /// Whether the class can start at `index`; only then is `verbalize` tried.
  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool
  /// The spoken form of the tokens at `index`, or nil when they are not of this class.
  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization?
}

extension SemioticClass {
  var startKinds: Set<Token.Kind> { Set(Token.Kind.allCases) }
}

/// The shared word sources of the semiotic classes.
struct Lexicons {
  let numbers: NumberWords
  let nouns: NounLexicon
  let units: UnitLexicon
  let currencies: CurrencyLexicon
  let abbreviations: AbbreviationLexicon
  let acronyms: AcronymLexicon
}

extension TokenStream {
  /// Whether the token at `index` is a run of digits.
  func isNumber(_ index: Int) -> Bool { index >= 0 && index < tokens.count && tokens[index].kind == .number }

  /// Whether the token at `index` is a word.
  func isWord(_ index: Int) -> Bool { index >= 0 && index < tokens.count && tokens[index].kind == .word }
}
