import Foundation

/// A meta line under a headline: byline, date, reading time and comment count, alone or joined by
/// separators ("Von Anna Muster, Hamburg · Stand: 14.11.2024, 15:40 Uhr · Lesezeit 4 Min.", "Malte
/// Jürgensen | 17.11.2024, 18:47 Uhr"). What it says feeds the tags; it is never spoken.
struct MetaLine: Equatable {
  var authors: [String] = []
  var dateline: Dateline?

  nonisolated(unsafe) private static let separators = #/\s+[·•|]\s+/#
  nonisolated(unsafe) private static let dateThenAuthor =
    #/^(?<date>.*\d{4}(?:[,\s]+\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?)\s+von\s+(?<names>.+)$/#
  nonisolated(unsafe) private static let readingTime =
    #/^(?i:(?:lesezeit|lesedauer)(?:\s*ca\.)?:?\s*\d+\s*(?:min\.?|minuten)|(?:ca\.\s*)?\d+\s*(?:min\.?|minuten)\s*(?:lesezeit|lesedauer))$/#
  nonisolated(unsafe) private static let comments =
    #/^(?i:\d+\s+(?:kommentare?|lesermeinungen)|kommentare?(?:\s+lesen)?\s*\(\d+(?:\s+beiträge)?\))$/#

  /// The meta line `line` is, or nil when some part of it is something else.
  static func parse(_ line: String, datelines: DatelineParser) -> MetaLine? {
    guard line.count <= 240 else { return nil }
    if let dateline = datelines.parse(line) { return MetaLine(dateline: dateline) }
    // "Veröffentlicht am 3. November 2024 von Lena Sommer"
    if let match = line.wholeMatch(of: dateThenAuthor), let dateline = datelines.parse(String(match.date)),
      let names = Byline.names(String(match.names), placeAllowed: true)
    {
      return MetaLine(authors: names, dateline: dateline)
    }
    let parts = line.split(separator: separators).map { $0.trimmingCharacters(in: .whitespaces) }
    var meta = MetaLine()
    var bareNames: [String] = []
    var recognized = false
    for part in parts where !part.isEmpty {
      if let dateline = datelines.parse(part) {
        meta.dateline = meta.dateline ?? dateline
        recognized = true
      } else if let authors = Byline.authors(in: part) {
        meta.authors += authors
        recognized = true
      } else if part.wholeMatch(of: readingTime) != nil || part.wholeMatch(of: comments) != nil {
        recognized = true
      } else if let names = Byline.names(part, placeAllowed: false) {
        bareNames += names
      } else {
        return nil
      }
    }
    // A bare name is an author only beside a date or a byline ("Malte Jürgensen | 17.11.2024").
    guard recognized else { return nil }
    meta.authors += bareNames
    return meta
  }
}
