import Testing

@testable import GermanNormalizer

/// The readings issue 12 adds, one example per rule, in the spec's style: written form and the accepted
/// readings separated by `|`, first the one Vorleser should produce.
@Suite("Spec examples, part 3")
struct SpecPart3ExampleTests {
  let normalizer = GermanNormalizer()

  static let examples: [(String, String)] = [
    // Letter names with a short vowel, and "@" as "ätt".
    ("FDP", "eff de pe"), ("NRW", "enn er we"), ("die JU", "die jott u"), ("LMU", "ell emm u"),
    ("info@mdr.de", "info ätt emm de er Punkt de e"),
    // Dashes between words are a pause; in a results line "gegen".
    ("Prognose gesenkt – Aktie fällt", "Prognose gesenkt, Aktie fällt"),
    ("Energiepreise steigen - Verbraucher sparen", "Energiepreise steigen, Verbraucher sparen"),
    ("Aue – Essen 2:2", "Aue gegen Essen zwei zu zwei"),
    ("Sie sagte – nach langem Zögern –, dass", "Sie sagte, nach langem Zögern, dass"),
    // Ordinals without a noun, coordinated, joined, minute marks.
    ("Sie wurde am Ende 2.", "Sie wurde am Ende Zweite."),
    ("Die Biathletin kam als 7. ins Ziel.", "Die Biathletin kam als Siebte ins Ziel."),
    ("Er landete auf dem 2. Platz, sie auf dem 4.", "Er landete auf dem zweiten Platz, sie auf dem vierten."),
    ("Jeder 6. Haushalt", "Jeder sechste Haushalt"),
    ("In der 3. und 4. Runde", "In der dritten und vierten Runde"),
    ("vom 12.–14. Juni", "vom zwölften bis vierzehnten Juni"),
    ("Am 24./25. Mai", "Am vierundzwanzigsten und fünfundzwanzigsten Mai"),
    ("Tor durch Schröder (38.)", "Tor durch Schröder (achtunddreißigste Minute)"),
    ("die 3. große Schau", "die dritte große Schau"), ("als 12. Mann", "als zwölfter Mann"),
    ("Der Torwart wird am Sonntag 40.", "Der Torwart wird am Sonntag vierzig."),
    ("Der Junge ist 12.", "Der Junge ist zwölf."), ("Er landete auf Platz 3.", "Er landete auf Platz drei."),
    ("Nur jeder 3. Befragte stimmte zu.", "Nur jeder dritte Befragte stimmte zu."),
    ("Kiel steigt als Tabellen-17. ab.", "Kiel steigt als Tabellensiebzehnter ab."), ("Es waren 3.", "Es waren drei."),
    ("Nach dem Spieltag ist der BVB 4.", "Nach dem Spieltag ist der be vau be Vierter."),
    // Regnal numbers: the name's gender and the governing word's case.
    ("mit Karl V.", "mit Karl dem Fünften."), ("über Ludwig XVI. erscheint", "über Ludwig den Sechzehnten erscheint"),
    ("Zarin Katharina II. gründete", "Zarin Katharina die Zweite gründete"),
    ("Nach dem Tod Elisabeths II. wurde", "Nach dem Tod Elisabeths der Zweiten wurde"),
    ("Der Bundespräsident traf Papst Leo XIV. in Rom.", "Der Bundespräsident traf Papst Leo den Vierzehnten in Rom."),
    // Seasons, month and year.
    ("Saison 2026/27", "Saison zweitausendsechsundzwanzig siebenundzwanzig"),
    ("Saison 2008/09", "Saison zweitausendacht null neun"), ("ab 04/2026", "ab April zweitausendsechsundzwanzig"),
    // Ranges and dates.
    ("Mo.–Fr. 9–17 Uhr", "Montag bis Freitag neun bis siebzehn Uhr"), ("für Q1–Q3", "für ku eins bis ku drei"),
    ("bis 30.6. möglich", "bis dreißigsten Juni möglich|bis zum dreißigsten Juni möglich"),
    ("vom 28.2.–3.3.", "vom achtundzwanzigsten Februar bis zum dritten März."),
    ("am Mi., 12. März", "am Mittwoch, dem zwölften März"),
    ("am 2025-06-01", "am ersten Juni zweitausendfünfundzwanzig"),
    ("von 7.30–16 Uhr", "von sieben Uhr dreißig bis sechzehn Uhr"),
    ("um 23:59:59 Uhr", "um dreiundzwanzig Uhr neunundfünfzig und neunundfünfzig Sekunden"),
    ("Die Sitzung dauerte 4:15 Stunden.", "Die Sitzung dauerte vier Stunden und fünfzehn Minuten."),
    // Phone, service numbers and codes.
    ("Wählen Sie die 110.", "Wählen Sie die eins eins null."),
    ("unter 0180 5 990 990", "unter null eins acht null fünf neun neun null neun neun null"),
    ("+43 1 4000-8080", "plus vier drei eins vier null null null acht null acht null"),
    ("PLZ 10115", "Postleitzahl eins null eins eins fünf"), ("WKN A1EWWW", "we ka enn a eins e we we we"),
    ("Flug LH 1234", "Flug ell ha eins zwei drei vier"),
    // Numbers grouped with spaces.
    ("38 000 Zuschauer", "achtunddreißigtausend Zuschauer"),
    ("2\u{00A0}500\u{00A0}000 Euro", "zwei Millionen fünfhunderttausend Euro"),
    // Units and money.
    ("2 h", "zwei Stunden"), ("bei km 12", "bei Kilometer zwölf"), ("nach 1 h", "nach einer Stunde"),
    ("45 min", "fünfundvierzig Minuten"),
    ("29,8 ct/kWh", "neunundzwanzig Komma acht Cent pro Kilowattstunde"),
    ("5,8 l/100 km", "fünf Komma acht Liter pro hundert Kilometer|fünf Komma acht Liter pro einhundert Kilometer"),
    ("$ 1,8 Mrd. Umsatz", "eins Komma acht Milliarden Dollar Umsatz"), ("eine Mio. Euro", "eine Million Euro"),
    ("kostet 1 Euro", "kostet einen Euro"), ("mit 1 Mio. Dollar", "mit einer Million Dollar"),
    // Web and mail.
    ("www.kulturverein-bonn.de", "we we we Punkt kulturverein Bindestrich bonn Punkt de e"),
    ("ndr.de/sport", "enn de er Punkt de e Schrägstrich sport"), ("@DFB_Frauen", "ätt de eff be Unterstrich Frauen"),
    // Acronyms and abbreviations.
    ("MEZ", "emm e zett"), ("GfK", "ge eff ka"), ("A 8", "a acht"),
    ("Kennzeichen M-LF 2031", "Kennzeichen emm ell eff zwei null drei eins"),
    ("Kantstr. 5", "Kantstraße fünf"), ("Hauptstr./Bahnhofstr.", "Hauptstraße Ecke Bahnhofstraße"),
    ("eine sog. Brandmauer", "eine sogenannte Brandmauer"), ("mit 45 Pkt. vorn", "mit fünfundvierzig Punkten vorn"),
    ("rd. 5 €", "rund fünf Euro"),
    // Fractions.
    ("1/40 der Fläche", "ein Vierzigstel der Fläche"), ("bei 1/1000 des Werts", "bei einem Tausendstel des Werts"),
    ("24/7 erreichbar", "vierundzwanzig sieben erreichbar"), ("ins 1/8-Finale", "ins Achtelfinale"),
  ]

  @Test("spec example, part 3", arguments: examples)
  func example(written: String, accepted: String) {
    expectReading(normalizer, written, accepted)
  }

  @Test("inclusive forms with proper masculine plurals")
  func inclusivePlurals() {
    let both = GermanNormalizer(genderForms: .both)
    expectReading(both, "Viele Bäuer*innen", "Viele Bäuerinnen und Bauern")
    expectReading(both, "Den Ärzt*innen", "Den Ärztinnen und Ärzten")
    expectReading(both, "Die Beamt*innen", "Die Beamtinnen und Beamten")
    expectReading(both, "Beamt*innen dürfen", "Beamtinnen und Beamte dürfen")
    expectReading(both, "Journalist*innen", "Journalistinnen und Journalisten")
    expectReading(both, "allen Mitarbeiter*innen", "allen Mitarbeiterinnen und Mitarbeitern")
  }
}
