import Foundation
import Testing

@testable import GermanNormalizer

/// Closed domains of issue 12 checked in full: regnal numbers I–MMM in every case, seasons 1990/91–2049/50 and
/// ISO dates 1990–2030.
@Suite("Exhaustive checks, part 3")
struct ExhaustivePart3Tests {
  let normalizer = GermanNormalizer()

  /// The four cases of a regnal number after a male given name: the sentence around it and the article and
  /// ending expected.
  static let regnalCases: [(name: String, before: String, after: String, article: String, ending: String)] = [
    ("nominative", "Damals herrschte Ludwig ", " lange.", "der", "e"),
    ("genitive", "Die Krone Ludwigs ", " glänzt.", "des", "en"),
    ("dative", "Mit Ludwig ", " kam der Krieg.", "dem", "en"),
    ("accusative", "Ein Buch für Ludwig ", " liegt bereit.", "den", "en"),
  ]

  @Test("every Roman numeral I–MMM after a male given name, in every case, with its article and ending")
  func regnalNumbers() {
    var failures: [String] = []
    for value in 1...3000 {
      let numeral = Self.roman(value)
      for (name, before, after, article, ending) in Self.regnalCases {
        let spoken = normalizer.normalize(before + numeral + "." + after)
        let prefix = before + article + " "
        guard spoken.hasPrefix(prefix), spoken.hasSuffix(after) else {
          failures.append("\(name) \(numeral): \(spoken)")
          continue
        }
        let ordinal = String(spoken.dropFirst(prefix.count).dropLast(after.count))
        if !ordinal.hasSuffix(ending) || !ordinal.first!.isUppercase
          || Self.ordinalValue(String(ordinal.lowercased().dropLast(ending.count))) != value
        {
          failures.append("\(name) \(numeral): \(spoken)")
        }
        if spoken.contains(where: \.isNumber) { failures.append("digit left: \(spoken)") }
      }
      if failures.count > 10 { break }
    }
    #expect(failures.isEmpty, "\(failures)")
  }

  @Test("every season 1990/91–2049/50: both years, never durch, no digit")
  func seasons() {
    for start in 1990...2049 {
      let end = (start + 1) % 100
      let written = String(format: "%04d/%02d", start, end)
      let spoken = normalizer.normalize("In der Saison \(written) stieg er auf.")
      let year = normalizer.normalize("Im Jahr \(start).").dropFirst("Im Jahr ".count).dropLast()
      let second = end < 10 ? "null " + NumberWords.digitNames[end] : String(TwoDigitWords.words(end))
      #expect(spoken == "In der Saison \(year) \(second) stieg er auf.", "\(written) → \(spoken)")
      #expect(!spoken.contains("durch") && !spoken.contains(where: \.isNumber), "\(written) → \(spoken)")
      let full = normalizer.normalize("Die Spielzeit \(start)/\(start + 1) endet.")
      #expect(!full.contains("durch") && !full.contains(where: \.isNumber), "\(start)/\(start + 1) → \(full)")
    }
  }

  @Test("every ISO date 1990-01-01…2030-12-31 after am: the day agrees, month and year in words")
  func isoDates() {
    let stems = OrdinalTable.stems
    var failures: [String] = []
    var date = (year: 1990, month: 1, day: 1)
    var checked = 0
    var years: [Int: Substring] = [:]
    while date.year <= 2030 {
      let written = String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
      let month = MonthNames.name(of: date.month)!
      if years[date.year] == nil {
        years[date.year] = normalizer.normalize("Im Jahr \(date.year).").dropFirst("Im Jahr ".count).dropLast()
      }
      let year = years[date.year]!
      let spoken = normalizer.normalize("Es geschah am \(written).")
      if spoken != "Es geschah am \(stems[date.day])en \(month) \(year)." { failures.append("\(written) → \(spoken)") }
      if failures.count > 10 { break }
      checked += 1
      date =
        CalendarCheck.isValid(year: date.year, month: date.month, day: date.day + 1)
        ? (date.year, date.month, date.day + 1)
        : (date.month == 12 ? (date.year + 1, 1, 1) : (date.year, date.month + 1, 1))
    }
    #expect(failures.isEmpty, "\(failures)")
    #expect(checked == 14_975)
  }

  /// The value of an ordinal stem ("dritt", "hunderterst", "zwanzigst"), read back without ICU.
  static func ordinalValue(_ stem: String) -> Int? {
    let irregular = [("erst", "eins"), ("dritt", "drei"), ("siebt", "sieben"), ("acht", "acht"), ("sechst", "sechs")]
    for (ordinal, cardinal) in irregular where stem.hasSuffix(ordinal) {
      return GermanNumberParser.parse(String(stem.dropLast(ordinal.count)) + cardinal)
    }
    if stem.hasSuffix("st") { return GermanNumberParser.parse(String(stem.dropLast(2))) }
    if stem.hasSuffix("t") { return GermanNumberParser.parse(String(stem.dropLast())) }
    return nil
  }

  static func roman(_ value: Int) -> String {
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
      (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = value
    var text = ""
    for (amount, letters) in table {
      while rest >= amount {
        text += letters
        rest -= amount
      }
    }
    return text
  }
}

/// Number words for 10…99 written out by hand, to check seasons without the normalizer's own speller.
enum TwoDigitWords {
  private static let units = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
  private static let tens = [
    "", "zehn", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig",
  ]
  private static let teens = [
    "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn",
  ]

  /// "siebenundzwanzig" for 27; 10…99.
  static func words(_ value: Int) -> String {
    if value < 20 { return teens[value - 10] }
    return value % 10 == 0 ? tens[value / 10] : units[value % 10] + "und" + tens[value / 10]
  }
}
