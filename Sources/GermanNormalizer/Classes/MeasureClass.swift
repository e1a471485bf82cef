/// Measures with units: "100 km" → "hundert Kilometer", "130 km/h" → "hundertdreißig Kilometer pro Stunde",
/// "3 kWh" → "drei Kilowattstunden", "nach 1 km" → "nach einem Kilometer", "2 t" → "zwei Tonnen".
struct MeasureClass: SemioticClass {
  let name = "measure"
  let priority = 140
  private static let extents: Set<String> = [
    "lang", "breit", "hoch", "tief", "weit", "entfernt", "dick", "groß", "schwer", "alt", "lange", "langen",
  ]

  let startKinds: Set<Token.Kind> = [.number]

  func isTriggered(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Bool {
    stream.isNumber(index)
  }

  func verbalize(_ stream: TokenStream, at index: Int, using lexicons: Lexicons) -> Verbalization? {
    guard let number = stream.number(at: index) else { return nil }
    let cursor = stream.skippingSpace(from: index + number.tokenCount)
    guard let (unit, length) = lexicons.units.unit(in: stream, at: cursor) else { return nil }
    var spoken: String
    if number.isInteger && number.integerValue == 1 {
      var agreement = Agreement.counted(stream, at: index, gender: unit.gender)
      // "1 km lang" measures an extent: accusative, "einen Kilometer lang".
      if let next = stream.word(after: cursor + length), Self.extents.contains(next.text), !agreement.isDecided {
        agreement.grammaticalCase = .accusative
      }
      spoken = agreement.indefiniteOne + " " + unit.singular
    } else {
      spoken = lexicons.numbers.decimal(number) + " " + unit.plural
    }
    var end = cursor + length
    // "5,8 l/100 km": per another unit.
    if let (per, perLength) = lexicons.units.perUnit(in: stream, at: end, lexicons.numbers) {
      spoken += " " + per
      end += perLength
    }
    // "2 Std. und": the abbreviation's dot is not a sentence end when the sentence goes on.
    if stream.isSymbol(end, "."), stream[end - 1]?.kind == .word,
      let next = stream.word(after: end + 1), next.text.first!.isLowercase
    {
      end += 1
    }
    return Verbalization(tokenCount: end - index, spoken: spoken, rule: "unit \(unit.symbol)")
  }
}
