import Foundation

extension GermanNormalizer {
  /// The normalizer's own data files (lexicons of abbreviations, units, nouns, …), for fingerprints of
  /// how text is read and for the test that loads every shipped file.
  public static var dataFiles: [URL] {
    let folder = Bundle.module.resourceURL ?? Bundle.module.bundleURL
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".tsv") || $0.hasSuffix(".txt") }.sorted().map {
      folder.appendingPathComponent($0)
    }
  }
}
