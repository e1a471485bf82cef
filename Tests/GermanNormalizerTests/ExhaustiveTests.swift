import Foundation
import Testing

@testable import GermanNormalizer

@Suite("Exhaustive checks")
struct ExhaustiveTests {
  let normalizer = GermanNormalizer()

  @Test("every integer 0…100,000 is spoken as one word that parses back to the same number")
  func integers() {
    var failures: [String] = []
    for value in 0...100_000 {
      let written = value >= 1000 && value % 7 == 0 ? grouped(value) : String(value)
      let spoken = normalizer.normalize("Zähler \(written) erreicht")
      let words = spoken.dropFirst("Zähler ".count).dropLast(" erreicht".count)
      let expected = (1100...2099).contains(value) && !written.contains(".") ? nil : value
      if let expected, GermanNumberParser.parse(String(words)) != expected {
        failures.append("\(written) → \(spoken)")
      }
      if spoken.contains(where: \.isNumber) { failures.append("digit left: \(written) → \(spoken)") }
      if failures.count > 10 { break }
    }
    #expect(failures.isEmpty, "\(failures)")
  }

  @Test("four-digit years 1100…2099 read as years and parse back through their hundreds")
  func years() {
    for value in 1100...2099 {
      let spoken = normalizer.normalize("Im Jahr \(value) begann es.")
      let year = String(spoken.dropFirst("Im Jahr ".count).dropLast(" begann es.".count))
      if value >= 2000 {
        #expect(GermanNumberParser.parse(year) == value, "\(value) → \(year)")
      } else {
        let century = value / 100
        let centuryWords = year.components(separatedBy: "hundert").first ?? ""
        #expect(GermanNumberParser.parse(centuryWords) == century, "\(value) → \(year)")
        let rest = String(year.dropFirst(centuryWords.count + "hundert".count))
        #expect(value % 100 == 0 ? rest.isEmpty : GermanNumberParser.parse(rest) == value % 100, "\(value) → \(year)")
      }
    }
  }

  @Test("every date from 1990 to 2030 in numeric form, after am and at the start of a sentence")
  func dates() {
    let stems = OrdinalTable.stems
    var day = (year: 1990, month: 1, day: 1)
    var checked = 0
    while day.year <= 2030 {
      let written = String(format: "%02d.%02d.%04d", day.day, day.month, day.year)
      let month = MonthNames.name(of: day.month)!
      let year = normalizer.normalize("Im Jahr \(day.year).").dropFirst("Im Jahr ".count).dropLast()
      #expect(
        normalizer.normalize("Es geschah am \(written).") == "Es geschah am \(stems[day.day])en \(month) \(year).")
      if day.day % 9 == 0 {
        #expect(normalizer.normalize("Bis \(written) gilt es.").hasPrefix("Bis \(stems[day.day])"))
      }
      checked += 1
      day = next(day)
    }
    #expect(checked == 14_975)
  }

  @Test("ordinals before every month in every case", arguments: 1...12)
  func monthsInEveryCase(month: Int) {
    let name = MonthNames.name(of: month)!
    let stems = OrdinalTable.stems
    for day in [1, 3, 7, 11, 20, 28] {
      let stem = stems[day]
      #expect(normalizer.normalize("am \(day). \(name)") == "am \(stem)en \(name)")
      #expect(normalizer.normalize("seit dem \(day). \(name)") == "seit dem \(stem)en \(name)")
      #expect(normalizer.normalize("bis zum \(day). \(name)") == "bis zum \(stem)en \(name)")
      #expect(normalizer.normalize("Der \(day). \(name) ist ein Feiertag.") == "Der \(stem)e \(name) ist ein Feiertag.")
      #expect(normalizer.normalize("über den \(day). \(name)") == "über den \(stem)en \(name)")
      #expect(normalizer.normalize("des \(day). \(name)s") == "des \(stem)en \(name)s")
      #expect(normalizer.normalize("ab \(day). \(name)") == "ab \(stem)em \(name)")
      // At the start of a sentence the ordinal is capitalized like any first word.
      #expect(normalizer.normalize("\(day). \(name)") == "\(stem.capitalizedFirst)er \(name)")
    }
  }

  private func grouped(_ value: Int) -> String {
    let digits = String(value)
    var result = ""
    for (offset, character) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { result += "." }
      result.append(character)
    }
    return result
  }

  private func next(_ date: (year: Int, month: Int, day: Int)) -> (year: Int, month: Int, day: Int) {
    if CalendarCheck.isValid(year: date.year, month: date.month, day: date.day + 1) {
      return (date.year, date.month, date.day + 1)
    }
    return date.month == 12 ? (date.year + 1, 1, 1) : (date.year, date.month + 1, 1)
  }
}

/// Ordinal stems written out by hand (index = day), independent of ICU.
enum OrdinalTable {
  static let stems = [
    "", "erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt", "elft", "zwölft",
    "dreizehnt", "vierzehnt", "fünfzehnt", "sechzehnt", "siebzehnt", "achtzehnt", "neunzehnt", "zwanzigst",
    "einundzwanzigst", "zweiundzwanzigst", "dreiundzwanzigst", "vierundzwanzigst", "fünfundzwanzigst",
    "sechsundzwanzigst", "siebenundzwanzigst", "achtundzwanzigst", "neunundzwanzigst", "dreißigst", "einunddreißigst",
  ]
}
