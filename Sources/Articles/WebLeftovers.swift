import Foundation

/// Web-page phrases ("Artikel anhören", "Mehr zum Thema") that are not part of an article's text,
/// read from the `web-leftovers.txt` resource.
public struct WebLeftovers: Sendable {
  private let phrases: Set<String>
  private let prefixes: [String]

  /// The shipped list.
  public static let standard = WebLeftovers(listing: ArticlesResource.text("web-leftovers.txt"))

  /// A list read from the data-file text `listing`.
  public init(listing: String) {
    var phrases = Set<String>()
    var prefixes: [String] = []
    for line in listing.split(whereSeparator: \.isNewline) {
      let entry = line.trimmingCharacters(in: .whitespaces)
      if entry.isEmpty || entry.hasPrefix("#") { continue }
      if entry.hasSuffix("*") {
        prefixes.append(Self.key(String(entry.dropLast())))
      } else {
        phrases.insert(Self.key(entry))
      }
    }
    self.phrases = phrases
    self.prefixes = prefixes
  }

  /// Whether the whole of `line` is a web-page leftover.
  public func matches(_ line: String) -> Bool {
    let key = Self.key(line)
    return phrases.contains(key) || prefixes.contains { key.hasPrefix($0) }
  }

  private static func key(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".!…"))).lowercased()
  }
}
