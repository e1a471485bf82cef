import Testing

@testable import GermanNormalizer

/// The spec's section "Web, symbols, inclusive forms" (symbols and inclusive forms so far), and a fuzz test
/// over those characters.
@Suite("Symbols and inclusive forms")
struct SymbolInclusiveFormTests {
  let normalizer = GermanNormalizer()

  static let examples: [(String, String)] = [
    ("Müller & Söhne", "Müller und Söhne"),
    ("2 + 2", "zwei plus zwei"),
    ("2 + 2 = 4", "zwei plus zwei gleich vier"),
    ("10–12 Personen", "zehn bis zwölf Personen"),
    ("Er kam – spät – an.", "Er kam spät an.|Er kam, spät, an."),
    ("Und dann…", "Und dann"),
    ("Bündnis 90/Die Grünen", "Bündnis neunzig Die Grünen"),
    ("Hin/Rückfahrt", "Hin oder Rückfahrt"),
    ("5 × 3", "fünf mal drei"),
    ("±3 Grad", "plus minus drei Grad"),
    ("© Verlag", "Copyright Verlag"),
    ("Marke® neu", "Marke neu"),
    ("Das § allein", "Das Paragraf allein"),
    ("Die §§ davor", "Die Paragrafen davor"),
    ("Party 🎉 heute", "Party heute"),
    ("• Punkt eins", "Punkt eins"),
    ("„Ja“, sagte er. »Nein« ‚so‘", "Ja, sagte er. Nein so"),
    ("Die Firma ﬁndet es gut.", "Die Firma findet es gut."),
    ("geht's", "geht's"),
    ("Bürger*innen", "Bürger innen"),
    ("Lehrer:innen", "Lehrer innen"),
    ("Lehrer_innen", "Lehrer innen"),
    ("BürgerInnen", "Bürger innen"),
    ("die Ärzt*in", "die Ärzt in"),
    ("www.beispiel.de", "we we we Punkt beispiel Punkt de e"),
    ("www.tagesschau.de", "we we we Punkt tagesschau Punkt de e"),
    ("tagesschau.de", "tagesschau Punkt de e"),
    ("redaktion@beispiel.de", "redaktion ätt beispiel Punkt de e"),
    (
      "Mehr unter https://www.zdf.de/nachrichten/politik/artikel-100.html heute.",
      "Mehr unter we we we Punkt zett de eff Punkt de e heute."
    ),
    ("Folgen Sie @tagesschau", "Folgen Sie ätt tagesschau"),
    ("#Wahl2025", "Hashtag Wahl zweitausendfünfundzwanzig"),
    ("Das Ende. Der Anfang.", "Das Ende. Der Anfang."),
  ]

  @Test("spec example", arguments: examples)
  func example(written: String, accepted: String) {
    expectReading(normalizer, written, accepted)
  }

  @Test("inclusive forms, both readings, inflected")
  func bothForms() {
    let both = GermanNormalizer(genderForms: .both)
    #expect(both.normalize("Bürger*innen") == "Bürgerinnen und Bürger")
    #expect(both.normalize("den Mitarbeiter_innen") == "den Mitarbeiterinnen und Mitarbeitern")
    #expect(both.normalize("die Lehrer:innen") == "die Lehrerinnen und Lehrer")
  }

  @Test("100,000 random strings over digits, symbols and words: no crash, no digit, no symbol read by name")
  func fuzz() {
    var generator = SeededGenerator(seed: 4_242)
    let pieces = [
      "0", "1", "7", "12", "1.000", ",", ".", ":", "/", "-", "–", "—", "−", "+", "=", "&", "%", "‰", "€", "$", "£", "§",
      "°", "°C", "×", "±", "→", "•", "…", "©", "®", "™", "*", "_", "#", "@", "|", "~", "<", ">", "„", "“", "»", "«",
      "‚",
      "‘", "’", "'", "\u{00AD}", "\u{00A0}", "\u{2009}", "\u{200B}", "ﬁ", "🎉", "😀", " ", " ", " ", "innen", "Bürger",
      "z.B.", "usw.", "SPD", "NATO", "XIV", "am", "der", "Mio.", "km", "Uhr", "März",
    ]
    let spokenByName: Set<Character> = Set("&+=×±→•…©®™*_#|~<>„“»«‚‘%‰€$£§°😀🎉\u{00AD}\u{200B}")
    for _ in 0..<100_000 {
      let length = Int.random(in: 1...10, using: &generator)
      let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
      let spoken = normalizer.normalize(text)
      let leftover = spoken.first { ($0.isASCII && $0.isNumber) || spokenByName.contains($0) }
      #expect(leftover == nil, "\(text.debugDescription) → \(spoken.debugDescription)")
      if leftover != nil { break }
    }
  }
}
