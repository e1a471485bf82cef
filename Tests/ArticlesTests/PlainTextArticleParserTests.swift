import Foundation
import Testing

@testable import Articles

@Suite("Plain-text article parser")
struct PlainTextArticleParserTests {
  let parser = PlainTextArticleParser()

  static let seedsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")

  static var seedFiles: [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: seedsFolder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map { seedsFolder.appendingPathComponent($0) }
  }

  func parseSeed(_ name: String) throws -> Article {
    let file = Self.seedsFolder.appendingPathComponent(name)
    return try parser.parse(ArticleText.read(from: file.path), source: file.path)
  }

  @Test("the shared seed article: kicker, headline, dateline, lead and four paragraphs")
  func seedArticle() throws {
    let article = try parseSeed("000_b00f2b60dc233813.txt")
    #expect(article.kicker == "Kampf für “gerechte Sache”")
    #expect(article.headline == "Kim verspricht Putin militärische Unterstützung")
    #expect(
      article.dateline == Dateline(original: "09.02.2025, 07:30 Uhr", year: 2025, month: 2, day: 9, hour: 7, minute: 30)
    )
    #expect(article.lead?.hasPrefix("Tausende nordkoreanische Soldaten") == true)
    #expect(article.sections.count == 1)
    #expect(article.sections[0].heading == nil)
    #expect(article.paragraphs.count == 4)
    #expect(article.paragraphs[0].hasPrefix("Der nordkoreanische Führer"))
    #expect(article.paragraphs[3].hasSuffix("erklärte der langjährige Machthaber."))
    #expect(!article.paragraphs.contains { $0.contains("Artikel anhören") })
    #expect(article.lead?.contains("Artikel anhören") == false)
  }

  @Test("the seed with sub-headings: blank-line paragraphs in three sections")
  func seedWithHeadings() throws {
    let article = try parseSeed("001_bundestag_haushalt.txt")
    #expect(article.kicker == "Haushaltswoche im Parlament")
    #expect(article.dateline?.iso8601 == "2024-03-12T18:45")
    #expect(article.lead?.hasPrefix("Nach einer langen Debatte") == true)
    #expect(
      article.sections.map(\.heading) == ["Was die Koalition plant", "Kritik der Opposition", "Wie es weitergeht"])
    #expect(article.sections.map(\.paragraphs.count) == [2, 2, 1])
    #expect(article.hasHeadings)
  }

  @Test("the short seed: lead and one paragraph")
  func shortSeed() throws {
    let article = try parseSeed("002_wetter_kurz.txt")
    #expect(article.kicker == "Wetter")
    #expect(article.headline == "Sturmtief bringt Regen und Wind in den Norden")
    #expect(article.lead?.hasPrefix("Ein Sturmtief") == true)
    #expect(article.paragraphs == ["Zur Wochenmitte beruhigt sich das Wetter wieder, und es wird deutlich kühler."])
  }

  @Test("every seed parses into a headline, a dateline, a lead and a body", arguments: seedFiles)
  func everySeed(file: URL) throws {
    let article = try parser.parse(ArticleText.read(from: file.path), source: file.path)
    #expect(article.headline != nil)
    #expect(article.dateline != nil)
    #expect(article.lead != nil)
    #expect(!article.paragraphs.isEmpty)
    #expect(!article.paragraphs.contains { WebLeftovers.standard.matches($0) })
  }

  @Test("a title alone is a headline")
  func titleOnly() throws {
    let article = try parser.parse("Kim verspricht Putin militärische Unterstützung\n", source: "t")
    #expect(article.headline == "Kim verspricht Putin militärische Unterstützung")
    #expect(article.lead == nil)
    #expect(article.sections.isEmpty)
  }

  @Test("kicker and headline alone")
  func kickerAndHeadlineOnly() throws {
    let article = try parser.parse("Wetter\nSturm im Norden", source: "t")
    #expect(article.kicker == "Wetter")
    #expect(article.headline == "Sturm im Norden")
    #expect(article.sections.isEmpty)
  }

  @Test("no dateline: a title line, then paragraphs separated by blank lines")
  func noDateline() throws {
    let text = "Sturm im Norden\n\nEin Sturmtief zieht über das Land.\n\nAm Mittwoch wird es ruhiger.\n"
    let article = try parser.parse(text, source: "t")
    #expect(article.kicker == nil)
    #expect(article.headline == "Sturm im Norden")
    #expect(article.dateline == nil)
    #expect(article.lead == "Ein Sturmtief zieht über das Land.")
    #expect(article.paragraphs == ["Am Mittwoch wird es ruhiger."])
  }

  @Test("a lone paragraph is the whole body")
  func loneParagraph() throws {
    let text = "Ein Sturmtief zieht am Montag über Norddeutschland, der Wetterdienst warnt vor Böen."
    let article = try parser.parse(text, source: "t")
    #expect(article.headline == nil)
    #expect(article.lead == nil)
    #expect(article.paragraphs == [text])
  }

  @Test("hard-wrapped lines of one paragraph are joined; a sentence end at a line end starts a new one")
  func hardWrappedParagraphs() throws {
    let text = "Titel\n\nDie Koalition will in Brücken\nund Schulen investieren.\nDie Opposition widerspricht.\n\nEnde."
    let article = try parser.parse(text, source: "t")
    #expect(article.lead == "Die Koalition will in Brücken und Schulen investieren.")
    #expect(article.paragraphs == ["Die Opposition widerspricht.", "Ende."])
  }

  @Test("headings without a lead: the first paragraph before a heading is the lead")
  func headingsAndLead() throws {
    let text = "Titel\n\nVorspann hier.\n\n## Erster Teil\n\nEins.\n\n## Zweiter Teil\nZwei.\nDrei.\n"
    let article = try parser.parse(text, source: "t")
    #expect(article.lead == "Vorspann hier.")
    #expect(
      article.sections == [
        Section(heading: "Erster Teil", paragraphs: ["Eins."]),
        Section(heading: "Zweiter Teil", paragraphs: ["Zwei.", "Drei."]),
      ])
  }

  @Test("Windows line endings, a byte-order mark and a byline")
  func windowsText() throws {
    let text =
      "\u{FEFF}Wetter\r\nSturm im Norden\r\n03.11.2025\r\nVon Anna Beispiel\r\nEin Sturmtief zieht auf.\r\nEs wird kühl.\r\n"
    let article = try parser.parse(text, source: "t")
    #expect(article.kicker == "Wetter")
    #expect(article.dateline?.iso8601 == "2025-11-03")
    #expect(article.author == "Anna Beispiel")
    #expect(article.lead == "Ein Sturmtief zieht auf.")
    #expect(article.paragraphs == ["Es wird kühl."])
  }

  @Test("empty input is an error naming the source", arguments: ["", "   \n\n\t\n"])
  func emptyInput(text: String) {
    #expect(throws: ArticleError.empty(source: "leer.txt")) { try parser.parse(text, source: "leer.txt") }
    #expect(ArticleError.empty(source: "leer.txt").description == "leer.txt: the article is empty")
  }

  @Test(
    "input without letters or digits, or only web leftovers, has no readable text",
    arguments: ["---\n***\n…", "Artikel anhören\nTeilen\n"])
  func noReadableText(text: String) {
    #expect(throws: ArticleError.noReadableText(source: "x.txt")) { try parser.parse(text, source: "x.txt") }
  }

  @Test("binary data is not text")
  func binaryData() {
    #expect(throws: ArticleError.notText(source: "bild.png")) {
      try ArticleText.decode(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]), source: "bild.png")
    }
  }

  @Test("Windows-1252 text is decoded")
  func windows1252() throws {
    let text = try ArticleText.decode(Data([0x4B, 0xE4, 0x6C, 0x74, 0x65]), source: "t")
    #expect(text == "Kälte")
  }

  @Test("a missing file is an error naming it")
  func missingFile() {
    #expect(throws: ArticleError.unreadable(source: "/nicht/da.txt", reason: "no such file")) {
      try ArticleText.read(from: "/nicht/da.txt")
    }
  }
}
