import DataTables
import Foundation
import Testing

@testable import Articles

/// The Articles module's data files through the one data-table reader.
@Suite("Shipped data files (Articles)")
struct ShippedDataFileTests {
  @Test("the page rules, leftovers, furniture patterns, agencies and table labels load")
  func shipped() throws {
    #expect(HTMLPageRules.standard.droppedTags.contains("script"))
    #expect(HTMLPageRules.standard.kickerWords.contains("dachzeile"))
    #expect(HTMLPageRules.standard.droppedRoles.contains("navigation"))
    #expect(WebLeftovers.standard.matches("Artikel anhören"))
    #expect(PageFurniture.standard.matches("Lesezeit: 4 Min."))
    #expect(PageFurniture.standard.isTeaserLabel("Mehr zum Thema"))
    #expect(PageFurniture.standard.isCallToAction("Jetzt mit Pro weiterlesen"))
    #expect(AgencyCredits.standard.isCredit("(AFP/dpa)"))
    #expect(TableLabels.standard.reading("14", under: "Sp.") == "14 Spiele")
    let resources = Bundle.module.bundleURL.path
    let shipped = try FileManager.default.contentsOfDirectory(atPath: resources).filter { !$0.hasPrefix(".") }
    #expect(
      Set(shipped).isSuperset(of: [
        "html-page-rules.txt", "web-leftovers.txt", "furniture-patterns.txt", "agencies.txt", "table-labels.tsv",
      ]))
  }

  @Test(
    "a bad rule names its file and line",
    arguments: [
      (
        "tag\tnav\nklasse\tshare\n", 2,
        "unknown rule \"klasse\" (one of tag, role, class, kicker, lead, body, keep, positive, negative)"
      ),
      ("class\tzwei wörter\n", 1, "a rule's value is one word"),
    ])
  func badPageRule(text: String, line: Int, reason: String) throws {
    let table = try DataTable(text: text, file: "regeln.txt", columns: 2...2)
    #expect(throws: DataTableError(file: "regeln.txt", line: line, reason: reason)) { try HTMLPageRules(table: table) }
  }

  @Test("a bad furniture pattern or table label names its file and line")
  func badPatterns() throws {
    let patterns = try DataTable(text: "line\t^ok$\nline\t(unclosed\n", file: "muster.txt", columns: 2...2)
    #expect(throws: DataTableError(file: "muster.txt", line: 2, reason: "not a regular expression: (unclosed")) {
      try PageFurniture(table: patterns)
    }
    let labels = try DataTable(text: "Pl.\tPlatz\tvorne\n", file: "labels.tsv", columns: 3...3)
    #expect(
      throws: DataTableError(
        file: "labels.tsv", line: 1, reason: "the third field is \"before\" or \"after\", not \"vorne\"")
    ) {
      try TableLabels(table: labels)
    }
  }
}
