import DataTables
import Foundation
import Testing

@testable import Articles

/// The parts of reading a news page on their own: metadata, meta lines, agency credits, tables, lists,
/// footnotes, other languages, a publisher's page rules, and copied text's sub-headings and lists.
@Suite("News page parts")
struct PagePartsTests {
  let parser = HTMLArticleParser()

  private func page(head: String = "", _ body: String) -> String {
    "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>"
  }

  private static let paragraph =
    "<p>Die Gemeinde hat am Dienstag beschlossen, das Hallenbad im kommenden Jahr zu sanieren, wie der Bürgermeister mitteilte.</p>"

  @Test("JSON-LD: a NewsArticle inside @graph and arrays gives the metadata; malformed JSON-LD is ignored")
  func linkedData() throws {
    let head = """
      <script type="application/ld+json">{ kaputt</script>
      <script type="application/ld+json">[{"@type": "WebSite", "name": "Blatt"}, {"@context": "https://schema.org",
        "@graph": [{"@type": "BreadcrumbList"}, {"@type": ["NewsArticle"], "headline": "Bad wird saniert",
        "datePublished": "2024-11-12T19:30:00+01:00", "dateModified": "2024-11-13T08:05:00+01:00",
        "author": [{"@type": "Person", "name": "Katrin Meyer"}, "Jan Beispiel"],
        "publisher": {"@type": "Organization", "name": "Lokalblatt"},
        "mainEntityOfPage": {"@id": "https://blatt.example/bad"}, "image": [{"url": "https://blatt.example/bad.jpg"}]}]}]
      </script>
      """
    let article = try parser.parse(
      page(head: head, "<article><h1>Bad wird saniert</h1>\(Self.paragraph)</article>"), source: "s")
    #expect(article.dateline?.iso8601 == "2024-11-12T19:30+01:00")
    #expect(article.modified?.iso8601 == "2024-11-13T08:05+01:00")
    #expect(article.authors == ["Katrin Meyer", "Jan Beispiel"])
    #expect(article.publisher == "Lokalblatt")
    #expect(article.sourceURL == "https://blatt.example/bad")
    #expect(article.imageURL == "https://blatt.example/bad.jpg")
  }

  @Test("without JSON-LD: OpenGraph and article meta tags, then <time>, then the visible byline")
  func metaTags() throws {
    let head = """
      <meta property="og:site_name" content="Lokalblatt"><meta property="og:image" content="https://b.example/i.jpg">
      <meta property="article:published_time" content="2024-11-12T19:30:00+01:00">
      """
    let article = try parser.parse(
      page(
        head: head,
        "<article><h1>Bad wird saniert</h1><p class=\"byline\">Von Katrin Meyer, Kaltenbach</p>\(Self.paragraph)</article>"
      ),
      source: "s")
    #expect(article.dateline?.iso8601 == "2024-11-12T19:30+01:00")
    #expect(article.publisher == "Lokalblatt")
    #expect(article.imageURL == "https://b.example/i.jpg")
    #expect(article.authors == ["Katrin Meyer"])
    #expect(!article.paragraphs.joined().contains("Katrin"))
    let timed = try parser.parse(
      page(
        "<article><h1>Bad</h1><time class=\"published\" datetime=\"2024-11-03T09:15:42+01:00\">3. November</time>\(Self.paragraph)</article>"
      ),
      source: "s")
    #expect(timed.dateline?.iso8601 == "2024-11-03T09:15+01:00")
  }

  @Test("meta lines and bylines in their common shapes feed the tags and are not spoken")
  func metaLines() {
    let datelines = DatelineParser()
    let cases: [(String, [String], String?)] = [
      (
        "Von Anna Muster, Hamburg · Stand: 14.11.2024, 15:40 Uhr · Lesezeit 4 Min.", ["Anna Muster"], "2024-11-14T15:40"
      ),
      ("Malte Jürgensen | 17.11.2024, 18:47 Uhr", ["Malte Jürgensen"], "2024-11-17T18:47"),
      ("Von: Uwe Kamp und Nicole Brettschneider", ["Uwe Kamp", "Nicole Brettschneider"], nil),
      ("Von Lars Beispiel (dpa)", ["Lars Beispiel"], nil),
      ("Von Sabine Lorenz und Felix Brandauer, Düsseldorf", ["Sabine Lorenz", "Felix Brandauer"], nil),
      ("Kaltenbach, 12.11.2024, 19:30 Uhr", [], "2024-11-12T19:30"),
      ("Aktualisiert am 07.11.2024 · 17:25 Uhr", [], "2024-11-07T17:25"),
      ("Mittwoch, 20.11.2024", [], "2024-11-20"),
      ("Veröffentlicht am 3. November 2024 von Lena Sommer", ["Lena Sommer"], "2024-11-03"),
    ]
    for (line, authors, date) in cases {
      let meta = MetaLine.parse(line, datelines: datelines)
      #expect(meta?.authors == authors, "\(line)")
      #expect(meta?.dateline?.iso8601 == date, "\(line)")
    }
    for prose in [
      "Von Montag an gilt der neue Fahrplan.", "Die Saison ist noch lang.", "Oberliga Nord · Spieltag 14 · Bericht.",
    ] {
      #expect(MetaLine.parse(prose, datelines: datelines) == nil, "\(prose)")
    }
  }

  @Test("agency tags before the first paragraph and credits alone are dropped")
  func agencies() {
    let credits = AgencyCredits.standard
    #expect(credits.strippingTag("Berlin (dpa) - Der Bundestag hat beschlossen.") == "Der Bundestag hat beschlossen.")
    #expect(credits.strippingTag("Köln (ots) - Die Genossenschaft fördert.") == "Die Genossenschaft fördert.")
    #expect(credits.strippingTag("Reykjavik (dpa/AFP) – Ein Vulkan.") == "Ein Vulkan.")
    #expect(credits.strippingTag("Die Polizei (Bild) sagt.") == "Die Polizei (Bild) sagt.")
    #expect(credits.isCredit("(dpa)") && credits.isCredit("AFP/dpa"))
    #expect(PageFurniture.standard.matches("(Mit Material von dpa und AFP)"))
    #expect(PageFurniture.standard.matches("© Allgemeine Beispielzeitung 2024"))
    #expect(!PageFurniture.standard.matches("Die Agentur dpa meldete am Abend neue Zahlen."))
  }

  private static func table(rows: Int) -> String {
    let body = (1...rows).map { "<tr><td>\($0)</td><td>Verein \($0)</td><td>14</td><td>\(40 - $0)</td></tr>" }.joined()
    return
      "<table><thead><tr><th>Pl.</th><th>Verein</th><th>Sp.</th><th>Pkt.</th></tr></thead><tbody>\(body)</tbody></table>"
  }

  @Test("tables: a row a sentence with its labels; large tables only with --tables rows; skip reads none")
  func tables() throws {
    let small = try parser.parse(
      page("<article><h1>Tabelle</h1>\(Self.paragraph)\(Self.table(rows: 3))</article>"), source: "s")
    #expect(small.paragraphs.contains("Platz 1: Verein 1, 14 Spiele, 39 Punkte."))
    // The paragraph before the table is the lead; the rows are the body.
    let large = page("<article><h1>Tabelle</h1>\(Self.paragraph)\(Self.table(rows: 20))</article>")
    #expect(try parser.parse(large, source: "s").paragraphs.isEmpty)
    #expect(try HTMLArticleParser(tables: .rows).parse(large, source: "s").paragraphs.count == 20)
    let skipped = try HTMLArticleParser(tables: .skip).parse(
      page("<article><h1>Tabelle</h1>\(Self.paragraph)\(Self.table(rows: 3))</article>"), source: "s")
    #expect(skipped.paragraphs.isEmpty)
    let layout = try parser.parse(
      page(
        "<article><h1>Layout</h1><table><tr><td><p>Ein Absatz in einer Layouttabelle, wie ihn Presseportale setzen.</p></td><td><img src=x></td></tr></table></article>"
      ),
      source: "s")
    #expect(layout.lead == "Ein Absatz in einer Layouttabelle, wie ihn Presseportale setzen.")
  }

  @Test("lists: one item a paragraph, short ordered lists counted; footnote marks dropped, exponents kept")
  func listsAndFootnotes() throws {
    let article = try parser.parse(
      page(
        """
        <article><h1>Liste</h1>\(Self.paragraph)<ol><li>Router öffnen.</li><li>Update starten.</li></ol>
        <ul><li>Zeitkarten gelten.</li><li>Fähren fahren.</li></ul>
        <p>Die Preise steigen, sagte er.<sup><a href="#fn1">1</a></sup> Die Wohnung hat 80 m<sup>2</sup>.</p></article>
        """),
      source: "s")
    #expect(article.paragraphs.contains("Erstens, Router öffnen."))
    #expect(article.paragraphs.contains("Zweitens, Update starten."))
    #expect(article.paragraphs.contains("Fähren fahren."))
    #expect(article.paragraphs.contains("Die Preise steigen, sagte er. Die Wohnung hat 80 m2."))
  }

  @Test("text marked as another language is kept with its language; embedded posts are not read")
  func languagesAndEmbeds() throws {
    let article = try parser.parse(
      page(
        """
        <article><h1>Lob aus London</h1><p>Die Kritikerin schrieb: <q lang="en">This may be a vintage to remember.</q> Händler bestellen mehr.</p>
        <blockquote class="twitter-tweet"><p lang="de">Bitte bleiben Sie zu Hause.</p>— Polizei (@polizei)</blockquote></article>
        """),
      source: "s")
    #expect(article.foreignPassages == [ForeignPassage(language: "en", text: "This may be a vintage to remember.")])
    #expect(!(article.lead ?? "").contains("Bitte bleiben"))
    #expect(!article.paragraphs.joined().contains("Bitte bleiben"))
  }

  @Test("a publisher's page rules add to the shipped ones: drop a class, keep one, mark the kicker")
  func publisherRules() throws {
    let own = try HTMLPageRules(
      table: DataTable(
        text: "class\tbeipackzettel\nkeep\tnewsletter\nkicker\tspitze\n", file: "meine.txt", columns: 2...2))
    let rules = HTMLPageRules.standard.adding(own)
    let html = page(
      """
      <article><p class="spitze">Hallenbad</p><h1>Bad wird saniert</h1>\(Self.paragraph)
      <p class="beipackzettel">Dieser Text gehört nicht zum Artikel, auch wenn er lang genug wäre.</p>
      <p class="newsletter">Der Gemeinderat tagt wieder am Donnerstag, öffentlich im Rathaus.</p></article>
      """)
    let shipped = try parser.parse(html, source: "s")
    let mine = try HTMLArticleParser(rules: rules).parse(html, source: "s")
    #expect(shipped.paragraphs.joined().contains("gehört nicht"))
    #expect(!mine.paragraphs.joined().contains("gehört nicht"))
    #expect(!shipped.paragraphs.joined().contains("Gemeinderat tagt"))
    #expect(mine.paragraphs.joined().contains("Gemeinderat tagt"))
    #expect(mine.kicker == "Hallenbad")
  }

  @Test("copied text: sub-headings without ##, lists and results lines kept apart, place datelines, bylines")
  func copiedText() throws {
    let text = """
      Oberliga Nord
      Lindenau gewinnt das Spitzenspiel
      Lindenau, 17.11.2024, 18:47 Uhr
      Von Malte Jürgensen (dpa)

      Lindenau (dpa) - Die Sportfreunde haben das Spitzenspiel der Oberliga gewonnen und sind neuer Tabellenführer der Liga.

      Die Ergebnisse

      Die übrigen Spiele des Spieltags endeten so, wie viele es erwartet hatten:

      Hansa Süderhude – Concordia Haselhorst 0:2
      Jahn Brunsholm – Holsatia Elmenau 1:1

      (Mit Material von dpa)
      """
    let article = try PlainTextArticleParser().parse(text, source: "t")
    #expect(article.kicker == "Oberliga Nord")
    #expect(article.headline == "Lindenau gewinnt das Spitzenspiel")
    #expect(article.dateline?.iso8601 == "2024-11-17T18:47")
    #expect(article.authors == ["Malte Jürgensen"])
    #expect(article.lead?.hasPrefix("Die Sportfreunde haben") == true)
    #expect(article.sections.compactMap(\.heading) == ["Die Ergebnisse"])
    #expect(article.paragraphs.contains("Hansa Süderhude – Concordia Haselhorst 0:2"))
    #expect(article.paragraphs.contains("Jahn Brunsholm – Holsatia Elmenau 1:1"))
    #expect(!article.paragraphs.joined().contains("Material"))
  }
}
