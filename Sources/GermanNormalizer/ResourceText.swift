import Foundation

/// Reads the normalizer's data files (lexicons) from the module's resources.
enum ResourceText {
  /// The text of resource `name`.`type`; a missing resource is a packaging error.
  static func load(_ name: String, _ type: String) -> String {
    guard let url = Bundle.module.url(forResource: name, withExtension: type),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { preconditionFailure("\(name).\(type) is missing from the GermanNormalizer resources") }
    return text
  }
}

extension GermanNormalizer {
  /// The normalizer's own data files (lexicons of abbreviations, units, nouns, …), for fingerprints of
  /// how text is read.
  public static var dataFiles: [URL] {
    let folder = Bundle.module.resourceURL ?? Bundle.module.bundleURL
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".tsv") || $0.hasSuffix(".txt") }.sorted().map {
      folder.appendingPathComponent($0)
    }
  }
}
