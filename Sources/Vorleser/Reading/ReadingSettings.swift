import Articles
import GermanNormalizer

/// The choices that decide what of a page is read and how: the publisher's page rules, tables, inclusive
/// forms and the publisher's own lexicons.
public struct ReadingSettings: Codable, Sendable, Equatable {
  /// How inclusive forms are read.
  public var genderForms: GenderForms
  /// Pronunciation lexicon files added to the shipped one, in order (later ones win).
  public var lexicons: [String]
  /// Page-rule files (`html-page-rules.txt`'s format) added to the shipped rules.
  public var pageRules: [String]
  /// How tables are read.
  public var tables: TableReading

  /// Settings from their parts; the defaults read as the spec says.
  public init(
    genderForms: GenderForms = .pause, lexicons: [String] = [], pageRules: [String] = [],
    tables: TableReading = .automatic
  ) {
    self.genderForms = genderForms
    self.lexicons = lexicons
    self.pageRules = pageRules
    self.tables = tables
  }
}
