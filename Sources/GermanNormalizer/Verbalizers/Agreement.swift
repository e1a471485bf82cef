/// Case, gender and article before a number: what decides the ending of an ordinal or of "ein".
struct Agreement: Equatable {
  enum GrammaticalCase: Equatable {
    case nominative, accusative, dative, genitive
  }

  /// Which kind of article stands before the number; it decides weak, mixed or strong endings.
  enum Article: Equatable {
    case definite, indefinite, none
  }

  var grammaticalCase: GrammaticalCase
  var gender: Gender?
  var article: Article
  /// Whether anything in the context decided the case (else it is the nominative default).
  var isDecided: Bool

  /// Verbs after which a count is a predicate in the nominative ("das ist 1 Euro").
  private static let copulas: Set<String> = [
    "ist", "war", "sind", "waren", "wird", "wurde", "bleibt", "blieb", "werden",
  ]
  private static let possessiveStems = ["ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer", "eur"]

  /// The agreement for a number preceded by `previous` (lower-cased) and followed by a noun of `gender`.
  static func infer(previous: String?, gender: Gender?) -> Agreement {
    guard let previous else {
      return Agreement(grammaticalCase: .nominative, gender: gender, article: .none, isDecided: false)
    }
    func make(_ grammaticalCase: GrammaticalCase, _ article: Article) -> Agreement {
      Agreement(grammaticalCase: grammaticalCase, gender: gender, article: article, isDecided: true)
    }
    switch previous {
    // "jeder", "dieser" inflect like the definite article: "jeder sechste Haushalt".
    case "jeder", "dieser", "jener": return make(.nominative, .definite)
    case "jede", "diese", "jene": return make(.nominative, .definite)
    case "jedes", "dieses", "jenes":
      return gender == .masculine ? make(.genitive, .definite) : make(.nominative, .definite)
    case "jedem", "diesem", "jenem": return make(.dative, .definite)
    case "jeden", "diesen", "jenen": return make(.accusative, .definite)
    case "der": return gender == .feminine ? make(.dative, .definite) : make(.nominative, .definite)
    case "die", "das": return make(.nominative, .definite)
    case "den": return make(.accusative, .definite)
    case "dem", "am", "im", "vom", "zum", "beim", "zur": return make(.dative, .definite)
    case "des": return make(.genitive, .definite)
    case "ins", "ans", "aufs", "fürs", "übers", "ums": return make(.accusative, .definite)
    default: break
    }
    for stem in possessiveStems where previous.hasPrefix(stem) {
      switch previous.dropFirst(stem.count) {
      case "": return make(.nominative, .indefinite)
      case "e": return make(.nominative, .indefinite)
      case "en": return make(.accusative, .indefinite)
      case "em": return make(.dative, .indefinite)
      case "er": return make(.dative, .indefinite)
      case "es": return make(.genitive, .indefinite)
      default: continue
      }
    }
    if let governed = FunctionWords.shared.caseBeforeNumber(previous) { return make(governed, .none) }
    return Agreement(grammaticalCase: .nominative, gender: gender, article: .none, isDecided: false)
  }

  /// The agreement for "1" at `index` counting a noun of `gender`: as `infer`, and where nothing decides the
  /// case, a masculine noun inside the sentence is taken as an object ("kostet 1 Euro" → "einen Euro").
  static func counted(_ stream: TokenStream, at index: Int, gender: Gender?) -> Agreement {
    var agreement = infer(previous: stream.previousWord(before: index), gender: gender)
    if !agreement.isDecided, gender == .masculine, !stream.startsSentence(index),
      let previous = stream.previousWord(before: index), !copulas.contains(previous)
    {
      agreement.grammaticalCase = .accusative
    }
    return agreement
  }

  /// The adjective ending an ordinal takes here.
  var ordinalEnding: AdjectiveEnding {
    let gender = gender ?? .masculine
    switch article {
    case .definite:
      switch grammaticalCase {
      case .nominative: return gender == .plural ? .en : .e
      case .accusative: return gender == .feminine || gender == .neuter ? .e : .en
      case .dative, .genitive: return .en
      }
    case .indefinite:
      switch (grammaticalCase, gender) {
      case (.nominative, .masculine): return .er
      case (.nominative, .neuter), (.accusative, .neuter): return .es
      case (.nominative, .feminine), (.accusative, .feminine): return .e
      default: return .en
      }
    case .none:
      switch (grammaticalCase, gender) {
      case (.nominative, .masculine): return .er
      case (.nominative, .neuter), (.accusative, .neuter): return .es
      case (.nominative, .feminine), (.accusative, .feminine), (.nominative, .plural), (.accusative, .plural):
        return .e
      case (.accusative, .masculine): return .en
      case (.dative, .masculine), (.dative, .neuter): return .em
      case (.dative, .feminine), (.genitive, .feminine), (.genitive, .plural): return .er
      default: return .en
      }
    }
  }

  /// The form of "ein" for one of something here: "ein", "eine", "einen", "einem", "einer" or "eines".
  var indefiniteOne: String {
    switch (grammaticalCase, gender ?? .neuter) {
    case (.nominative, .feminine), (.accusative, .feminine): return "eine"
    case (.accusative, .masculine): return "einen"
    case (.dative, .feminine), (.genitive, .feminine): return "einer"
    case (.dative, _): return "einem"
    case (.genitive, _): return "eines"
    default: return "ein"
    }
  }
}
