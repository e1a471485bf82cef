import DataTables
import Foundation

/// How the HTML article parser reads a page's parts, from `html-page-rules.txt` (and a publisher's own
/// file, `--page-rules`): which elements are furniture to drop (by tag, ARIA role, or a class or id
/// word such as share, credit, advert), which hold the kicker, the lead or the body, and the class and id
/// fragments that make an element more or less likely to hold the article when blocks are scored.
public struct HTMLPageRules: Sendable, Equatable {
  /// The kinds of rule, as the first field of a row names them.
  enum Kind: String, CaseIterable {
    case tag, role, `class`, kicker, lead, body, keep, positive, negative
  }

  /// Tag names (lower case) dropped with their content.
  public private(set) var droppedTags: Set<String> = []
  /// ARIA roles whose elements are dropped (navigation, complementary, dialog …).
  public private(set) var droppedRoles: Set<String> = []
  /// Class or id words (lower case) that drop an element with its content.
  public private(set) var furnitureWords: Set<String> = []
  /// Class or id words (lower case) that mark the kicker (Dachzeile).
  public private(set) var kickerWords: Set<String> = []
  /// Class or id words that mark the lead (teaser, intro, Vorspann).
  public private(set) var leadWords: Set<String> = []
  /// Class or id words that mark the article body itself.
  public private(set) var bodyWords: Set<String> = []
  /// Class or id words that keep an element however its other words or its links look.
  public private(set) var keptWords: Set<String> = []
  /// Fragments of class and id values that make an element likelier, or less likely, to hold the article.
  public private(set) var positiveFragments: [String] = []
  public private(set) var negativeFragments: [String] = []

  /// The shipped rules.
  public static let standard = DataTable.load(
    resource: "html-page-rules.txt", in: .module, columns: 2...2, HTMLPageRules.init)

  /// Rules from `table`: rows "KIND<TAB>VALUE" with KIND one of tag, role, class, kicker, lead, body,
  /// keep, positive, negative.
  public init(table: DataTable) throws(DataTableError) {
    for row in table.rows {
      guard let kind = Kind(rawValue: row.fields[0]) else {
        let kinds = Kind.allCases.map(\.rawValue).joined(separator: ", ")
        throw table.error(row, "unknown rule \"\(row.fields[0])\" (one of \(kinds))")
      }
      let value = row.fields[1].lowercased()
      guard !value.contains(where: \.isWhitespace) else { throw table.error(row, "a rule's value is one word") }
      switch kind {
      case .tag: droppedTags.insert(value)
      case .role: droppedRoles.insert(value)
      case .class: furnitureWords.insert(value)
      case .kicker: kickerWords.insert(value)
      case .lead: leadWords.insert(value)
      case .body: bodyWords.insert(value)
      case .keep: keptWords.insert(value)
      case .positive: positiveFragments.append(value)
      case .negative: negativeFragments.append(value)
      }
    }
  }

  /// The shipped rules with a publisher's own added (theirs win where a word is both kept and dropped).
  public func adding(_ other: HTMLPageRules) -> HTMLPageRules {
    var merged = self
    merged.droppedTags.formUnion(other.droppedTags)
    merged.droppedRoles.formUnion(other.droppedRoles)
    merged.furnitureWords = furnitureWords.subtracting(other.keptWords).union(other.furnitureWords)
    merged.kickerWords.formUnion(other.kickerWords)
    merged.leadWords.formUnion(other.leadWords)
    merged.bodyWords.formUnion(other.bodyWords)
    merged.keptWords = keptWords.subtracting(other.furnitureWords).union(other.keptWords)
    merged.positiveFragments += other.positiveFragments
    merged.negativeFragments += other.negativeFragments
    return merged
  }

  /// Whether an element with this class or id attribute value is page furniture.
  public func isFurniture(classOrID value: String) -> Bool {
    let words = Self.words(value)
    return !words.contains { keptWords.contains($0) } && words.contains { furnitureWords.contains($0) }
  }

  /// Whether an element with this class or id attribute value holds the kicker.
  public func isKicker(classOrID value: String) -> Bool {
    Self.words(value).contains { kickerWords.contains($0) }
  }

  /// Whether an element with this class or id attribute value holds the lead.
  func isLead(classOrID value: String) -> Bool {
    Self.words(value).contains { leadWords.contains($0) }
  }

  /// Whether an element with this class or id attribute value is the article body.
  func isBody(classOrID value: String) -> Bool {
    Self.words(value).contains { bodyWords.contains($0) }
  }

  /// Whether an element with this class or id attribute value is kept whatever else it says.
  func isKept(classOrID value: String) -> Bool {
    Self.words(value).contains { keptWords.contains($0) }
  }

  /// The scoring weight of an element's class and id: +25 for a positive fragment, −25 for a negative one.
  func weight(classAndID value: String) -> Double {
    let lowered = value.lowercased()
    var weight = 0.0
    if negativeFragments.contains(where: lowered.contains) { weight -= 25 }
    if positiveFragments.contains(where: lowered.contains) { weight += 25 }
    return weight
  }

  /// The words of a class or id value: split at spaces, "-", "_" (BEM's "__" and "--" included) and
  /// where a lower-case letter meets an upper-case one ("atc-MediaCaption": atc, media, caption).
  static func words(_ value: String) -> [String] {
    var words: [String] = []
    var current = ""
    var previousIsLower = false
    for character in value {
      if character == " " || character == "-" || character == "_" || character == "\t" || character == "\n" {
        if !current.isEmpty { words.append(current) }
        current = ""
        previousIsLower = false
        continue
      }
      if character.isUppercase, previousIsLower, !current.isEmpty {
        words.append(current)
        current = ""
      }
      current += character.lowercased()
      previousIsLower = character.isLowercase
    }
    if !current.isEmpty { words.append(current) }
    return words
  }
}
