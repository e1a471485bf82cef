import Foundation
import Testing

@testable import Articles

/// Full news pages in the shapes of twelve kinds of German news sites (`Fixtures/pages/STEM.html`) and
/// text copied from them (`STEM.txt`), each against its expectation (`STEM.expect.json`): metadata, lead,
/// section titles, phrases that must be spoken (one from every paragraph, list item, quote and table row)
/// and phrases of page furniture that must not. The same measures as `Benchmarks/extraction/yardstick.py`.
@Suite("News pages and copied text against their expectations")
struct PageFixtureTests {
  /// One side of an expectation: what the page (or the copied text) must give.
  struct Expectation: Decodable {
    var headline: String
    var kicker: String?
    var date: String?
    var modified: String?
    var authors: [String]
    var publisher: String?
    var url: String?
    var image: String?
    var lead: String
    var sections: [String]
    var spoken: [String]
    var unspoken: [String]
  }

  struct Fixture: Decodable {
    var kind: String
    var html: Expectation
    var text: Expectation
  }

  /// How one fixture side did.
  struct Score: CustomStringConvertible {
    var name: String
    var metadataWrong: [String]
    var leadRight: Bool
    var headingsRight: Bool
    var found: Int
    var phrases: Int
    var missed: [String]
    var leaked: [String]
    var headings: [String] = []

    var description: String {
      var line =
        "\(name): metadata \(metadataWrong.isEmpty ? "ok" : "wrong \(metadataWrong)"), lead \(leadRight ? "ok" : "WRONG")"
      line += ", headings \(headingsRight ? "ok" : "WRONG"), recall \(found)/\(phrases), leaked \(leaked.count)"
      if !missed.isEmpty { line += "\n    missed: \(missed)" }
      if !leaked.isEmpty { line += "\n    leaked: \(leaked)" }
      if !headingsRight { line += "\n    headings: \(headings)" }
      return line
    }
  }

  /// Furniture no rule can tell from text: in copied text, a photo caption that lost its credit line is a
  /// short paragraph like any other ("Die Polizei ermittelt.").
  static let knownLeaks = ["blog-lastenrad.txt": "Die Spikes machen Lärm"]

  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/pages")

  static var stems: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".expect.json") }.map { String($0.dropLast(".expect.json".count)) }.sorted()
  }

  static func fixture(_ stem: String) throws -> Fixture {
    try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: folder.appendingPathComponent("\(stem).expect.json")))
  }

  /// What a listener hears of `article`, as text: kicker, headline, lead, headings and paragraphs.
  static func spokenText(_ article: Article) -> String {
    var parts = [article.kicker, article.headline, article.lead].compactMap { $0 }
    for section in article.sections {
      if let heading = section.heading { parts.append(heading) }
      parts.append(contentsOf: section.paragraphs)
    }
    return squash(parts.joined(separator: "\n"))
  }

  static func squash(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{00AD}", with: "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// A date as the expectations write it ("2024-11-20T14:40Z", "2024-11-17T18:47+01:00") in Dateline's form.
  static func isoDate(_ text: String?) -> String? {
    guard let text else { return nil }
    return text.hasSuffix("Z") ? String(text.dropLast()) + "+00:00" : text
  }

  static func score(_ name: String, _ article: Article, against expected: Expectation) -> Score {
    var wrong: [String] = []
    if article.headline != expected.headline { wrong.append("headline \(article.headline ?? "nil")") }
    if article.kicker != expected.kicker { wrong.append("kicker \(article.kicker ?? "nil")") }
    if article.dateline?.iso8601 != isoDate(expected.date) {
      wrong.append("date \(article.dateline?.iso8601 ?? "nil")")
    }
    if article.modified?.iso8601 != isoDate(expected.modified) {
      wrong.append("modified \(article.modified?.iso8601 ?? "nil")")
    }
    if Set(article.authors) != Set(expected.authors) { wrong.append("authors \(article.authors)") }
    if article.publisher != expected.publisher { wrong.append("publisher \(article.publisher ?? "nil")") }
    if article.sourceURL != expected.url { wrong.append("url \(article.sourceURL ?? "nil")") }
    if article.imageURL != expected.image { wrong.append("image \(article.imageURL ?? "nil")") }
    let spoken = spokenText(article)
    let missed = expected.spoken.filter { !spoken.contains(squash($0)) }
    return Score(
      name: name, metadataWrong: wrong, leadRight: article.lead.map(squash)?.hasPrefix(squash(expected.lead)) == true,
      headingsRight: article.sections.compactMap(\.heading) == expected.sections,
      found: expected.spoken.count - missed.count, phrases: expected.spoken.count, missed: missed,
      leaked: expected.unspoken.filter { spoken.contains(squash($0)) }, headings: article.sections.compactMap(\.heading)
    )
  }

  /// Every fixture side, scored.
  static func scores() throws -> [Score] {
    var scores: [Score] = []
    for stem in stems {
      let fixture = try fixture(stem)
      let html = try String(contentsOf: folder.appendingPathComponent("\(stem).html"), encoding: .utf8)
      scores.append(score("\(stem).html", try HTMLArticleParser().parse(html, source: stem), against: fixture.html))
      let text = try String(contentsOf: folder.appendingPathComponent("\(stem).txt"), encoding: .utf8)
      scores.append(score("\(stem).txt", try PlainTextArticleParser().parse(text, source: stem), against: fixture.text))
    }
    return scores
  }

  @Test("every page and copied text: metadata and lead right, headings found, recall at least 98%, nothing leaked")
  func pages() throws {
    let scores = try Self.scores()
    #expect(scores.count >= 20)
    for score in scores { print(score) }
    for side in ["html", "txt"] {
      let mine = scores.filter { $0.name.hasSuffix(side) }
      let found = mine.reduce(0) { $0 + $1.found }
      let phrases = mine.reduce(0) { $0 + $1.phrases }
      print(
        "\(side): metadata \(mine.count { $0.metadataWrong.isEmpty })/\(mine.count), lead \(mine.count(where: \.leadRight))/\(mine.count), "
          + "headings \(mine.count(where: \.headingsRight))/\(mine.count), recall \(found)/\(phrases), "
          + "leaked \(mine.reduce(0) { $0 + $1.leaked.count })")
      #expect(Double(found) >= 0.98 * Double(phrases), "\(side) recall \(found)/\(phrases)")
    }
    for score in scores {
      #expect(score.metadataWrong.isEmpty, "\(score.name): \(score.metadataWrong)")
      #expect(score.leadRight, "\(score.name): lead")
      #expect(score.headingsRight, "\(score.name): headings")
      let known = Self.knownLeaks[score.name]
      #expect(score.leaked.filter { $0 != known }.isEmpty, "\(score.name): leaked \(score.leaked)")
      if let known {
        withKnownIssue("a photo caption without a credit line, copied as text, reads as a one-sentence paragraph") {
          #expect(!score.leaked.contains(known))
        }
      }
    }
  }
}
