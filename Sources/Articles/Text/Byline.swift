import Foundation

/// The author line of an article in its common German shapes: "Von Anna Muster", "Von: Uwe Kamp und
/// Nicole Brettschneider", "Von Katrin Meyer, Frankfurt" (a place after the names), "Von Lars Beispiel
/// (dpa)" (an agency), "Ein Kommentar von …", "Text: …", "Autorin: …".
enum Byline {
  nonisolated(unsafe) private static let prefixed =
    #/^(?i:von|ein kommentar von|eine analyse von|eine reportage von|ein interview von|ein gastbeitrag von|text|autor|autorin|autoren|autorinnen|recherche)\s*:?\s+(?<names>.+)$/#
  nonisolated(unsafe) private static let nameWord = #/^(?:\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*|\p{Lu}\.)$/#
  private static let particles: Set<String> = [
    "von", "van", "de", "der", "den", "zu", "di", "da", "le", "la", "del", "ter",
  ]

  /// The authors named by `line` when the line is a byline with its "Von" (or similar); nil otherwise.
  static func authors(in line: String) -> [String]? {
    guard line.count <= 160, let match = line.wholeMatch(of: prefixed) else { return nil }
    return names(String(match.names), placeAllowed: true)
  }

  /// The first author of a byline line, for callers that keep one.
  static func author(in line: String) -> String? {
    authors(in: line)?.joined(separator: ", ")
  }

  /// The names in `text` ("Anna Muster und Jan Beispiel, Hamburg (dpa)"); nil when some part is not a
  /// name. With `placeAllowed`, a last part after a comma that is not a full name is a place and dropped.
  static func names(_ text: String, placeAllowed: Bool) -> [String]? {
    var text = text.trimmingCharacters(in: .whitespaces)
    // An agency or a role in parentheses at the end: "(dpa)", "(Text und Fotos)".
    if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
      text = text[..<open].trimmingCharacters(in: .whitespaces)
    }
    var parts = text.components(separatedBy: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    if placeAllowed, parts.count > 1, let last = parts.last, !isFullName(last) { parts.removeLast() }
    var names: [String] = []
    for part in parts {
      for name in part.components(separatedBy: " und ").flatMap({ $0.components(separatedBy: " & ") }) {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard isFullName(name) else { return nil }
        names.append(name)
      }
    }
    return names.isEmpty ? nil : names
  }

  /// Whether `text` is a person's name: two to five words, capitalized but for particles ("von", "de").
  static func isFullName(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard (2...5).contains(words.count), words.first.map({ $0.wholeMatch(of: nameWord) != nil }) == true,
      words.last.map({ $0.wholeMatch(of: nameWord) != nil }) == true
    else { return false }
    return words.allSatisfy { $0.wholeMatch(of: nameWord) != nil || particles.contains(String($0)) }
  }
}
