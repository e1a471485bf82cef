import Foundation
import Testing

@testable import GermanNormalizer

/// Realistic news sentences per semiotic class, as a newsreader would say them
/// (`Fixtures/news-sentences.tsv`: class, written, spoken).
@Suite("News sentences by semiotic class")
struct NewsSentenceTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var semioticClass: String
    var written: String
    var spoken: String
    var testDescription: String { "\(semioticClass): \(written)" }
  }

  static let cases: [Case] = {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Fixtures/news-sentences.tsv")
    let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return fields.count == 3 ? Case(semioticClass: fields[0], written: fields[1], spoken: fields[2]) : nil
    }
  }()

  /// The shipped pronunciation lexicon, for the sentences of class "lexicon".
  static let shippedLexicon: PronunciationLexicon = {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("voices/lexicon/de.tsv")
    let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    return (try? PronunciationLexicon(parsing: text, file: file.path)) ?? .empty
  }()

  @Test("a news sentence is spoken as listed", arguments: cases)
  func sentence(_ example: Case) {
    let normalizer =
      example.semioticClass == "lexicon" ? GermanNormalizer(pronunciations: Self.shippedLexicon) : GermanNormalizer()
    #expect(normalizer.normalize(example.written) == example.spoken)
  }

  @Test("the spec's names: Selenskyj, Pjöngjang, Macron from the shipped lexicon")
  func specNames() {
    let normalizer = GermanNormalizer(pronunciations: Self.shippedLexicon)
    #expect(normalizer.normalize("Selenskyj, Pjöngjang, Macron") == "Selenski, [[pj'WNjaN]], Makrong")
  }

  @Test("the fixture covers every semiotic class with realistic sentences")
  func coverage() {
    #expect(Self.cases.count >= 300)
    let partTwo: Set<String> = ["abbreviation", "acronym", "web", "symbol", "inclusive", "lexicon", "trap"]
    #expect(Self.cases.filter { partTwo.contains($0.semioticClass) }.count >= 150)
    #expect(Self.shippedLexicon.count >= 100)
    let classes = Set(Self.cases.map(\.semioticClass))
    for name in [
      "cardinal", "ordinal", "decimal", "fraction", "year", "date", "time", "money", "percent", "measure", "score",
      "telephone", "roman", "legal", "range", "compound", "abbreviation", "acronym", "web", "symbol", "inclusive",
      "lexicon", "trap",
    ] {
      #expect(classes.contains(name), "\(name)")
    }
  }
}
