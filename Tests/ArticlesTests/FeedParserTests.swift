import Foundation
import Testing

@testable import Articles

@Suite("Feed parser: RSS 2.0, Atom 1.0, JSON Feed 1.1")
struct FeedParserTests {
  let parser = FeedParser()

  func feed(_ name: String, base: URL? = nil) throws -> Feed {
    try parser.parse(FixtureFiles.data(name), source: name, base: base)
  }

  @Test("RSS: channel, content:encoded in CDATA, dc:creator, categories, entities, dates with zones")
  func rss() throws {
    let feed = try feed("rss-nachrichten.xml")
    #expect(feed.format == .rss)
    #expect(feed.title == "Tagesblatt & Co – Nachrichten")
    #expect(feed.language == "de-DE")
    #expect(feed.items.count == 4)
    let first = feed.items[0]
    #expect(first.guid == "tb-1001")
    #expect(first.authors == ["Anna Schmidt"])
    #expect(first.categories == ["Politik", "Haushalt"])
    #expect(first.published?.iso8601 == "2026-11-24T08:15+01:00")
    #expect(first.summary == .html("Der Bundestag hat den Haushalt verabschiedet."))
    guard case .html(let html) = first.content else {
      Issue.record("content:encoded is missing")
      return
    }
    #expect(html.contains("<h2>Streit um die Schuldenbremse</h2>"))
    let article = try first.article(publisher: feed.title, source: "item 1")
    #expect(article.headline == "Bundestag beschließt Haushalt für 2026")
    #expect(article.lead == "Der Bundestag hat am Dienstag den Haushalt für 2026 beschlossen – mit 388 Stimmen.")
    #expect(
      article.sections.map(\.heading) == [nil, "Streit um die Schuldenbremse"]
        || article.sections.map(\.heading) == ["Streit um die Schuldenbremse"])
    #expect(article.paragraphs.contains("Die Opposition kritisierte die Pläne als „unseriös“."))
    #expect(!article.paragraphs.contains { $0.contains("teilen") || $0.contains("Foto") })
    #expect(article.author == "Anna Schmidt")
    #expect(article.publisher == "Tagesblatt & Co – Nachrichten")
    #expect(article.sourceURL == "https://www.tagesblatt.example/politik/haushalt-2026.html")
  }

  @Test("RSS: escaped HTML in description, relative link, missing date, missing title, duplicate guid")
  func rssEdgeCases() throws {
    let feed = try feed("rss-nachrichten.xml")
    let weather = feed.items[1]
    #expect(weather.published == nil)
    #expect(weather.link == "https://www.tagesblatt.example/wetter/schnee-alpen.html")
    let article = try weather.article(publisher: nil, source: "item 2")
    #expect(article.lead == "In den Alpen fallen bis zu 30 cm Neuschnee.")
    #expect(article.paragraphs == ["Autofahrer sollen Winterreifen nutzen & Ketten mitnehmen."])
    #expect(feed.items[2].title == nil)
    #expect(feed.items[2].published?.iso8601 == "2026-11-23T17:00+00:00")
    let untitled = try feed.items[2].article(publisher: nil, source: "item 3")
    #expect(untitled.headline == nil)
    #expect(untitled.paragraphs == ["Eine Meldung ohne Überschrift: Die Bahn streikt am Freitag."])
    #expect(feed.items[3].guid == feed.items[0].guid)
    #expect(feed.items[3].link == nil)
  }

  @Test("Atom: html, xhtml and summary-only entries, feed author, relative links, html title")
  func atom() throws {
    let feed = try feed("atom-nachrichten.xml")
    #expect(feed.format == .atom)
    #expect(feed.title == "Stadtanzeiger Online")
    #expect(feed.language == "de")
    #expect(feed.items.count == 3)
    let tram = feed.items[0]
    #expect(tram.link == "https://stadtanzeiger.example/lokales/strassenbahn.html")
    #expect(tram.published?.iso8601 == "2026-11-24T10:30+01:00")
    #expect(tram.authors == ["Jonas Weber"])
    #expect(tram.categories == ["Lokales"])
    let article = try tram.article(publisher: feed.title, source: "entry 1")
    #expect(article.lead == "Die Linie 7 fährt ab heute im 10-Minuten-Takt.")
    #expect(article.sections.last?.heading == "Kosten")
    #expect(article.paragraphs.last == "Der Bau kostete 45 Mio. Euro.")

    let council = feed.items[1]
    #expect(council.authors == ["Redaktion Stadtanzeiger"])
    #expect(council.published?.iso8601 == "2026-11-23T18:00+00:00")
    let councilArticle = try council.article(publisher: nil, source: "entry 2")
    #expect(councilArticle.lead == "Der Gemeinderat berät am Donnerstag über das Budget.")
    #expect(councilArticle.paragraphs == ["Die Sitzung ist öffentlich."])

    let short = try feed.items[2].article(publisher: nil, source: "entry 3")
    #expect(feed.items[2].published == nil)
    #expect(short.lead == "Kurz gemeldet: Der Markt öffnet um 8 Uhr.")
  }

  @Test("JSON Feed: content_html, content_text, numeric id, summary only, a field of the wrong type")
  func jsonFeed() throws {
    let feed = try feed("json-nachrichten.json", base: URL(string: "https://morgenpost.example/feed.json"))
    #expect(feed.format == .jsonFeed)
    #expect(feed.title == "Morgenpost Digital")
    #expect(feed.items.count == 4)
    let inflation = try feed.items[0].article(publisher: feed.title, source: "item 1")
    #expect(inflation.headline == "Inflation sinkt auf 2,1 Prozent")
    #expect(inflation.lead == "Die Teuerung ist im November gesunken.")
    #expect(inflation.sections.last?.heading == "Energie billiger")
    #expect(inflation.paragraphs.last == "Vor allem Heizöl & Gas wurden günstiger.")
    #expect(inflation.author == "Lena Koch")
    #expect(feed.items[1].guid == "42")
    #expect(feed.items[1].link == "https://morgenpost.example/sport/derby.html")
    #expect(feed.items[1].authors == ["Morgenpost-Redaktion"])
    let derby = try feed.items[1].article(publisher: nil, source: "item 2")
    #expect(derby.lead == "Das Derby endete unentschieden.")
    #expect(derby.paragraphs == ["Beide Trainer waren zufrieden."])
    #expect(feed.items[2].published == nil)
    #expect(feed.items[2].content == .text("Diese Meldung hat kein Datum und nur eine Zusammenfassung."))
    #expect(feed.items[3].title == nil)
    #expect(try feed.items[3].article(publisher: nil, source: "item 4").paragraphs.count == 1)
  }

  @Test("the format comes from the content, not the name; unusable feeds give one clear error")
  func unusableFeeds() throws {
    let rss = try FixtureFiles.data("rss-nachrichten.xml")
    #expect(try parser.parse(rss, source: "feed.json").format == .rss)
    let cases: [(String, String)] = [
      ("", "not a feed: the file is empty"),
      ("Hallo Welt", "not a feed: neither XML nor JSON"),
      ("<rss><channel><item></channel>", "not a feed: broken XML at line 1: an end tag that does not match"),
      ("<rss><channel><item>", "not a feed: broken XML at line 1: "),
      (
        "<rss><channel><title>A &foo; B</title></channel></rss>",
        "not a feed: broken XML at line 1: an undefined entity"
      ),
      ("<html><body>Seite</body></html>", "unknown feed format (XML with root element <html>)"),
      ("{\"version\": \"1\", \"items\": []}", "unknown feed format (JSON without a jsonfeed.org version)"),
      ("{\"items\": ", "not a feed: broken JSON"),
      ("[1, 2]", "not a feed: neither XML nor JSON"),
    ]
    for (text, message) in cases {
      #expect(throws: FeedError.self) { try parser.parse(Data(text.utf8), source: "x.feed") }
      do {
        _ = try parser.parse(Data(text.utf8), source: "x.feed")
      } catch {
        #expect(error.description.hasPrefix("x.feed: " + message), "\(text) → \(error.description)")
        #expect(!error.description.contains("\n"))
      }
    }
  }

  @Test("HTML entities that XML does not define (&nbsp;, &auml;, &bdquo;) are read anyway")
  func htmlEntitiesInXML() throws {
    let xml =
      "<rss><channel><title>Gr&uuml;&szlig;e</title><item><title>A&nbsp;B &bdquo;C&ldquo; &amp; D</title>"
      + "<description>&lt;p&gt;Text&lt;/p&gt;</description></item></channel></rss>"
    let feed = try parser.parse(Data(xml.utf8), source: "x")
    #expect(feed.title == "Grüße")
    #expect(feed.items.first?.title == "A\u{00A0}B „C“ & D")
    #expect(feed.items.first?.content == .html("<p>Text</p>"))
  }

  @Test("an item without content is an error naming the item")
  func emptyItem() {
    let item = FeedItem(guid: "x", title: "Leer")
    #expect(throws: ArticleError.empty(source: "item 7 “Leer”")) {
      try item.article(publisher: nil, source: item.label(position: 7))
    }
    let markupOnly = FeedItem(title: "Nur Markup", content: .html("<div><img src=a.jpg><script>x()</script></div>"))
    #expect(throws: ArticleError.noReadableText(source: "s")) { try markupOnly.article(publisher: nil, source: "s") }
  }

  @Test("RFC 822 and ISO 8601 dates, with and without zones, and impossible dates")
  func publicationDates() {
    #expect(PublicationDate.parse("Tue, 24 Nov 2026 08:15:00 +0100")?.iso8601 == "2026-11-24T08:15+01:00")
    #expect(PublicationDate.parse("24 Nov 26 08:15 CEST")?.iso8601 == "2026-11-24T08:15+02:00")
    #expect(PublicationDate.parse("2026-11-24T08:15:30.123-05:00")?.iso8601 == "2026-11-24T08:15-05:00")
    #expect(PublicationDate.parse("2026-11-24")?.iso8601 == "2026-11-24")
    #expect(PublicationDate.parse("2026-11-24T08:15:00Z")?.date == Date(timeIntervalSince1970: 1_795_508_100))
    #expect(PublicationDate.parse("31 Feb 2026 10:00 GMT") == nil)
    #expect(PublicationDate.parse("gestern") == nil)
  }
}
