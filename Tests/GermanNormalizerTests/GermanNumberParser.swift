/// An independent reader of German number words, written for the tests only: it parses what the
/// normalizer says back into a number, so that every integer can be checked without trusting ICU.
enum GermanNumberParser {
  private static let units: [(String, Int)] = [
    ("null", 0), ("eins", 1), ("ein", 1), ("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("sechs", 6),
    ("sieben", 7),
    ("acht", 8), ("neun", 9), ("zehn", 10), ("elf", 11), ("zwölf", 12), ("dreizehn", 13), ("vierzehn", 14),
    ("fünfzehn", 15), ("sechzehn", 16), ("siebzehn", 17), ("achtzehn", 18), ("neunzehn", 19),
  ]
  private static let tens: [(String, Int)] = [
    ("zwanzig", 20), ("dreißig", 30), ("vierzig", 40), ("fünfzig", 50), ("sechzig", 60), ("siebzig", 70),
    ("achtzig", 80), ("neunzig", 90),
  ]

  /// The value of `words` ("dreiundzwanzigtausendeins"), or nil when they are not a German number below a million.
  static func parse(_ words: String) -> Int? {
    if words.isEmpty { return nil }
    if let range = words.range(of: "tausend") {
      let before = String(words[..<range.lowerBound])
      let after = String(words[range.upperBound...])
      let thousands = before.isEmpty || before == "ein" ? 1 : belowThousand(before)
      guard let thousands, thousands > 0 else { return nil }
      if after.isEmpty { return thousands * 1000 }
      guard let rest = belowThousand(after), rest > 0 else { return nil }
      return thousands * 1000 + rest
    }
    return belowThousand(words)
  }

  private static func belowThousand(_ words: String) -> Int? {
    if let range = words.range(of: "hundert") {
      let before = String(words[..<range.lowerBound])
      let after = String(words[range.upperBound...])
      let hundreds = before.isEmpty || before == "ein" ? 1 : belowHundred(before)
      guard let hundreds, (1...9).contains(hundreds) else { return nil }
      if after.isEmpty { return hundreds * 100 }
      guard let rest = belowHundred(after), rest > 0 else { return nil }
      return hundreds * 100 + rest
    }
    return belowHundred(words)
  }

  private static func belowHundred(_ words: String) -> Int? {
    if let unit = units.first(where: { $0.0 == words }) { return unit.1 }
    if let ten = tens.first(where: { $0.0 == words }) { return ten.1 }
    for (tenWord, ten) in tens where words.hasSuffix("und" + tenWord) {
      let unitWord = String(words.dropLast(tenWord.count + 3))
      guard let unit = units.first(where: { $0.0 == unitWord && $0.0 != "eins" }), (1...9).contains(unit.1) else {
        return nil
      }
      return ten + unit.1
    }
    return nil
  }
}
