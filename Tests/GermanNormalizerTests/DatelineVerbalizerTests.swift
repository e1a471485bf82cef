import Testing

@testable import GermanNormalizer

@Suite("Dateline and number words")
struct DatelineVerbalizerTests {
  let normalizer = GermanNormalizer()

  @Test(
    "datelines are spoken as a date with a nominative ordinal and the time",
    arguments: [
      ((2025, 2, 9, 7, 30), "neunter Februar zweitausendfünfundzwanzig, sieben Uhr dreißig"),
      ((2000, 1, 1, 0, 0), "erster Januar zweitausend, null Uhr"),
      (
        (1999, 12, 31, 23, 59),
        "einunddreißigster Dezember neunzehnhundertneunundneunzig, dreiundzwanzig Uhr neunundfünfzig"
      ),
      ((2024, 3, 12, 1, 5), "zwölfter März zweitausendvierundzwanzig, ein Uhr fünf"),
      ((2024, 2, 29, 21, 0), "neunundzwanzigster Februar zweitausendvierundzwanzig, einundzwanzig Uhr"),
    ])
  func datelineWithTime(parts: (Int, Int, Int, Int, Int), spoken: String) {
    let (year, month, day, hour, minute) = parts
    #expect(normalizer.verbalizeDateline(year: year, month: month, day: day, hour: hour, minute: minute) == spoken)
  }

  @Test("a dateline without a time is the date alone")
  func datelineWithoutTime() {
    #expect(normalizer.verbalizeDateline(year: 2025, month: 11, day: 3) == "dritter November zweitausendfünfundzwanzig")
  }

  @Test("ICU's soft hyphens never reach the words")
  func noSoftHyphens() {
    for value in [0, 1, 11, 17, 100, 101, 1001, 123_456, 1_000_000, 3_500_000] as [Int64] {
      for ruleSet in SpelloutRuleSet.allCases {
        let words = NumberSpeller.shared.words(for: value, ruleSet)
        #expect(!words.contains("\u{AD}"))
        #expect(!words.isEmpty)
      }
    }
  }

  @Test("ordinal endings from ICU's rule sets")
  func ordinalEndings() {
    let speller = NumberSpeller.shared
    #expect(speller.words(for: 9, .ordinalN) == "neunten")
    #expect(speller.words(for: 3, .ordinalR) == "dritter")
    #expect(speller.words(for: 2, .ordinalS) == "zweites")
    #expect(speller.words(for: 5, .ordinalM) == "fünftem")
    #expect(speller.words(for: 1990, .year) == "neunzehnhundertneunzig")
    #expect(speller.words(for: 11_000) == "elftausend")
  }

  @Test("typography: quotation marks and invisible characters go, white space folds, words stay as written")
  func typography() {
    #expect(normalizer.normalize("Kampf für “gerechte Sache”") == "Kampf für gerechte Sache")
    #expect(normalizer.normalize("„Wir  bleiben“,\u{00A0}sagte er.\u{200B}") == "Wir bleiben, sagte er.")
    #expect(normalizer.normalize("»Nein« – ‚so‘ nicht") == "Nein, so nicht")
    #expect(normalizer.normalize("Die Koalition streitet.") == "Die Koalition streitet.")
  }
}
