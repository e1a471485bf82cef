import Foundation

/// The page furniture an HTML article parser drops: elements by tag name, and elements whose class or
/// id marks them as share buttons, credits, adverts and the like; read from `html-boilerplate.txt`.
public struct HTMLBoilerplate: Sendable {
  /// Tag names (lower case) dropped with their content.
  public let tags: Set<String>
  /// Class or id words (lower case) that drop an element with its content.
  public let classWords: Set<String>

  /// The shipped list.
  public static let standard = HTMLBoilerplate(listing: ArticlesResource.text("html-boilerplate.txt"))

  /// A list read from the data-file text `listing` ("tag NAME" and "class WORD" lines).
  public init(listing: String) {
    var tags = Set<String>()
    var classWords = Set<String>()
    for line in listing.split(whereSeparator: \.isNewline) {
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      guard fields.count == 2, !line.hasPrefix("#") else { continue }
      switch fields[0] {
      case "tag": tags.insert(fields[1].lowercased())
      case "class": classWords.insert(fields[1].lowercased())
      default: continue
      }
    }
    self.tags = tags
    self.classWords = classWords
  }

  /// Whether an element with this class or id attribute value is page furniture.
  public func isFurniture(classOrID value: String) -> Bool {
    value.lowercased().split { $0 == " " || $0 == "-" || $0 == "_" }.contains { classWords.contains(String($0)) }
  }
}
