import Articles
import DataTables
import Foundation
import GermanNormalizer

/// How text is read, built once from `ReadingSettings`: the normalizer with its pronunciation lexicons,
/// and a fingerprint of exactly what it was built from — the normalizer's data files, its settings and
/// the bytes of every lexicon file, each read once, so the two can never disagree. The fingerprint is part
/// of a batch's source fingerprint: editing a lexicon re-reads every item.
public struct ReadingConfiguration: Sendable {
  /// The normalizer.
  public let normalizer: GermanNormalizer
  /// What reads articles: the HTML parser with the shipped page rules and the publisher's, and the
  /// plain-text parser.
  public let articles: ArticleReader
  /// The fingerprint of the reading.
  public let identity: String
  /// How many pronunciation entries the lexicons hold together.
  public let lexiconEntries: Int

  /// The reading `settings` describe, with the shipped lexicon from the first of `voiceFolders` that has one.
  public init(_ settings: ReadingSettings, voiceFolders: [URL]) throws(DataTableError) {
    var digest = SHA256Digest()
    digest.add(settings.genderForms.rawValue)
    for file in GermanNormalizer.dataFiles {
      digest.add(file.path)
      digest.add((try? String(contentsOf: file, encoding: .utf8)) ?? "")
    }
    var lexicon = PronunciationLexicon.empty
    for file in Self.lexiconFiles(settings.lexicons, voiceFolders: voiceFolders) {
      guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
        throw DataTableError(file: file, line: 0, reason: "cannot read the lexicon (missing, or not UTF-8 text)")
      }
      digest.add(file)
      digest.add(text)
      lexicon = lexicon.merging(try PronunciationLexicon(parsing: text, file: file))
    }
    normalizer = GermanNormalizer(genderForms: settings.genderForms, pronunciations: lexicon)
    var rules = HTMLPageRules.standard
    for file in settings.pageRules {
      guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
        throw DataTableError(file: file, line: 0, reason: "cannot read the page rules (missing, or not UTF-8 text)")
      }
      digest.add(file)
      digest.add(text)
      rules = rules.adding(try HTMLPageRules(table: DataTable(text: text, file: file, columns: 2...2)))
    }
    digest.add(settings.tables.rawValue)
    articles = ArticleReader(html: HTMLArticleParser(rules: rules, tables: settings.tables))
    identity = digest.finish()
    lexiconEntries = lexicon.count
  }

  /// The lexicon files read, in order: the shipped `lexicon/de.tsv` of the first voices folder that has
  /// one, then `extraFiles`.
  static func lexiconFiles(_ extraFiles: [String], voiceFolders: [URL]) -> [String] {
    let shipped = voiceFolders.map { $0.appendingPathComponent("lexicon/de.tsv") }
      .first { FileManager.default.fileExists(atPath: $0.path) }
    return (shipped.map { [$0.path] } ?? []) + extraFiles
  }
}
