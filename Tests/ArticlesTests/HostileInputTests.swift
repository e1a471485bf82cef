import Foundation
import Testing

@testable import Articles

/// What a hostile feed or page did before issue 14 — crash, drop text silently, reject a whole feed for one
/// byte — and what it does now.
@Suite("Hostile feeds and pages")
struct HostileInputTests {
  let feeds = FeedParser()

  private func rss(_ items: String, doctype: String = "") -> Data {
    Data(
      """
      <?xml version="1.0" encoding="UTF-8"?>\(doctype)
      <rss version="2.0"><channel><title>Test</title>\(items)</channel></rss>
      """.utf8)
  }

  private func text(of item: FeedItem) -> String {
    switch item.content {
    case .html(let html)?: HTMLArticleParser.plainText(html)
    case .text(let text)?: text
    case nil: ""
    }
  }

  /// The lead and the paragraphs, joined.
  private func spoken(_ article: Article) -> String {
    ([article.lead].compactMap { $0 } + article.paragraphs).joined(separator: " ")
  }

  @Test("50,000 nested elements in a description parse without a stack overflow, text kept")
  func deeplyNestedFeedItem() throws {
    let nested = String(repeating: "<b>", count: 50_000) + "Tief unten" + String(repeating: "</b>", count: 50_000)
    let feed = try feeds.parse(
      rss("<item><title>Tief</title><guid>1</guid><description>\(nested)</description></item>"), source: "tief.xml")
    #expect(feed.items.count == 1)
    #expect(text(of: feed.items[0]).contains("Tief unten"))
    let article = try HTMLArticleParser().parse(nested, source: "tief.html", headline: "Tief")
    #expect(spoken(article).contains("Tief unten"))
  }

  @Test("HTML nested 1,000 levels deep keeps the text after the deep part")
  func deeplyNestedPage() throws {
    let deep =
      String(repeating: "<div>", count: 1_000) + "<p>Ganz tief.</p>" + String(repeating: "</div>", count: 1_000)
    let html = "<html><body><article><h1>Titel</h1>\(deep)<p>Danach kommt noch ein Absatz.</p></article></body></html>"
    let article = try HTMLArticleParser().parse(html, source: "tief.html")
    #expect(spoken(article).contains("Ganz tief."))
    #expect(spoken(article).contains("Danach kommt noch ein Absatz."))
  }

  @Test("JSON Feed: null, strings and numbers among the items are skipped, the good items stay")
  func jsonFeedJunkItems() throws {
    let json = """
      {"version": "https://jsonfeed.org/version/1.1", "title": "T",
       "items": [null, "kein Objekt", 3, {"id": "1", "title": "Gut", "content_text": "Ein Satz."}, [], {"id": 7}]}
      """
    let feed = try feeds.parse(Data(json.utf8), source: "feed.json")
    #expect(feed.items.map(\.guid).contains("1"))
    #expect(feed.items.count <= 2)
  }

  @Test("the Netscape RSS 0.91 DOCTYPE: HTML entities resolve (M&auml;nner is Männer), nothing is downloaded")
  func netscapeEntities() throws {
    let doctype = """
      <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
        "http://my.netscape.com/publish/formats/rss-0.91.dtd">
      """
    let feed = try feeds.parse(
      rss(
        "<item><title>M&auml;nner &amp; Fr&auml;nkische &bdquo;Stra&szlig;e&ldquo;</title><guid>1</guid></item>",
        doctype: doctype), source: "netscape.xml")
    #expect(feed.items.first?.title == "Männer & Fränkische „Straße“")
  }

  @Test("internally declared entities resolve; external ones are never loaded; an entity bomb is refused")
  func declaredEntities() throws {
    let declared = """
      <!DOCTYPE rss [<!ENTITY firma "Beispiel GmbH"><!ENTITY ort "K&#246;ln">]>
      """
    let feed = try feeds.parse(
      rss("<item><title>&firma; in &ort;</title><guid>1</guid></item>", doctype: declared), source: "intern.xml")
    #expect(feed.items.first?.title == "Beispiel GmbH in Köln")

    let external = """
      <!DOCTYPE rss [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>
      """
    if let parsed = try? feeds.parse(
      rss("<item><title>A&geheim;B</title><guid>1</guid></item>", doctype: external), source: "extern.xml")
    {
      #expect(parsed.items.first?.title?.contains("root") != true)
    }

    var laughs = "<!DOCTYPE rss [<!ENTITY l0 \"ha\">"
    for level in 1...12 { laughs += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">" }
    laughs += "]>"
    #expect(throws: FeedError.self) {
      try feeds.parse(rss("<item><title>&l12;</title><guid>1</guid></item>", doctype: laughs), source: "bombe.xml")
    }
  }

  @Test("one Latin-1 byte in a UTF-8 feed costs that character, not the feed")
  func strayByteInFeed() throws {
    var data = rss("<item><title>Männer und XFrauen</title><guid>1</guid></item>")
    let marker = data.firstRange(of: Data("XFrauen".utf8))!
    data[marker.lowerBound] = 0xE4  // "ä" in Latin-1, invalid in UTF-8
    let feed = try feeds.parse(data, source: "latin1.xml")
    #expect(feed.items.first?.title == "Männer und \u{FFFD}Frauen")
  }

  @Test("declared Latin-1 and Windows-1252 feeds, UTF-16 with a byte-order mark, and odd declarations")
  func declaredEncodings() throws {
    let latin1 =
      Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>T</title>".utf8)
      + Data([
        0x3C, 0x69, 0x74, 0x65, 0x6D, 0x3E, 0x3C, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x3E, 0x4D, 0xE4, 0x6E, 0x6E, 0x65,
        0x72,
      ])
      + Data("</title><guid>1</guid></item></channel></rss>".utf8)
    #expect(try feeds.parse(latin1, source: "latin1.xml").items.first?.title == "Männer")
    let utf16 =
      Data([0xFF, 0xFE]) + "<rss version=\"2.0\"><channel><title>Größe</title></channel></rss>".data(
        using: .utf16LittleEndian)!
    #expect(try feeds.parse(utf16, source: "utf16.xml").title == "Größe")
    for declaration in ["encoding=\"U\u{D4}F-8\"", "encoding=*UTF-8\"", "encoding=\"klingonisch\""] {
      let odd = rss("<item><title>Männer</title><guid>1</guid></item>")
      let text = String(decoding: odd, as: UTF8.self).replacingOccurrences(of: "encoding=\"UTF-8\"", with: declaration)
      #expect(try feeds.parse(Data(text.utf8), source: "odd.xml").items.first?.title == "Männer")
    }
  }

  @Test("a feed over libxml2's 10 MB default parses")
  func largeFeed() throws {
    let paragraph = "<p>" + String(repeating: "Ein ganz gewöhnlicher Satz über das Wetter. ", count: 50) + "</p>"
    let body = String(repeating: paragraph, count: 5)
    var items = ""
    for index in 1...1_000 {
      items +=
        "<item><title>Meldung \(index)</title><guid>\(index)</guid><description><![CDATA[\(body)]]></description></item>"
    }
    let data = rss(items)
    #expect(data.count > 11_000_000)
    let feed = try feeds.parse(data, source: "gross.xml")
    #expect(feed.items.count == 1_000)
  }

  @Test("text: a stray invalid byte in UTF-8 becomes U+FFFD; a file that is mostly not UTF-8 is Windows-1252")
  func textDecoding() throws {
    var data = Data("Die Männer und Frauen des Vereins €.".utf8)
    data.insert(0xFF, at: 12)
    let decoded = try ArticleText.decode(data, source: "text.txt")
    #expect(decoded.contains("\u{FFFD}"))
    #expect(decoded.contains("Männer"))
    #expect(decoded.contains("€"))
    let windows = Data([0x4D, 0xE4, 0x6E, 0x6E, 0x65, 0x72, 0x20, 0x80, 0x20, 0x84, 0x4A, 0x61, 0x93])
    #expect(try ArticleText.decode(windows, source: "alt.txt") == "Männer € „Ja“")
  }
}
