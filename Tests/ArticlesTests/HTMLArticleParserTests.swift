import Foundation
import Testing

@testable import Articles

@Suite("HTML article parser (libxml2)")
struct HTMLArticleParserTests {
  let parser = HTMLArticleParser()

  @Test("a whole page: headline, dateline, byline, lead, sections; furniture and leftovers dropped")
  func page() throws {
    let article = try parser.parse(FixtureFiles.text("seite.html"), source: "seite.html")
    #expect(article.headline == "Kim verspricht Putin militärische Unterstützung")
    #expect(article.dateline?.iso8601 == "2025-02-09T07:30+01:00")
    #expect(article.author == "Max Muster")
    #expect(article.publisher == "Weltblick")
    #expect(article.sourceURL == "https://weltblick.example/ausland/kim-putin.html")
    #expect(
      article.lead == "Tausende nordkoreanische Soldaten unterstützen Russland – laut \"Geheimdiensten\" seit Oktober.")
    #expect(article.sections.map(\.heading) == [nil, "Soldaten an der Front", "Reaktionen"])
    #expect(
      article.sections[0].paragraphs == [
        "Der nordkoreanische Führer Kim\u{00A0}Jong\u{00A0}Un hat Russland seine volle Unterstützung zugesagt."
      ])
    #expect(
      article.sections[1].paragraphs == [
        "Nach Informationen südkoreanischer Quellen kämpfen rund 11.000 Soldaten. Viele seien gefallen.",
        "Erste Einheiten kamen im Oktober.", "Weitere folgten im Dezember.",
        "„Wir stehen an Russlands Seite“, sagte Kim.",
      ])
    #expect(article.sections[2].paragraphs == ["Südkorea verurteilte die Zusammenarbeit."])
    let everything = ([article.lead ?? ""] + article.paragraphs).joined(separator: " ")
    for furniture in [
      "Startseite", "anhören", "Mehr zum Thema", "Foto", "Teilen", "Newsletter", "©", "tracking", "Werbung",
    ] {
      #expect(!everything.contains(furniture), "\(furniture) was not dropped")
    }
  }

  @Test("a page without <article>: what stands before the headline is page furniture")
  func pageWithoutArticle() throws {
    let article = try parser.parse(FixtureFiles.text("seite-ohne-article.html"), source: "s")
    #expect(article.headline == "Stadtwerke erhöhen Preise")
    #expect(article.author == "Eva Keller")
    #expect(article.lead == "Die Stadtwerke erhöhen zum 1. Januar die Preise für Strom und Gas.")
    #expect(article.paragraphs == ["Ein Haushalt zahlt dann rund 8 Euro mehr im Monat."])
    let titleOnly = try parser.parse(
      "<title>Preise steigen | Lokalblatt</title><p>Text.</p>", source: "t")
    #expect(titleOnly.headline == "Preise steigen")
  }

  @Test("a kicker (Dachzeile) marked by its class, inside the h1 or above it")
  func kicker() throws {
    let inside = try parser.parse(
      "<article><h1><span class=\"headline-kicker\">Ukraine-Krieg</span> <span>Kim verspricht Hilfe</span></h1>"
        + "<p>Text eins.</p><p>Text zwei.</p></article>", source: "k")
    #expect(inside.kicker == "Ukraine-Krieg")
    #expect(inside.headline == "Kim verspricht Hilfe")
    #expect(inside.lead == "Text eins.")
    let above = try parser.parse(
      "<div class=site>Lokalblatt</div><p class=dachzeile>Wetter</p><h1>Sturm zieht auf</h1><p>Text.</p>", source: "a")
    #expect(above.kicker == "Wetter")
    #expect(above.headline == "Sturm zieht auf")
  }

  @Test("a fragment without headings: loose text and <br><br> make paragraphs")
  func fragment() throws {
    let article = try parser.parse(
      "Erster Absatz mit &auml; und &#x20AC; 5.<br><br>Zweiter <a href=x>Absatz</a>.<br>Noch zweiter.", source: "f",
      headline: "Titel")
    #expect(article.headline == "Titel")
    #expect(article.lead == "Erster Absatz mit ä und € 5.")
    #expect(article.paragraphs == ["Zweiter Absatz. Noch zweiter."])
  }

  @Test("broken markup is recovered, empty and markup-only input give clear errors")
  func brokenMarkup() throws {
    let article = try parser.parse("<p>Offen <b>fett<p>Neuer Absatz</div></span>", source: "b")
    #expect(article.paragraphs == ["Offen fett", "Neuer Absatz"])
    #expect(throws: ArticleError.empty(source: "e")) { try parser.parse("  \n", source: "e") }
    #expect(throws: ArticleError.noReadableText(source: "m")) {
      try parser.parse("<script>alert(1)</script><nav>Menü</nav>", source: "m")
    }
  }

  @Test("HTML is told apart from plain text")
  func detection() {
    #expect(HTMLArticleParser.looksLikeHTML("<!DOCTYPE html><html>"))
    #expect(HTMLArticleParser.looksLikeHTML("  <p>Text</p>"))
    #expect(!HTMLArticleParser.looksLikeHTML("Kim verspricht Putin <3 Unterstützung"))
    #expect(HTMLArticleParser.plainText("Merz &amp; <b>Co</b>") == "Merz & Co")
  }
}
