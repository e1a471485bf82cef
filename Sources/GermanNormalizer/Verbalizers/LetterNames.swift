/// German letter names for spelling: "a be ze de …"; C is "ze" and X "iks" so that espeak-ng reads them right.
enum LetterNames {
  private static let names: [Character: String] = [
    "A": "a", "B": "be", "C": "ze", "D": "de", "E": "e", "F": "ef", "G": "ge", "H": "ha", "I": "i", "J": "jot",
    "K": "ka", "L": "el", "M": "em", "N": "en", "O": "o", "P": "pe", "Q": "ku", "R": "er", "S": "es", "T": "te",
    "U": "u", "V": "vau", "W": "we", "X": "iks", "Y": "ypsilon", "Z": "zett", "Ä": "ä", "Ö": "ö", "Ü": "ü",
  ]

  /// The name of `letter`, lower-case letters included.
  static func name(of letter: Character) -> String {
    // "ß".uppercased() is "SS": only single upper-case letters are looked up.
    let upper = letter.uppercased()
    guard upper.count == 1, let name = names[Character(upper)] else { return String(letter).lowercased() }
    return name
  }
}
