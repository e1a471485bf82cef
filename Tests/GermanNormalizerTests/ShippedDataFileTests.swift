import DataTables
import Foundation
import Testing

@testable import GermanNormalizer

/// Every data file the normalizer ships, and the pronunciation lexicon in voices/, through the one
/// data-table reader: a malformed row would name its file and line here, before a release.
@Suite("Shipped data files")
struct ShippedDataFileTests {
  @Test("every shipped data file loads through its reader, and none is left unread")
  func normalizerFiles() {
    let readers: [String: () -> Int] = [
      "abbreviations.tsv": { AbbreviationLexicon.shared.count }, "acronyms.tsv": { AcronymLexicon.shared.count },
      "currencies.tsv": { CurrencyLexicon.shared.entries.count }, "laws.tsv": { LegalClass.laws.count },
      "months.txt": { MonthNames.all.count }, "nouns.tsv": { NounLexicon.shared.count },
      "symbols.tsv": { SymbolReadings.shared.count }, "units.tsv": { UnitLexicon.shared.count },
      "service-numbers.txt": { TelephoneClass.serviceNumbers.count },
      "masculine-plurals.tsv": { InclusiveFormClass.masculinePlurals.count },
      "street-suffixes.tsv": { AbbreviationClass.streetSuffixes.count }, "weekdays.txt": { Weekdays.all.count },
      "function-words.tsv": { FunctionWords.shared.count }, "given-names.tsv": { GivenNames.shared.count },
      "code-cues.txt": { CodeClass.cues.count }, "ranking-words.txt": { PredicateOrdinal.rankingWords.count },
      "number-nouns.txt": { RomanClass.cardinalCues.count }, "capital-words.txt": { AcronymClass.capitalWords.count },
    ]
    #expect(Set(GermanNormalizer.dataFiles.map(\.lastPathComponent)) == Set(readers.keys))
    for (name, count) in readers.sorted(by: { $0.key < $1.key }) { #expect(count() > 0, "\(name)") }
  }

  @Test("the shipped pronunciation lexicon reads without a malformed row")
  func pronunciationLexicon() throws {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("voices/lexicon/de.tsv")
    let table = try DataTable.file(file.path, columns: 2...2)
    let lexicon = try PronunciationLexicon(parsing: String(contentsOf: file, encoding: .utf8), file: file.path)
    #expect(lexicon.count == table.rows.count)
  }
}
