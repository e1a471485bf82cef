import Foundation
import Testing

@testable import GermanNormalizer

/// The part-3 test set of issue 12 (`Fixtures/news-sentences-part3.tsv`: kind, written, accepted readings
/// separated by `|`), read as `vorleser normalize` reads it: with the shipped pronunciation lexicon, and
/// inclusive forms with both genders. Rows the normalizer still gets wrong are known issues, listed below.
@Suite("News sentences, part 3")
struct NewsSentencePart3Tests {
  struct Case: CustomTestStringConvertible, Sendable {
    var kind: String
    var written: String
    var accepted: [String]
    var testDescription: String { "\(kind): \(written)" }
  }

  static let cases: [Case] = {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Fixtures/news-sentences-part3.tsv")
    let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 3 else { return nil }
      return Case(kind: fields[0], written: fields[1], accepted: fields[2].components(separatedBy: "|"))
    }
  }()

  /// Rows still read wrong, with what is wrong; each is expected to fail until it is fixed.
  static let knownIssues: [String: String] = [
    "Der 19-Jährige erzielte sein 1. Bundesligator.":
      "reads \"Der Neunzehnjährige erzielte sein erster Bundesligator.\""
  ]

  static let normalizer = GermanNormalizer(pronunciations: NewsSentenceTests.shippedLexicon)
  static let inclusiveNormalizer = GermanNormalizer(
    genderForms: .both, pronunciations: NewsSentenceTests.shippedLexicon)

  @Test("a part-3 news sentence is spoken as one of its accepted readings", arguments: cases)
  func sentence(_ example: Case) {
    let normalizer = example.kind == "inclusive" ? Self.inclusiveNormalizer : Self.normalizer
    let spoken = normalizer.normalize(example.written)
    if let issue = Self.knownIssues[example.written] {
      withKnownIssue(Comment(rawValue: issue)) {
        #expect(example.accepted.contains(spoken), "\(spoken)")
      }
    } else {
      #expect(example.accepted.contains(spoken), "\(spoken)")
    }
  }

  @Test("the test set has its 590 rows in every kind, and the known issues are rows of it")
  func coverage() {
    #expect(Self.cases.count == 590)
    let kinds = Set(Self.cases.map(\.kind))
    for kind in [
      "ordinal", "roman", "season", "range", "dash", "phone", "code", "grouping", "unit", "money", "datetime", "web",
      "acronym", "abbreviation", "letters", "fraction", "foreign", "inclusive", "sports", "business", "local", "mixed",
    ] {
      #expect(kinds.contains(kind), "\(kind)")
    }
    let written = Set(Self.cases.map(\.written))
    for sentence in Self.knownIssues.keys { #expect(written.contains(sentence), "\(sentence)") }
  }
}
