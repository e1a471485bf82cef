import Articles
import Speech
import Testing

@testable import Vorleser

@Suite("Spoken structure and chapters")
struct SpokenArticleTests {
  let pauses = VoiceProfile.Pauses(afterHeadline: 700, betweenParagraphs: 400, betweenSections: 900)
  let article = Article(
    kicker: "Kampf für “gerechte Sache”", headline: "Kim verspricht Putin Unterstützung",
    dateline: Dateline(original: "09.02.2025, 07:30 Uhr", year: 2025, month: 2, day: 9, hour: 7, minute: 30),
    lead: "Tausende Soldaten unterstützen Russland.",
    sections: [
      Section(paragraphs: [
        "Der nordkoreanische Führer Kim Jong Un hat Russland Unterstützung zugesichert.", "Kurzer Absatz.",
      ])
    ])

  @Test("spoken order: kicker, headline, dateline as a date, lead, body; chapter titles as written")
  func order() {
    let spoken = SpokenArticle(article: article, mode: .sections, pauses: pauses)
    #expect(
      spoken.chapters.map(\.title) == [
        "Titel", "Vorspann", "Der nordkoreanische Führer Kim Jong Un…", "Kurzer Absatz.",
      ])
    #expect(
      spoken.chapters[0].utterances.map(\.text) == [
        "Kampf für gerechte Sache", "Kim verspricht Putin Unterstützung",
        "neunter Februar zweitausendfünfundzwanzig, sieben Uhr dreißig",
      ])
    #expect(spoken.chapters[1].utterances.map(\.text) == ["Tausende Soldaten unterstützen Russland."])
  }

  @Test("pauses from the profile: after the headline, between paragraphs and sections, none at the very end")
  func pausesFromProfile() {
    let spoken = SpokenArticle(article: article, mode: .sections, pauses: pauses)
    #expect(spoken.chapters[0].utterances.map(\.pauseAfter) == [400, 700, 700])
    #expect(spoken.chapters[1].utterances.map(\.pauseAfter) == [900])
    #expect(spoken.chapters[2].utterances.map(\.pauseAfter) == [400])
    #expect(spoken.chapters[3].utterances.map(\.pauseAfter) == [0])
  }

  @Test("with headings: one chapter per section in sections mode, per paragraph in paragraphs mode")
  func headings() {
    var withHeadings = article
    withHeadings.sections = [
      Section(heading: "Was die Koalition plant", paragraphs: ["Erstens dies.", "Zweitens das."]),
      Section(heading: "Kritik", paragraphs: ["Die Opposition widerspricht."]),
    ]
    let bySection = SpokenArticle(article: withHeadings, mode: .sections, pauses: pauses)
    #expect(bySection.chapters.map(\.title) == ["Titel", "Vorspann", "Was die Koalition plant", "Kritik"])
    #expect(
      bySection.chapters[2].utterances.map(\.text) == ["Was die Koalition plant", "Erstens dies.", "Zweitens das."])
    #expect(bySection.chapters[2].utterances.map(\.pauseAfter) == [400, 400, 900])
    let byParagraph = SpokenArticle(article: withHeadings, mode: .paragraphs, pauses: pauses)
    #expect(
      byParagraph.chapters.map(\.title) == ["Titel", "Vorspann", "Was die Koalition plant", "Zweitens das.", "Kritik"])
  }

  @Test("a lone paragraph is one chapter; missing parts make no empty chapters")
  func degraded() {
    let lone = Article(sections: [Section(paragraphs: ["Ein Sturmtief zieht auf."])])
    let spoken = SpokenArticle(article: lone, mode: .sections, pauses: pauses)
    #expect(spoken.chapters.map(\.title) == ["Ein Sturmtief zieht auf."])
    let titleOnly = SpokenArticle(article: Article(headline: "Sturm"), mode: .sections, pauses: pauses)
    #expect(titleOnly.chapters.map(\.title) == ["Titel"])
  }

  @Test("first-words titles: about 40 characters, cut at a word boundary, with an ellipsis")
  func firstWords() {
    let title = ChapterTitle.firstWords(
      of: "Nach Informationen südkoreanischer und westlicher Geheimdienste hat Pjöngjang")
    #expect(title == "Nach Informationen südkoreanischer und…")
    #expect(ChapterTitle.firstWords(of: "Kurz.") == "Kurz.")
    #expect(ChapterTitle.firstWords(of: "Wort, " + String(repeating: "x", count: 60)) == "Wort…")
    #expect(ChapterTitle.firstWords(of: String(repeating: "y", count: 60)) == String(repeating: "y", count: 40) + "…")
  }
}
