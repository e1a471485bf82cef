import Foundation
import GermanNormalizer

/// A fingerprint of how text is read: the normalizer's data files, its settings and the pronunciation
/// lexicons. Part of a batch's source fingerprint, so that editing a lexicon re-reads every item.
public enum ReadingIdentity {
  /// The fingerprint for a normalizer with `genderForms` and the lexicons in `lexiconFiles`.
  public static func make(genderForms: GenderForms, lexiconFiles: [String]) -> String {
    var digest = SHA256Digest()
    digest.add(genderForms.rawValue)
    for file in GermanNormalizer.dataFiles.map(\.path) + lexiconFiles {
      digest.add(file)
      digest.add((try? String(contentsOfFile: file, encoding: .utf8)) ?? "")
    }
    return digest.finish()
  }
}
