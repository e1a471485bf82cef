import DataTables
import Foundation
import Testing

@testable import Articles

/// The Articles module's data files through the one data-table reader.
@Suite("Shipped data files (Articles)")
struct ShippedDataFileTests {
  @Test("the page rules and the web-page leftovers load; a bad rule names its file and line")
  func shipped() throws {
    #expect(HTMLPageRules.standard.droppedTags.contains("script"))
    #expect(HTMLPageRules.standard.kickerWords.contains("dachzeile"))
    #expect(WebLeftovers.standard.matches("Artikel anhören"))
    let table = try DataTable(text: "tag\tnav\nklasse\tshare\n", file: "regeln.txt", columns: 2...2)
    #expect(
      throws: DataTableError(file: "regeln.txt", line: 2, reason: "unknown rule \"klasse\" (tag, class or kicker)")
    ) {
      try HTMLPageRules(table: table)
    }
  }
}
