import Foundation

/// How the HTML article parser reads a page's parts, from `html-page-rules.txt`: which elements are
/// furniture to drop (by tag name, or by a class or id word such as share, credit, advert), and which
/// hold the kicker.
public struct HTMLPageRules: Sendable {
  /// Tag names (lower case) dropped with their content.
  public let droppedTags: Set<String>
  /// Class or id words (lower case) that drop an element with its content.
  public let furnitureWords: Set<String>
  /// Class or id words (lower case) that mark the kicker (Dachzeile).
  public let kickerWords: Set<String>

  /// The shipped rules.
  public static let standard = HTMLPageRules(listing: ArticlesResource.text("html-page-rules.txt"))

  /// Rules read from the data-file text `listing` ("tag NAME", "class WORD" and "kicker WORD" lines).
  public init(listing: String) {
    var rules: [Substring: Set<String>] = [:]
    for line in listing.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      guard fields.count == 2 else { continue }
      rules[fields[0], default: []].insert(fields[1].lowercased())
    }
    droppedTags = rules["tag"] ?? []
    furnitureWords = rules["class"] ?? []
    kickerWords = rules["kicker"] ?? []
  }

  /// Whether an element with this class or id attribute value is page furniture.
  public func isFurniture(classOrID value: String) -> Bool {
    Self.words(value).contains { furnitureWords.contains($0) }
  }

  /// Whether an element with this class or id attribute value holds the kicker.
  public func isKicker(classOrID value: String) -> Bool {
    Self.words(value).contains { kickerWords.contains($0) }
  }

  private static func words(_ value: String) -> [String] {
    value.lowercased().split { $0 == " " || $0 == "-" || $0 == "_" }.map(String.init)
  }
}
