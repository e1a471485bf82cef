/// The author line under a headline ("Von Anna Schmidt").
enum Byline {
  nonisolated(unsafe) private static let pattern =
    #/^(?:Von|Ein Kommentar von|Eine Analyse von)\s+(\p{Lu}[\p{L}.'\- ]{1,60})$/#

  /// The author named by `line`, or nil when the line is not a byline.
  static func author(in line: String) -> String? {
    guard let match = line.wholeMatch(of: pattern) else { return nil }
    return String(match.1)
  }
}
