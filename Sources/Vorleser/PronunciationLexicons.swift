import Foundation
import GermanNormalizer

/// Loads the shipped pronunciation lexicon (`voices/lexicon/de.tsv`) and a publisher's own lexicon files.
public enum PronunciationLexicons {
  /// The shipped lexicon from the first of `voiceFolders` that has one, with `extraFiles` added in order
  /// (later files override earlier entries).
  public static func load(extraFiles: [String], voiceFolders: [URL]) throws(LexiconError) -> PronunciationLexicon {
    var lexicon = PronunciationLexicon.empty
    for file in files(extraFiles: extraFiles, voiceFolders: voiceFolders) { lexicon = lexicon.merging(try read(file)) }
    return lexicon
  }

  /// The lexicon files `load` reads, in order: the shipped one, then `extraFiles`.
  public static func files(extraFiles: [String], voiceFolders: [URL]) -> [String] {
    let shipped = voiceFolders.map { $0.appendingPathComponent("lexicon/de.tsv") }
      .first { FileManager.default.fileExists(atPath: $0.path) }
    return (shipped.map { [$0.path] } ?? []) + extraFiles
  }

  private static func read(_ path: String) throws(LexiconError) -> PronunciationLexicon {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw LexiconError(file: path, line: 0, reason: "cannot read the lexicon (missing, or not UTF-8 text)")
    }
    return try PronunciationLexicon(parsing: text, file: path)
  }
}
