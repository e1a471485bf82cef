import Testing

@testable import Articles

@Suite("Web-page leftovers")
struct WebLeftoversTests {
  @Test(
    "whole-line phrases match in any case, with trailing punctuation",
    arguments: [
      "Artikel anhören", "ARTIKEL ANHÖREN", " Teilen ", "Mehr zum Thema:", "Mehr zum Thema: Nordkorea",
      "Lesezeit: 3 Min.",
    ])
  func matches(line: String) {
    #expect(WebLeftovers.standard.matches(line))
  }

  @Test(
    "article text that merely contains a phrase is kept",
    arguments: ["Artikel anhören ist jetzt möglich.", "Die Teilen-Funktion", "Fotografen protestieren"])
  func keeps(line: String) {
    #expect(!WebLeftovers.standard.matches(line))
  }

  @Test("a custom list with comments and prefixes")
  func customList() throws {
    let leftovers = try WebLeftovers(listing: "# comment\nJetzt spenden\nAnzeige:*\n")
    #expect(leftovers.matches("jetzt spenden!"))
    #expect(leftovers.matches("Anzeige: Neue Autos"))
    #expect(!leftovers.matches("# comment"))
  }
}
