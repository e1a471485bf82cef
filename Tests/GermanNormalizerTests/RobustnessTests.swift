import Foundation
import Testing

@testable import GermanNormalizer

@Suite("Robustness, alignment and explanations")
struct RobustnessTests {
  let normalizer = GermanNormalizer()

  static let hostile: [String] = [
    String(repeating: "9", count: 40),
    "Die Zahl " + String(repeating: "1234567890", count: 4) + " ist groß.",
    String(repeating: ".", count: 10_000),
    String(repeating: "1.", count: 5_000),
    String(repeating: "12.", count: 3_000) + "2025",
    "%", "€", "$", "§", "§§", "‰", "½", "−", "-", "+", "1/", "/2", ":", "1:", ":1", "1,", ",5", "1.", ".1",
    "31.02.2025", "32.13.2025", "00.00.0000", "29.02.2025", "24:61 Uhr", "99:99 Uhr",
    "Москва 2024 и 15 %", "東京で 3 人", "٣ أيام", "२०२४", "Ⅻ", "①②", "𝟙𝟚",
    "\u{0}\u{1}\u{7}1\u{1B}[31m2\u{7F}3", "\t\n\r 4\u{0B}5\u{0C}",
    "1\u{00AD}000", "1\u{200B}2", "3\u{2009}500\u{2009}000", "-0", "−0,0", "0,", "1.000,", "1.000.",
    String(repeating: "-", count: 5_000) + "5",
    String(repeating: "1:", count: 2_000),
    String(repeating: "§ 1 Abs. ", count: 500),
    String(repeating: "XIV. ", count: 500),
    "+49 " + String(repeating: "1 ", count: 3_000),
    // Issue 14: web-address labels of numerals worth 10 or more crashed (SIGILL); long runs without spaces
    // were quadratic (17 s and 11 s); numbers of 10^18 and more before "er" kept their digits.
    "万.de", "十.de", "ⅻ.de", "www.万十.de", "Siehe ⅻ.de und 万.com.",
    String(repeating: "1-", count: 20_000), String(repeating: "a.", count: 20_000),
    String(repeating: "1.", count: 20_000), String(repeating: "a-", count: 20_000),
    "10000000000000000000er", "die 123456789012345678901er Jahre", "1000000000000000000er-Pack",
  ]

  @Test("hostile inputs neither crash nor hang, and no digit is left", arguments: hostile)
  func hostileInput(text: String) {
    let start = Date()
    let spoken = normalizer.normalize(text)
    #expect(!spoken.contains { $0.isASCII && $0.isNumber }, "\(spoken.prefix(80))")
    #expect(Date().timeIntervalSince(start) < 5)
  }

  @Test("random strings of digits, separators, symbols and words: no crash, no digit left")
  func randomStrings() {
    var generator = SeededGenerator(seed: 20_251_125)
    let pieces = [
      "0", "1", "2", "3", "7", "9", "12", "2025", "1.000", ".", ",", ":", "/", "-", "–", "−", "+", "%", "‰", "€", "$",
      "°C", "km", "km/h", "m²", "Uhr", "Mio.", "Mrd.", "§", "Abs.", "Art.", "am", "der", "den", "im", "zum", "ein",
      "Platz",
      "Mal", "März", "XIV", "II", "Teil", "wurde", " ", " ", " ", "\n", "„", "“", "½", "Ludwig", "GG", "er", "Jahre",
    ]
    for _ in 0..<20_000 {
      let length = Int.random(in: 1...12, using: &generator)
      let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
      let spoken = normalizer.normalize(text)
      #expect(!spoken.contains { $0.isASCII && $0.isNumber }, "\(text) → \(spoken)")
    }
  }

  @Test("the alignment maps every changed piece back to its written form")
  func alignment() {
    let text = "Am 09.02.2025 kostete es 3,50 € bei 20 %."
    let result = normalizer.normalizeDetailed(text)
    let input = Array(text)
    let output = Array(result.spoken)
    func source(of spoken: String) -> String? {
      guard
        let start = result.spoken.range(of: spoken).map({
          result.spoken.distance(from: result.spoken.startIndex, to: $0.lowerBound)
        }),
        let span = result.alignment.first(where: { $0.output.lowerBound == start })
      else { return nil }
      #expect(String(output[span.output]) == spoken)
      return String(input[span.input])
    }
    #expect(source(of: "neunten Februar zweitausendfünfundzwanzig") == "09.02.2025")
    #expect(source(of: "drei Euro fünfzig") == "3,50 €")
    #expect(source(of: "zwanzig Prozent") == "20 %")
    #expect(source(of: "kostete") == "kostete")
    #expect(
      zip(result.alignment, result.alignment.dropFirst()).allSatisfy { $0.output.upperBound <= $1.output.lowerBound })
  }

  @Test("explanations name the class and the rule for each changed form")
  func explanations() {
    let result = normalizer.normalizeDetailed("Der 3. Platz ging am 1.4. um 7:30 Uhr an Schalke 04.")
    #expect(result.explanations.map(\.semioticClass) == ["ordinal", "date", "time", "cardinal"])
    #expect(result.explanations[0].written == "3.")
    #expect(result.explanations[0].spoken == "dritte")
    #expect(result.explanations[0].rule.contains("Platz"))
    #expect(result.explanations[3].rule == "leading zero")
  }

  @Test("plain sentences come out unchanged")
  func unchanged() {
    for sentence in [
      "Die Koalition streitet über den Haushalt.", "Wer zahlt? Niemand weiß es.", "Kim Jong Un reiste nach Moskau.",
    ] {
      #expect(normalizer.normalize(sentence) == sentence)
      #expect(normalizer.normalizeDetailed(sentence).explanations.isEmpty)
    }
  }
}

/// A small deterministic random generator, so that a failure can be repeated.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
