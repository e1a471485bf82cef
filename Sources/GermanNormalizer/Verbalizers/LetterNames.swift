/// German letter names for spelling: "a be ze de …"; C is "ze", X "iks", and F, J, L, M, N "eff", "jott", "ell",
/// "emm", "enn" (short vowel) so that espeak-ng reads them right.
enum LetterNames {
  private static let names: [Character: String] = [
    "A": "a", "B": "be", "C": "ze", "D": "de", "E": "e", "F": "eff", "G": "ge", "H": "ha", "I": "i", "J": "jott",
    "K": "ka", "L": "ell", "M": "emm", "N": "enn", "O": "o", "P": "pe", "Q": "ku", "R": "er", "S": "es", "T": "te",
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
