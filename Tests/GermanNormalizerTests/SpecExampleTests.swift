import Testing

@testable import GermanNormalizer

/// Every example of `shared/spec/normalization.md`, sections "Numbers" through "Scores, fractions, phone
/// numbers, legal references", and their detailed conventions. Where the spec lists several readings
/// (separated by `|`), any of them passes.
@Suite("Spec examples: numbers to legal references")
struct SpecExampleTests {
  let normalizer = GermanNormalizer()

  static let examples: [(String, String)] = [
    // Numbers
    ("23", "dreiundzwanzig"),
    ("11.000", "elftausend"),
    ("101", "hunderteins|einhunderteins"),
    ("3.500.000", "drei Millionen fünfhunderttausend"),
    ("3,5", "drei Komma fünf"),
    ("0,25", "null Komma zwei fünf|null Komma fünfundzwanzig"),
    ("1 Prozent", "ein Prozent"),
    ("1 Mio.", "eine Million"),
    ("um 1 Uhr", "um ein Uhr"),
    ("mit 1 Stimme", "mit einer Stimme"),
    ("1", "eins"),
    ("−5", "minus fünf"),
    ("-5", "minus fünf"),
    ("18-Jährige", "Achtzehnjährige"),
    ("3-fach", "dreifach"),
    ("100-Meter-Lauf", "Hundert-Meter-Lauf|Einhundert-Meter-Lauf|Hundert Meter Lauf|Einhundert Meter Lauf"),
    ("G7", "ge sieben"),
    ("Covid-19", "Covid neunzehn"),
    ("1,8", "eins Komma acht"),
    ("31-Jährige", "Einunddreißigjährige"),
    ("5-jähriges", "fünfjähriges"),
    ("3-mal", "dreimal"),
    ("5-Prozent-Hürde", "Fünfprozenthürde|Fünf-Prozent-Hürde"),
    // Years and decades
    ("1990", "neunzehnhundertneunzig"),
    ("2025", "zweitausendfünfundzwanzig"),
    ("1990er", "neunzehnhundertneunziger"),
    ("80er-Jahre", "achtziger Jahre|Achtzigerjahre"),
    ("80er Jahre", "achtziger Jahre|Achtzigerjahre"),
    ("2000er-Jahre", "zweitausender Jahre|Nullerjahre|Zweitausenderjahre"),
    ("2020–2022", "zweitausendzwanzig bis zweitausendzweiundzwanzig"),
    ("2020-2022", "zweitausendzwanzig bis zweitausendzweiundzwanzig"),
    // Ordinals
    ("am 9. Februar", "am neunten Februar"),
    ("der 3. Platz", "der dritte Platz"),
    ("ein 2. Versuch", "ein zweiter Versuch"),
    ("zum 5. Mal", "zum fünften Mal"),
    ("des 20. Jahrhunderts", "des zwanzigsten Jahrhunderts"),
    ("im 2. Halbjahr", "im zweiten Halbjahr"),
    ("2. Weltkrieg", "Zweiter Weltkrieg"),
    ("Er wurde 3.", "Er wurde Dritter."),
    ("Es waren 3.", "Es waren drei."),
    ("in 2. Instanz", "in zweiter Instanz"),
    ("Ludwig XIV. baute", "Ludwig der Vierzehnte baute"),
    ("unter Ludwig XIV. wuchs", "unter Ludwig dem Vierzehnten wuchs"),
    ("der Hof Ludwigs XIV. war", "der Hof Ludwigs des Vierzehnten war"),
    ("Teil II", "Teil zwei"),
    ("der II. Weltkrieg", "der Zweite Weltkrieg"),
    ("Hartz IV", "Hartz vier"),
    ("Platz 3", "Platz drei"),
    ("Nr. 3", "Nummer drei"),
    ("Seite 12", "Seite zwölf"),
    // Dates and times
    ("am 09.02.2025", "am neunten Februar zweitausendfünfundzwanzig|am neunten zweiten zweitausendfünfundzwanzig"),
    ("vom 3. bis 5. März", "vom dritten bis fünften März"),
    ("bis zum 1.4. bleibt", "bis zum ersten April bleibt"),
    ("Das gilt bis zum 1.4.", "Das gilt bis zum ersten April."),
    ("ab 1. März", "ab ersten März|ab erstem März"),
    ("7:30 Uhr", "sieben Uhr dreißig"),
    ("7.30 Uhr", "sieben Uhr dreißig"),
    ("19 Uhr", "neunzehn Uhr"),
    ("0:00 Uhr", "null Uhr"),
    ("9:05 Uhr", "neun Uhr fünf|neun Uhr null fünf"),
    ("21:00 Uhr", "einundzwanzig Uhr"),
    ("3:07 Uhr", "drei Uhr sieben|drei Uhr null sieben"),
    ("1 Uhr", "ein Uhr|eins"),
    ("1.15 Uhr", "ein Uhr fünfzehn"),
    // Money
    ("5 €", "fünf Euro"),
    ("5 Euro", "fünf Euro"),
    ("3,50 €", "drei Euro fünfzig|drei Komma fünf null Euro"),
    ("3,50 Euro", "drei Euro fünfzig|drei Komma fünf null Euro"),
    ("1,29 Euro", "ein Euro neunundzwanzig|eins Komma zwei neun Euro"),
    ("0,99 €", "neunundneunzig Cent|null Euro neunundneunzig"),
    ("1,5 Mio. Euro", "eins Komma fünf Millionen Euro|anderthalb Millionen Euro|eineinhalb Millionen Euro"),
    ("2 Mrd. US-Dollar", "zwei Milliarden US-Dollar|zwei Milliarden u es Dollar"),
    ("$ 100", "hundert Dollar|einhundert Dollar"),
    ("100 $", "hundert Dollar|einhundert Dollar"),
    ("50 Cent", "fünfzig Cent"),
    ("3 CHF", "drei Franken|drei Schweizer Franken|drei ze ha eff"),
    ("5 £", "fünf Pfund"),
    // Percent
    ("20 %", "zwanzig Prozent"),
    ("20 Prozent", "zwanzig Prozent"),
    ("0,5 ‰", "null Komma fünf Promille"),
    ("3 %-Punkte", "drei Prozentpunkte"),
    ("Prozentpunkte", "Prozentpunkte"),
    // Measures
    ("100 km", "hundert Kilometer|einhundert Kilometer"),
    ("130 km/h", "hundertdreißig Kilometer pro Stunde|einhundertdreißig Kilometer pro Stunde"),
    ("−5 °C", "minus fünf Grad Celsius"),
    ("3 kWh", "drei Kilowattstunden"),
    ("50 m²", "fünfzig Quadratmeter"),
    ("2 t", "zwei Tonnen"),
    ("1 km", "ein Kilometer"),
    ("nach 1 km", "nach einem Kilometer"),
    ("1 km lang", "einen Kilometer lang"),
    ("300 MW", "dreihundert Megawatt"),
    ("30 l/m²", "dreißig Liter pro Quadratmeter"),
    ("40 µg/m³", "vierzig Mikrogramm pro Kubikmeter"),
    ("980 hPa", "neunhundertachtzig Hektopascal"),
    ("5 kg", "fünf Kilogramm|fünf Kilo"),
    ("mit 80 km/h", "mit achtzig Kilometern pro Stunde|mit achtzig Kilometer pro Stunde"),
    ("1 °C wärmer", "ein Grad Celsius wärmer|einen Grad Celsius wärmer"),
    ("1,78 m", "ein Meter achtundsiebzig|eins Komma sieben acht Meter"),
    ("150 PS", "hundertfünfzig pe es|einhundertfünfzig pe es"),
    // Scores, fractions, phone numbers, legal references
    ("2:1", "zwei zu eins"),
    ("1:0", "eins zu null"),
    ("Schalke 04", "Schalke null vier"),
    ("1/2", "ein halb"),
    ("3/4", "drei Viertel|dreiviertel"),
    ("½", "ein halb"),
    ("1/3", "ein Drittel"),
    ("2 1/2", "zweieinhalb"),
    ("1 ½", "eineinhalb|anderthalb"),
    ("um ½ Stunde", "um eine halbe Stunde"),
    ("2/3-Mehrheit", "Zweidrittelmehrheit|Zwei-Drittel-Mehrheit"),
    ("030 1234567", "null drei null eins zwei drei vier fünf sechs sieben"),
    ("+49 30 1234567", "plus vier neun drei null eins zwei drei vier fünf sechs sieben"),
    ("+49", "plus vier neun|plus neunundvierzig"),
    ("Notruf 110", "Notruf eins eins null"),
    ("Notruf 112", "Notruf eins eins zwei"),
    ("§ 3 Abs. 2 GG", "Paragraf drei Absatz zwei Grundgesetz|Paragraf drei Absatz zwei ge ge"),
    ("Art. 5", "Artikel fünf"),
    ("§§ 3", "Paragrafen drei"),
    (
      "§ 3 Abs. 2 S. 1 StGB",
      "Paragraf drei Absatz zwei Satz eins Strafgesetzbuch|Paragraf drei Absatz zwei Satz eins es te ge be"
    ),
    (
      "§ 823 BGB",
      "Paragraf achthundertdreiundzwanzig be ge be|Paragraf achthundertdreiundzwanzig Bürgerliches Gesetzbuch"
    ),
    ("§ 20a", "Paragraf zwanzig a"),
    // From the table of examples, the parts in these sections.
    (
      "Der Bundestag tagte am 12.03.2024 bis 23:15 Uhr.",
      "Der Bundestag tagte am zwölften März zweitausendvierundzwanzig bis dreiundzwanzig Uhr fünfzehn."
    ),
    ("Rund 4.200 Menschen demonstrierten.", "Rund viertausendzweihundert Menschen demonstrierten."),
    ("Die Inflation stieg auf 2,4 %.", "Die Inflation stieg auf zwei Komma vier Prozent."),
    ("Bayern gewann 3:0.", "Bayern gewann drei zu null."),
    ("Der Konzern machte 1,2 Mrd. € Verlust.", "Der Konzern machte eins Komma zwei Milliarden Euro Verlust."),
    ("im 3. Quartal", "im dritten Quartal"),
    (
      "Papst Johannes Paul II. reiste 1987 nach Chile.",
      "Papst Johannes Paul der Zweite reiste neunzehnhundertsiebenundachtzig nach Chile."
    ),
    ("Bei −12 °C und 80 km/h Wind", "Bei minus zwölf Grad Celsius und achtzig Kilometer pro Stunde Wind"),
    (
      "Sentences with nothing to normalize come out exactly as they went in.",
      "Sentences with nothing to normalize come out exactly as they went in."
    ),
  ]

  @Test("spec example", arguments: examples)
  func example(written: String, accepted: String) {
    expectReading(normalizer, written, accepted)
  }

  @Test("1. FC Köln: the club's ordinal is capitalized and inflected")
  func clubOrdinal() {
    #expect(normalizer.normalize("1. FC Köln").hasPrefix("Erster "))
    #expect(normalizer.normalize("gegen den 1. FC Köln").hasPrefix("gegen den Ersten "))
    #expect(normalizer.normalize("beim 1. FC Köln").hasPrefix("beim Ersten "))
  }

  @Test("datelines: the top-of-article form")
  func dateline() {
    #expect(
      normalizer.verbalizeDateline(year: 2025, month: 2, day: 9, hour: 7, minute: 30)
        == "neunter Februar zweitausendfünfundzwanzig, sieben Uhr dreißig")
  }
}
