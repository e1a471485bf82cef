import Foundation
import Testing

@testable import GermanNormalizer

/// The part-3 test set of issue 12 (`Fixtures/news-sentences-part3.tsv`: kind, written, accepted readings
/// separated by `|`), read as `vorleser normalize` reads it: with the shipped pronunciation lexicon, and
/// inclusive forms with both genders. Rows the normalizer still gets wrong are known issues, listed below.
@Suite("News sentences, part 3")
struct NewsSentencePart3Tests {
  struct Case: CustomTestStringConvertible, Sendable {
    var kind: String
    var written: String
    var accepted: [String]
    var testDescription: String { "\(kind): \(written)" }
  }

  static let cases: [Case] = {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Fixtures/news-sentences-part3.tsv")
    let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 3 else { return nil }
      return Case(kind: fields[0], written: fields[1], accepted: fields[2].components(separatedBy: "|"))
    }
  }()

  /// Rows still read wrong, with what is wrong; each is expected to fail until it is fixed.
  static let knownIssues: [String: String] = [
    "Der Schweizer wurde im Riesenslalom 4., sein Teamkollege 9.":
      "reads \"Der Schweizer wurde im Riesenslalom Vierter, sein Teamkollege neun.\"",
    "Zwischen km 12 und 15 gilt Tempo 80.":
      "reads \"Zwischen km zwölf und fünfzehn gilt Tempo achtzig.\"",
    "Die Postleitzahlen 50667 bis 51149 gehören zu Köln.":
      "reads \"Die Postleitzahlen fünf null sechs sechs sieben bis einundfünfzigtausendeinhundertneunundvierzig gehören zu Köln.\"",
    "Sie gewann den 100-m-Lauf in Rom.":
      "reads \"Sie gewann den Einhundertm-Lauf in Rom.\"",
    "Die neue 380-kV-Leitung soll 2028 fertig sein.":
      "reads \"Die neue dreihundertachtzigkV-Leitung soll zweitausendachtundzwanzig fertig sein.\"",
    "Beim 24-h-Rennen fielen 40 Fahrzeuge aus.":
      "reads \"Beim vierundzwanzigh-Rennen fielen vierzig Fahrzeuge aus.\"",
    "Die 400-m-Hürden gewann eine Niederländerin.":
      "reads \"Die Vierhundertm-Hürden gewann eine Niederländerin.\"",
    "Ein 3000-m-Hindernislauf fordert viel Kraft.":
      "reads \"Ein dreitausendm-Hindernislauf fordert viel Kraft.\"",
    "Der Konzern investiert €3,2 Milliarden in neue Werke.":
      "reads \"Der Konzern investiert Euro drei Komma zwei Milliarden in neue Werke.\"",
    "Das Unternehmen sammelte $40 Mio. bei Investoren ein.":
      "reads \"Das Unternehmen sammelte Dollar vierzig Millionen bei Investoren ein.\"",
    "Die Kosten belaufen sich auf CHF 1,2 Mio.":
      "reads \"Die Kosten belaufen sich auf ze ha eff eins Komma zwei Millionen\"",
    "Der Gast hat nur 1 Pkt. Rückstand auf Platz 4.":
      "reads \"Der Gast hat nur eins Punkt Rückstand auf Platz vier.\"",
    "Der 19-Jährige erzielte sein 1. Bundesligator.":
      "reads \"Der Neunzehnjährige erzielte sein erster Bundesligator.\"",
    "Holstein Kiel steigt als Tabellen-17. ab.":
      "reads \"Holstein Kiel steigt als Tabellen siebzehn. ab.\"",
    "Nach 34 Spieltagen steigt der Tabellen-18. direkt ab.":
      "reads \"Nach vierunddreißig Spieltagen steigt der Tabellen achtzehn. direkt ab.\"",
    "Der FC Bayern II gewann in der Regionalliga mit 2:1.":
      "reads \"Der eff ze Bayern i i gewann in der Regionalliga mit zwei zu eins.\"",
    "Die Löwen vom TSV 1860 München verloren 0:3 in Ulm.":
      "reads \"Die Löwen vom te es vau eintausendachthundertsechzig München verloren null zu drei in Ulm.\"",
    "Die Langläuferin wurde in der Verfolgung 5., im Sprint 12.":
      "reads \"Die Langläuferin wurde in der Verfolgung Fünfte, im Sprint zwölf.\"",
    "Der Konzern meldete für Q1–Q3 ein Umsatzplus von 5 %.":
      "reads \"Der Konzern meldete für ku eins ku drei ein Umsatzplus von fünf Prozent.\"",
    "Die Polizei stoppte auf der A 1 einen Lkw mit 12 t Überladung.":
      "reads \"Die Polizei stoppte auf der a eins einen Lkw mit zwölf Tonnen Überladung.\"",
    "Die Beratung (Tel. 0800 123 456 7) ist Mo.–Do. von 8.30 bis 16 Uhr besetzt.":
      "reads \"Die Beratung (Telefon null acht null null eins zwei drei vier fünf sechs sieben) ist Montag bis Donnerstag von acht Punkt dreißig bis sechzehn Uhr besetzt.\"",
    "Mit 0,8 ‰ und 30 km/h zu schnell: Der 52-Jährige muss 1 Monat ohne Führerschein auskommen.":
      "reads \"Mit null Komma acht Promille und dreißig Kilometer pro Stunde zu schnell: Der Zweiundfünfzigjährige muss ein Monat ohne Führerschein auskommen.\"",
    "Zwischen 2019 und 2024 stieg die Zahl der E-Autos von 136.617 auf 1,65 Mio.":
      "reads \"Zwischen zweitausendneunzehn und zweitausendvierundzwanzig stieg die Zahl der E-Autos von einhundertsechsunddreißigtausendsechshundertsiebzehn auf eins Komma sechs fünf Millionen\"",
  ]

  static let normalizer = GermanNormalizer(pronunciations: NewsSentenceTests.shippedLexicon)
  static let inclusiveNormalizer = GermanNormalizer(
    genderForms: .both, pronunciations: NewsSentenceTests.shippedLexicon)

  @Test("a part-3 news sentence is spoken as one of its accepted readings", arguments: cases)
  func sentence(_ example: Case) {
    let normalizer = example.kind == "inclusive" ? Self.inclusiveNormalizer : Self.normalizer
    let spoken = normalizer.normalize(example.written)
    if let issue = Self.knownIssues[example.written] {
      withKnownIssue(Comment(rawValue: issue)) {
        #expect(example.accepted.contains(spoken), "\(spoken)")
      }
    } else {
      #expect(example.accepted.contains(spoken), "\(spoken)")
    }
  }

  @Test("the test set has its 590 rows in every kind, and the known issues are rows of it")
  func coverage() {
    #expect(Self.cases.count == 590)
    let kinds = Set(Self.cases.map(\.kind))
    for kind in [
      "ordinal", "roman", "season", "range", "dash", "phone", "code", "grouping", "unit", "money", "datetime", "web",
      "acronym", "abbreviation", "letters", "fraction", "foreign", "inclusive", "sports", "business", "local", "mixed",
    ] {
      #expect(kinds.contains(kind), "\(kind)")
    }
    let written = Set(Self.cases.map(\.written))
    for sentence in Self.knownIssues.keys { #expect(written.contains(sentence), "\(sentence)") }
  }
}
