import GermanNormalizer

/// The choices that decide how text is read: inclusive forms and the publisher's own lexicons.
public struct ReadingSettings: Codable, Sendable, Equatable {
  /// How inclusive forms are read.
  public var genderForms: GenderForms
  /// Pronunciation lexicon files added to the shipped one, in order (later ones win).
  public var lexicons: [String]

  /// Settings from their parts; the defaults read as the spec says.
  public init(genderForms: GenderForms = .pause, lexicons: [String] = []) {
    self.genderForms = genderForms
    self.lexicons = lexicons
  }
}
