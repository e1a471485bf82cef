import Testing

@testable import GermanNormalizer

/// Realistic news sentences per semiotic class, as a newsreader would say them.
@Suite("News sentences by semiotic class")
struct NewsSentenceTests {
  let normalizer = GermanNormalizer()

  static let cardinalCases: [(String, String)] = [
    (
      "Bei der Wahl gaben 0 Abgeordnete ihre Stimme nicht ab.",
      "Bei der Wahl gaben null Abgeordnete ihre Stimme nicht ab."
    ),
    ("Der Verein hat 1 neues Mitglied.", "Der Verein hat ein neues Mitglied."),
    ("Die Partei gewann 11 Sitze.", "Die Partei gewann elf Sitze."),
    ("Im Saal saßen 12 Richter.", "Im Saal saßen zwölf Richter."),
    ("Die Mannschaft verlor 16 Spiele.", "Die Mannschaft verlor sechzehn Spiele."),
    ("Es meldeten sich 17 Freiwillige.", "Es meldeten sich siebzehn Freiwillige."),
    ("Die Stadt hat 100 Ampeln.", "Die Stadt hat einhundert Ampeln."),
    ("Auf der Liste stehen 101 Namen.", "Auf der Liste stehen einhunderteins Namen."),
    ("Rund 1.000.000 Menschen sahen zu.", "Rund eine Million Menschen sahen zu."),
    ("Der Rat zählt 1.001 Beschlüsse.", "Der Rat zählt eintausendeins Beschlüsse."),
    (
      "Das Stadion fasst 81.365 Zuschauer.",
      "Das Stadion fasst einundachtzigtausenddreihundertfünfundsechzig Zuschauer."
    ),
    ("Die Firma beschäftigt 250.000 Menschen.", "Die Firma beschäftigt zweihundertfünfzigtausend Menschen."),
    (
      "Insgesamt wurden 3.500.000 Impfdosen geliefert.",
      "Insgesamt wurden drei Millionen fünfhunderttausend Impfdosen geliefert."
    ),
    ("Es kamen 23 Delegationen.", "Es kamen dreiundzwanzig Delegationen."),
    ("Der Konzern baut 2.400 Stellen ab.", "Der Konzern baut zweitausendvierhundert Stellen ab."),
    ("Die Gemeinde hat 999 Einwohner.", "Die Gemeinde hat neunhundertneunundneunzig Einwohner."),
    ("Die Feuerwehr rückte mit 45 Kräften aus.", "Die Feuerwehr rückte mit fünfundvierzig Kräften aus."),
    ("Der Zug hatte 7 Waggons.", "Der Zug hatte sieben Waggons."),
    ("Die Behörde prüft 13.250 Anträge.", "Die Behörde prüft dreizehntausendzweihundertfünfzig Anträge."),
    ("Es gab 1 Enthaltung.", "Es gab eine Enthaltung."),
    ("Mit 1 Stimme Mehrheit wurde er gewählt.", "Mit einer Stimme Mehrheit wurde er gewählt."),
    ("Die Zahl 1 steht für Einheit.", "Die Zahl eins steht für Einheit."),
    ("Das Bündnis hat 40 Mitglieder aus 31 Staaten.", "Das Bündnis hat vierzig Mitglieder aus einunddreißig Staaten."),
  ]

  @Test("cardinal", arguments: cardinalCases)
  func cardinal(written: String, spoken: String) {
    #expect(normalizer.normalize(written) == spoken)
  }

  static let compoundCases: [(String, String)] = [
    ("Die 18-Jährige gewann Gold.", "Die Achtzehnjährige gewann Gold."),
    ("Ein 31-Jähriger wurde festgenommen.", "Ein Einunddreißigjähriger wurde festgenommen."),
    ("Das 5-jährige Kind ist wohlauf.", "Das fünfjährige Kind ist wohlauf."),
    ("Der Preis stieg um das 3-fache.", "Der Preis stieg um das Dreifache."),
    ("Er war 3-mal Weltmeister.", "Er war dreimal Weltmeister."),
    ("Der 100-Meter-Lauf ist die Königsdisziplin.", "Der Einhundert-Meter-Lauf ist die Königsdisziplin."),
    ("Die G7 tagen in Italien.", "Die ge sieben tagen in Italien."),
    ("Die Covid-19-Pandemie ist vorbei.", "Die Covid neunzehn Pandemie ist vorbei."),
    ("Die 5-Prozent-Hürde gilt weiter.", "Die Fünf-Prozent-Hürde gilt weiter."),
    ("Der CO2-Ausstoß sinkt.", "Der ze o zwei Ausstoß sinkt."),
  ]

  @Test("compound", arguments: compoundCases)
  func compound(written: String, spoken: String) {
    #expect(normalizer.normalize(written) == spoken)
  }

  static let dateCases: [(String, String)] = [
    (
      "Der Bundestag tagte am 12.03.2024 bis 23:15 Uhr.",
      "Der Bundestag tagte am zwölften März zweitausendvierundzwanzig bis dreiundzwanzig Uhr fünfzehn."
    ),
    ("Am 09.02.2025 wurde gewählt.", "Am neunten Februar zweitausendfünfundzwanzig wurde gewählt."),
    ("Die Frist endet am 31.12.2025.", "Die Frist endet am einunddreißigsten Dezember zweitausendfünfundzwanzig."),
    (
      "Die Wahl findet am 29.02.2028 statt.",
      "Die Wahl findet am neunundzwanzigsten Februar zweitausendachtundzwanzig statt."
    ),
    ("Bis zum 1.4. bleibt das Museum geschlossen.", "Bis zum ersten April bleibt das Museum geschlossen."),
    ("Vom 3. bis 5. März tagt der Gipfel.", "Vom dritten bis fünften März tagt der Gipfel."),
    ("Der Gipfel findet vom 9. bis 11. Juli statt.", "Der Gipfel findet vom neunten bis elften Juli statt."),
    ("Ab 1. März gilt die Regel.", "Ab erstem März gilt die Regel."),
    ("Der Vertrag gilt seit dem 1. Januar 2024.", "Der Vertrag gilt seit dem ersten Januar zweitausendvierundzwanzig."),
    ("Der Anschlag geschah am 11.09.2001.", "Der Anschlag geschah am elften September zweitausendeins."),
    ("Der 3. Oktober ist Feiertag.", "Der dritte Oktober ist Feiertag."),
    ("Am 24.12. schließen die Geschäfte früher.", "Am vierundzwanzigsten Dezember schließen die Geschäfte früher."),
    ("Die Mauer fiel am 9. November 1989.", "Die Mauer fiel am neunten November neunzehnhundertneunundachtzig."),
    ("Er wurde am 01.01.1990 geboren.", "Er wurde am ersten Januar neunzehnhundertneunzig geboren."),
    (
      "Der Termin am 31.02.2025 ist ungültig.",
      "Der Termin am einunddreißig Punkt null zwei Punkt zweitausendfünfundzwanzig ist ungültig."
    ),
  ]

  @Test("date", arguments: dateCases)
  func date(written: String, spoken: String) {
    #expect(normalizer.normalize(written) == spoken)
  }

  static let decimalCases: [(String, String)] = [
    ("Die Inflation lag bei 2,4 Prozent.", "Die Inflation lag bei zwei Komma vier Prozent."),
    (
      "Die Geburtenrate sank auf 1,35 Kinder pro Frau.",
      "Die Geburtenrate sank auf eins Komma drei fünf Kinder pro Frau."
    ),
    ("Der Wert stieg um 0,25 Punkte.", "Der Wert stieg um null Komma zwei fünf Punkte."),
    ("Die Quote erreichte 12,5 Prozent.", "Die Quote erreichte zwölf Komma fünf Prozent."),
    (
      "Der Index notierte bei 18.492,49 Punkten.",
      "Der Index notierte bei achtzehntausendvierhundertzweiundneunzig Komma vier neun Punkten."
    ),
    ("Pi ist etwa 3,14159.", "Pi ist etwa drei Komma eins vier eins fünf neun."),
    ("Die Differenz betrug 0,001 Sekunden.", "Die Differenz betrug null Komma null null eins Sekunden."),
    ("Das Wachstum lag bei -0,3 Prozent.", "Das Wachstum lag bei minus null Komma drei Prozent."),
    ("Der Faktor beträgt 1,8.", "Der Faktor beträgt eins Komma acht."),
    ("Die Note war 2,0.", "Die Note war zwei Komma null."),
  ]

  @Test("decimal", arguments: decimalCases)
  func decimal(written: String, spoken: String) {
    #expect(normalizer.normalize(written) == spoken)
  }

  static let fractionCases: [(String, String)] = [
    ("Rund 1/2 der Befragten stimmte zu.", "Rund ein halb der Befragten stimmte zu."),
    ("Etwa 3/4 der Fläche ist Wald.", "Etwa drei Viertel der Fläche ist Wald."),
    ("Nur 1/3 der Mittel floss ab.", "Nur ein Drittel der Mittel floss ab."),
    ("Das dauert 2 1/2 Stunden.", "Das dauert zweieinhalb Stunden."),
    ("Sie wartete 1 ½ Stunden.", "Sie wartete eineinhalb Stunden."),
    ("Das Gesetz braucht eine 2/3-Mehrheit.", "Das Gesetz braucht eine Zwei-Drittel-Mehrheit."),
    ("Er kam um ½ Stunde zu spät.", "Er kam um eine halbe Stunde zu spät."),
    ("Ein ½ Liter Milch reicht.", "Ein halber Liter Milch reicht."),
    ("Rund 2/3 der Wähler gingen hin.", "Rund zwei Drittel der Wähler gingen hin."),
    ("Das Glas ist ¾ voll.", "Das Glas ist drei Viertel voll."),
  ]

  @Test("fraction", arguments: fractionCases)
  func fraction(written: String, spoken: String) {
    #expect(normalizer.normalize(written) == spoken)
  }

  static let legalCases: [(String, String)] = [
    ("Das regelt § 3 Abs. 2 GG.", "Das regelt Paragraf drei Absatz zwei Grundgesetz."),
    ("Sie berief sich auf Art. 5 GG.", "Sie berief sich auf Artikel fünf Grundgesetz."),
    ("Die §§ 12 bis 14 gelten.", "Die Paragrafen zwölf bis vierzehn gelten."),
    ("Er wurde nach § 20a StGB verurteilt.", "Er wurde nach Paragraf zwanzig a Strafgesetzbuch verurteilt."),
    ("Das steht in § 823 BGB.", "Das steht in Paragraf achthundertdreiundzwanzig be ge be."),
    ("Maßgeblich ist Art. 20 Abs. 4 GG.", "Maßgeblich ist Artikel zwanzig Absatz vier Grundgesetz."),
    ("Siehe § 3 Abs. 2 S. 1 GG.", "Siehe Paragraf drei Absatz zwei Satz eins Grundgesetz."),
    ("Die Regel steht unter Nr. 3.", "Die Regel steht unter Nummer drei."),
    ("Der § 219a wurde gestrichen.", "Der Paragraf zweihundertneunzehn a wurde gestrichen."),
  ]

  @Test("legal", arguments: legalCases)
  func legal(written: String, spoken: String) {
    #expect(normalizer.normalize(written) == spoken)
  }

  static let measureCases: [(String, String)] = [
    ("Die Strecke ist 100 km lang.", "Die Strecke ist einhundert Kilometer lang."),
    ("Auf der Autobahn gilt 130 km/h.", "Auf der Autobahn gilt einhundertdreißig Kilometer pro Stunde."),
    ("Bei −5 °C friert der See.", "Bei minus fünf Grad Celsius friert der See."),
    (
      "Bei -12 °C und 80 km/h Wind blieb man zu Hause.",
      "Bei minus zwölf Grad Celsius und achtzig Kilometer pro Stunde Wind blieb man zu Hause."
    ),
    ("Der Haushalt verbraucht 3 kWh am Tag.", "Der Haushalt verbraucht drei Kilowattstunden am Tag."),
    ("Die Wohnung hat 50 m².", "Die Wohnung hat fünfzig Quadratmeter."),
    ("Der Lastwagen wiegt 2 t.", "Der Lastwagen wiegt zwei Tonnen."),
    ("Der Stau war 1 km lang.", "Der Stau war einen Kilometer lang."),
    ("Nach 1 km kam die Ausfahrt.", "Nach einem Kilometer kam die Ausfahrt."),
    ("Der Windpark liefert 300 MW.", "Der Windpark liefert dreihundert Megawatt."),
    ("In der Nacht fielen 30 l/m² Regen.", "In der Nacht fielen dreißig Liter pro Quadratmeter Regen."),
    ("Der Feinstaub lag bei 40 µg/m³.", "Der Feinstaub lag bei vierzig Mikrogramm pro Kubikmeter."),
    ("Der Luftdruck fiel auf 980 hPa.", "Der Luftdruck fiel auf neunhundertachtzig Hektopascal."),
    ("Das Paket wiegt 2,5 kg.", "Das Paket wiegt zwei Komma fünf Kilogramm."),
    ("Der Läufer ist 1,78 m groß.", "Der Läufer ist eins Komma sieben acht Meter groß."),
    ("Der Motor hat 150 PS.", "Der Motor hat einhundertfünfzig pe es."),
    ("Es wurde 1 °C wärmer.", "Es wurde ein Grad Celsius wärmer."),
    ("Mit 80 km/h fuhr er durch den Ort.", "Mit achtzig Kilometer pro Stunde fuhr er durch den Ort."),
    ("Das Grundstück ist 850 m² groß.", "Das Grundstück ist achthundertfünfzig Quadratmeter groß."),
    ("Der See ist 12 m tief.", "Der See ist zwölf Meter tief."),
    ("Der Stau war 1 km lang.", "Der Stau war einen Kilometer lang."),
    ("Die Pipeline ist 1.200 km lang.", "Die Pipeline ist eintausendzweihundert Kilometer lang."),
    ("Der Fluss ist 1 m tief.", "Der Fluss ist einen Meter tief."),
  ]

  @Test("measure", arguments: measureCases)
  func measure(written: String, spoken: String) {
    #expect(normalizer.normalize(written) == spoken)
  }

  static let moneyCases: [(String, String)] = [
    ("Das Ticket kostet 5 €.", "Das Ticket kostet fünf Euro."),
    ("Das Ticket kostet 5 Euro.", "Das Ticket kostet fünf Euro."),
    ("Ein Kaffee kostet 3,50 €.", "Ein Kaffee kostet drei Euro fünfzig."),
    ("Das Brot kostet 1,29 Euro.", "Das Brot kostet ein Euro neunundzwanzig."),
    ("Das Projekt kostet 1,5 Mio. Euro.", "Das Projekt kostet eins Komma fünf Millionen Euro."),
    ("Der Konzern machte 1,2 Mrd. € Verlust.", "Der Konzern machte eins Komma zwei Milliarden Euro Verlust."),
    ("Die Förderung beträgt 2 Mrd. US-Dollar.", "Die Förderung beträgt zwei Milliarden u es Dollar."),
    ("Er spendete $ 100.", "Er spendete einhundert Dollar."),
    ("Er spendete 100 $.", "Er spendete einhundert Dollar."),
    ("Der Preis stieg um 50 Cent.", "Der Preis stieg um fünfzig Cent."),
    ("Der Preis fiel von 1,99 € auf 0,99 €.", "Der Preis fiel von ein Euro neunundneunzig auf neunundneunzig Cent."),
    ("Das Haus kostet 1 Mio. Euro.", "Das Haus kostet eine Million Euro."),
    ("Die Schulden wuchsen auf 2,4 Billionen Euro.", "Die Schulden wuchsen auf zwei Komma vier Billionen Euro."),
    ("Das Pfund kostet 5 £.", "Das Pfund kostet fünf Pfund."),
    ("Der Franken stieg auf 1,05 CHF.", "Der Franken stieg auf ein Franken fünf."),
    ("Der Ölpreis lag bei 82,15 US-Dollar.", "Der Ölpreis lag bei zweiundachtzig u es Dollar fünfzehn."),
    ("Mit 1 Euro kommt man nicht weit.", "Mit einem Euro kommt man nicht weit."),
    ("Die Strafe beträgt 250.000 Euro.", "Die Strafe beträgt zweihundertfünfzigtausend Euro."),
    ("Die Zulage beträgt 3,00 €.", "Die Zulage beträgt drei Euro."),
  ]

  @Test("money", arguments: moneyCases)
  func money(written: String, spoken: String) {
    #expect(normalizer.normalize(written) == spoken)
  }

  static let ordinalCases: [(String, String)] = [
    ("Der 3. Platz ging an Norwegen.", "Der dritte Platz ging an Norwegen."),
    ("Sie belegte den 2. Platz.", "Sie belegte den zweiten Platz."),
    ("Er kam auf den 4. Rang.", "Er kam auf den vierten Rang."),
    ("Ein 2. Versuch scheiterte.", "Ein zweiter Versuch scheiterte."),
    ("Zum 5. Mal fand das Treffen statt.", "Zum fünften Mal fand das Treffen statt."),
    ("Das war das 1. Mal seit Jahren.", "Das war das erste Mal seit Jahren."),
    ("Im 2. Halbjahr zog die Konjunktur an.", "Im zweiten Halbjahr zog die Konjunktur an."),
    ("Im 3. Quartal sank der Umsatz.", "Im dritten Quartal sank der Umsatz."),
    ("Am 34. Spieltag fiel die Entscheidung.", "Am vierunddreißigsten Spieltag fiel die Entscheidung."),
    ("Der 17. Spieltag bringt das Derby.", "Der siebzehnte Spieltag bringt das Derby."),
    ("In der 3. Runde schied er aus.", "In der dritten Runde schied er aus."),
    ("Die 2. Liga startet im August.", "Die zweite Liga startet im August."),
    ("Die 1. Bundesliga pausiert.", "Die Erste Bundesliga pausiert."),
    ("2. Weltkrieg: Die Ausstellung beginnt.", "Zweiter Weltkrieg: Die Ausstellung beginnt."),
    ("Nach dem 2. Weltkrieg begann der Wiederaufbau.", "Nach dem Zweiten Weltkrieg begann der Wiederaufbau."),
    ("Die Folgen des 2. Weltkriegs sind sichtbar.", "Die Folgen des Zweiten Weltkriegs sind sichtbar."),
    ("Das Gericht entschied in 2. Instanz.", "Das Gericht entschied in zweiter Instanz."),
    ("Er wohnt im 5. Stock.", "Er wohnt im fünften Stock."),
    ("Sie feiert ihren 90. Geburtstag.", "Sie feiert ihren neunzigsten Geburtstag."),
    ("Die Partei hält ihren 12. Parteitag ab.", "Die Partei hält ihren zwölften Parteitag ab."),
    ("Er wurde 3.", "Er wurde Dritter."),
    ("Sie wurde 1.", "Sie wurde Erste."),
    ("Es waren 3.", "Es waren drei."),
    ("Am Ende waren es 12.", "Am Ende waren es zwölf."),
    ("Der 1. FC Köln gewann.", "Der Erste FC Köln gewann."),
    ("Er trat in der 2. Amtszeit zurück.", "Er trat in der zweiten Amtszeit zurück."),
    ("Die 4. Sitzung wurde vertagt.", "Die vierte Sitzung wurde vertagt."),
    ("Das 20. Jahrhundert war kriegerisch.", "Das zwanzigste Jahrhundert war kriegerisch."),
    ("Seit dem 19. Jahrhundert gibt es den Brauch.", "Seit dem neunzehnten Jahrhundert gibt es den Brauch."),
    ("Die 10. Klasse schreibt Prüfungen.", "Die zehnte Klasse schreibt Prüfungen."),
    ("Zum 1000. Mal fand der Markt statt.", "Zum eintausendsten Mal fand der Markt statt."),
    ("Sie wurde 2.", "Sie wurde Zweite."),
    ("Es war der 2. Sieg.", "Es war der zweite Sieg."),
    ("Am 3. Tag kam die Wende.", "Am dritten Tag kam die Wende."),
    ("Der 21. Tag brachte Regen.", "Der einundzwanzigste Tag brachte Regen."),
  ]

  @Test("ordinal", arguments: ordinalCases)
  func ordinal(written: String, spoken: String) {
    #expect(normalizer.normalize(written) == spoken)
  }

  static let percentCases: [(String, String)] = [
    ("Die Inflation stieg auf 2,4 %.", "Die Inflation stieg auf zwei Komma vier Prozent."),
    ("Die Zustimmung liegt bei 20 %.", "Die Zustimmung liegt bei zwanzig Prozent."),
    ("Die Zustimmung liegt bei 20%.", "Die Zustimmung liegt bei zwanzig Prozent."),
    ("Die Partei verlor 3 %-Punkte.", "Die Partei verlor drei Prozentpunkte."),
    ("Der Wert liegt bei 0,5 ‰.", "Der Wert liegt bei null Komma fünf Promille."),
    ("Nur 1 % der Stimmen waren ungültig.", "Nur ein Prozent der Stimmen waren ungültig."),
    ("Die Quote sank auf 100 %.", "Die Quote sank auf einhundert Prozent."),
    ("Der Anteil lag bei 33,3 %.", "Der Anteil lag bei dreiunddreißig Komma drei Prozent."),
    ("Die Mieten stiegen um 7 Prozent.", "Die Mieten stiegen um sieben Prozent."),
    ("Der Blutalkohol betrug 1,1 ‰.", "Der Blutalkohol betrug eins Komma eins Promille."),
  ]

  @Test("percent", arguments: percentCases)
  func percent(written: String, spoken: String) {
    #expect(normalizer.normalize(written) == spoken)
  }

  static let rangeCases: [(String, String)] = [
    ("Die Reise dauert 3-5 Tage.", "Die Reise dauert drei bis fünf Tage."),
    ("Es kamen 10–12 Personen.", "Es kamen zehn bis zwölf Personen."),
    ("Die Sprechstunde ist von 10–12 Uhr.", "Die Sprechstunde ist von zehn bis zwölf Uhr."),
    ("Die Preise steigen um 2–3 Prozent.", "Die Preise steigen um zwei bis drei Prozent."),
    ("Die Jahre 2020–2022 waren schwer.", "Die Jahre zweitausendzwanzig bis zweitausendzweiundzwanzig waren schwer."),
    ("Die Temperaturen liegen bei 20 – 25 Grad.", "Die Temperaturen liegen bei zwanzig bis fünfundzwanzig Grad."),
  ]

  @Test("range", arguments: rangeCases)
  func range(written: String, spoken: String) {
    #expect(normalizer.normalize(written) == spoken)
  }

  static let romanCases: [(String, String)] = [
    ("Ludwig XIV. baute Versailles.", "Ludwig der Vierzehnte baute Versailles."),
    ("Unter Ludwig XIV. wuchs Frankreich.", "Unter Ludwig dem Vierzehnten wuchs Frankreich."),
    ("Papst Johannes Paul II. reiste viel.", "Papst Johannes Paul der Zweite reiste viel."),
    ("Der Hof Ludwigs XIV. war prächtig.", "Der Hof Ludwigs des Vierzehnten war prächtig."),
    ("Teil II erscheint im Herbst.", "Teil zwei erscheint im Herbst."),
    ("Die Reform Hartz IV bleibt umstritten.", "Die Reform Hartz vier bleibt umstritten."),
    ("Der II. Weltkrieg endete 1945.", "Der Zweite Weltkrieg endete neunzehnhundertfünfundvierzig."),
    ("Nach dem II. Weltkrieg kam die Teilung.", "Nach dem Zweiten Weltkrieg kam die Teilung."),
    ("Band III ist vergriffen.", "Band drei ist vergriffen."),
  ]

  @Test("roman", arguments: romanCases)
  func roman(written: String, spoken: String) {
    #expect(normalizer.normalize(written) == spoken)
  }

  static let scoreCases: [(String, String)] = [
    ("Bayern gewann 3:0 gegen Dortmund.", "Bayern gewann drei zu null gegen Dortmund."),
    ("Das Spiel endete 2:1.", "Das Spiel endete zwei zu eins."),
    ("Leverkusen siegte 1:0.", "Leverkusen siegte eins zu null."),
    ("Es stand zur Pause 0:0.", "Es stand zur Pause null zu null."),
    ("Schalke 04 verlor 1:4.", "Schalke null vier verlor eins zu vier."),
    ("Das Verhältnis ist 3:1.", "Das Verhältnis ist drei zu eins."),
    ("Die Abstimmung endete 5:4.", "Die Abstimmung endete fünf zu vier."),
    ("Das Team gewann das Finale 4:2 nach Verlängerung.", "Das Team gewann das Finale vier zu zwei nach Verlängerung."),
  ]

  @Test("score", arguments: scoreCases)
  func score(written: String, spoken: String) {
    #expect(normalizer.normalize(written) == spoken)
  }

  static let telephoneCases: [(String, String)] = [
    (
      "Hinweise nimmt die Polizei unter 030 1234567 entgegen.",
      "Hinweise nimmt die Polizei unter null drei null eins zwei drei vier fünf sechs sieben entgegen."
    ),
    (
      "Die Hotline ist unter +49 30 1234567 erreichbar.",
      "Die Hotline ist unter plus vier neun drei null eins zwei drei vier fünf sechs sieben erreichbar."
    ),
    ("Der Notruf 112 ist kostenlos.", "Der Notruf eins eins zwei ist kostenlos."),
    ("Die Polizei ist unter 110 erreichbar.", "Die Polizei ist unter eins eins null erreichbar."),
    ("Rufen Sie 0800 1110111 an.", "Rufen Sie null acht null null eins eins eins null eins eins eins an."),
    ("Die Nummer lautet 0711 8990-0.", "Die Nummer lautet null sieben eins eins acht neun neun null null."),
  ]

  @Test("telephone", arguments: telephoneCases)
  func telephone(written: String, spoken: String) {
    #expect(normalizer.normalize(written) == spoken)
  }

  static let timeCases: [(String, String)] = [
    ("Die Sitzung beginnt um 10 Uhr.", "Die Sitzung beginnt um zehn Uhr."),
    ("Der Zug fährt um 7:30 Uhr.", "Der Zug fährt um sieben Uhr dreißig."),
    ("Der Zug fährt um 7.30 Uhr.", "Der Zug fährt um sieben Uhr dreißig."),
    ("Die Nachrichten kommen um 19 Uhr.", "Die Nachrichten kommen um neunzehn Uhr."),
    ("Die Sperrstunde beginnt um 0:00 Uhr.", "Die Sperrstunde beginnt um null Uhr."),
    ("Der Termin ist um 9:05 Uhr.", "Der Termin ist um neun Uhr fünf."),
    ("Das Treffen endet um 21:00 Uhr.", "Das Treffen endet um einundzwanzig Uhr."),
    ("Der Laden öffnet um 1 Uhr.", "Der Laden öffnet um ein Uhr."),
    ("Der Flug landet um 1.15 Uhr.", "Der Flug landet um ein Uhr fünfzehn."),
    ("Die Party endet um 24:00 Uhr.", "Die Party endet um vierundzwanzig Uhr."),
    ("Der Notdienst beginnt ab 18:30.", "Der Notdienst beginnt ab achtzehn Uhr dreißig."),
    ("Der Bus fährt um 6:05 Uhr ab.", "Der Bus fährt um sechs Uhr fünf ab."),
    ("Das Spiel beginnt um 20:45 Uhr.", "Das Spiel beginnt um zwanzig Uhr fünfundvierzig."),
    (
      "Sie lief die Strecke in 2:04:35 Stunden.",
      "Sie lief die Strecke in zwei Stunden, vier Minuten und fünfunddreißig Sekunden."
    ),
    ("Das Konzert dauert von 20 bis 23 Uhr.", "Das Konzert dauert von zwanzig bis dreiundzwanzig Uhr."),
  ]

  @Test("time", arguments: timeCases)
  func time(written: String, spoken: String) {
    #expect(normalizer.normalize(written) == spoken)
  }

  static let yearCases: [(String, String)] = [
    (
      "Papst Johannes Paul II. reiste 1987 nach Chile.",
      "Papst Johannes Paul der Zweite reiste neunzehnhundertsiebenundachtzig nach Chile."
    ),
    ("Die Mauer fiel 1989.", "Die Mauer fiel neunzehnhundertneunundachtzig."),
    ("Im Jahr 2023 kamen weniger Touristen.", "Im Jahr zweitausenddreiundzwanzig kamen weniger Touristen."),
    ("Seit 1949 gilt das Grundgesetz.", "Seit neunzehnhundertneunundvierzig gilt das Grundgesetz."),
    ("Bis 2030 soll das Netz fertig sein.", "Bis zweitausenddreißig soll das Netz fertig sein."),
    ("Die 1990er waren turbulent.", "Die neunzehnhundertneunziger waren turbulent."),
    ("Die 80er-Jahre brachten den Walkman.", "Die achtziger Jahre brachten den Walkman."),
    ("In den 80er Jahren boomte die Wirtschaft.", "In den achtziger Jahren boomte die Wirtschaft."),
    ("Die 2000er-Jahre waren unruhig.", "Die zweitausender Jahre waren unruhig."),
    ("Die 68er-Bewegung prägte das Land.", "Die Achtundsechziger-Bewegung prägte das Land."),
    ("Die Reform lief von 2020–2022.", "Die Reform lief von zweitausendzwanzig bis zweitausendzweiundzwanzig."),
    (
      "Der Zeitraum 2020-2022 war schwierig.",
      "Der Zeitraum zweitausendzwanzig bis zweitausendzweiundzwanzig war schwierig."
    ),
    ("Im Sommer 2024 fand die EM statt.", "Im Sommer zweitausendvierundzwanzig fand die EM statt."),
    ("Die Firma wurde 1100 gegründet.", "Die Firma wurde elfhundert gegründet."),
    ("Er lebte von 1749 bis 1832.", "Er lebte von siebzehnhundertneunundvierzig bis achtzehnhundertzweiunddreißig."),
  ]

  @Test("year", arguments: yearCases)
  func year(written: String, spoken: String) {
    #expect(normalizer.normalize(written) == spoken)
  }
}
