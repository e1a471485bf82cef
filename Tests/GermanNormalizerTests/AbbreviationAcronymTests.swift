import Testing

@testable import GermanNormalizer

/// The spec's sections "Abbreviations" and "Acronyms", and traps that must stay unchanged.
@Suite("Abbreviations and acronyms")
struct AbbreviationAcronymTests {
  let normalizer = GermanNormalizer()

  static let examples: [(String, String)] = [
    ("z.B. heute", "zum Beispiel heute"),
    ("z. B. heute", "zum Beispiel heute"),
    ("d.h. morgen", "das heißt morgen"),
    ("u.a. Berlin", "unter anderem Berlin"),
    ("rot bzw. grün", "rot beziehungsweise grün"),
    ("ca. 5 Meter", "circa fünf Meter|zirka fünf Meter"),
    ("Dr. Müller", "Doktor Müller"),
    ("Prof. Schmidt", "Professor Schmidt"),
    ("v.a. im Süden", "vor allem im Süden"),
    ("ggf. später", "gegebenenfalls später"),
    ("inkl. Steuern", "inklusive Steuern"),
    ("Brot, Milch usw.", "Brot, Milch und so weiter."),
    ("Brot, Milch usw. Dann kam er.", "Brot, Milch und so weiter. Dann kam er."),
    ("Äpfel, Birnen etc. und mehr", "Äpfel, Birnen et cetera und mehr"),
    ("in St. Pauli", "in Sankt Pauli"),
    ("in St. Gallen", "in Sankt Gallen"),
    ("die sog. Experten", "die sogenannten Experten"),
    ("ein sog. Kompromiss", "ein sogenannter Kompromiss"),
    ("ein sog. Sondervermögen", "ein sogenanntes Sondervermögen"),
    ("z.T. beschädigt", "zum Teil beschädigt"),
    ("i.d.R. pünktlich", "in der Regel pünktlich"),
    ("mind. zehn", "mindestens zehn"),
    ("Minister a.D. Meier", "Minister außer Dienst Meier"),
    ("im 19. Jh. gebaut", "im neunzehnten Jahrhundert gebaut"),
    ("die Kunst des 19. Jh. bewundern", "die Kunst des neunzehnten Jahrhunderts bewundern"),
    ("Mo. bis Fr. geöffnet", "Montag bis Freitag geöffnet"),
    ("Fr. Meier kommt", "Frau Meier kommt"),
    ("Die CDU/CSU stimmt zu.", "Die ze de u ze es u stimmt zu."),
    ("mehr ICE-Züge", "mehr i ze e Züge"),
    ("Vgl. dazu den Bericht.", "Vergleiche dazu den Bericht."),
    ("die ehem. Ministerin", "die ehemalige Ministerin"),
    ("nach 2 Std. und 30 Min. vorbei", "nach zwei Stunden und dreißig Minuten vorbei"),
    ("500 v. Chr. gegründet", "fünfhundert vor Christus gegründet"),
    ("2:1 n.V. gewonnen", "zwei zu eins nach Verlängerung gewonnen"),
    ("4:3 n.E. verloren", "vier zu drei nach Elfmeterschießen verloren"),
    ("zw. Berlin und Hamburg", "zwischen Berlin und Hamburg"),
    ("Tel. 030 1234567", "Telefon null drei null eins zwei drei vier fünf sechs sieben"),
    ("S. 12", "Seite zwölf"),
    ("Nr. 5", "Nummer fünf"),
    ("SPD", "es pe de"),
    ("AfD", "a eff de"),
    ("ZDF", "zett de eff"),
    ("BND", "be enn de"),
    ("EU", "e u"),
    ("USA", "u es a"),
    ("DVRK", "de vau er ka"),
    ("ÖPNV", "ö pe enn vau"),
    ("CO2", "ze o zwei"),
    ("NATO", "Nato"),
    ("UNO", "Uno"),
    ("NASA", "Nasa"),
    ("FIFA", "Fifa"),
    ("UEFA", "Uefa"),
    ("DAX", "Dax"),
    ("BMW", "be emm we"),
    ("ARD", "a er de"),
    ("FC", "eff ze"),
    ("die AKWs", "die a ka wes"),
    ("des BND", "des be enn de"),
    ("die NGOs", "die enn ge os"),
    ("die FDP-Vorsitzende", "die eff de pe Vorsitzende"),
    ("ACHTUNG", "Achtung"),
    ("Die CDU und die NATO, z.B. im 3. Quartal", "Die ze de u und die Nato, zum Beispiel im dritten Quartal"),
    ("Bayern gewann 3:0 gegen den 1. FC Köln.", "Bayern gewann drei zu null gegen den Ersten eff ze Köln."),
    (
      "Rund 4.200 Menschen demonstrierten in St. Gallen.",
      "Rund viertausendzweihundert Menschen demonstrierten in Sankt Gallen."
    ),
  ]

  @Test("spec example", arguments: examples)
  func example(written: String, accepted: String) {
    expectReading(normalizer, written, accepted)
  }

  @Test(
    "words that contain an abbreviation, and plain words, stay as written",
    arguments: [
      "Der Abstand wächst.", "Die Stadt wächst.", "Am Bahnhof warten viele.", "Das Dach ist undicht.",
      "Sie kaufte Obst und Brot.", "Er ging heim.", "Der Zug kam pünktlich.", "Der Buchstabe m steht für Meter.",
      "Die Variable t wächst.", "Um h herum liegt der Wert.", "Ich bin da.",
    ])
  func traps(sentence: String) {
    #expect(normalizer.normalize(sentence) == sentence)
  }

  @Test("the lexicons are big enough for news text")
  func lexiconSizes() {
    #expect(AbbreviationLexicon.shared.count >= 150)
    #expect(AcronymLexicon.shared.count >= 200)
  }
}
