import Foundation

/// Reads the Articles module's data files (web-page leftovers, HTML page rules).
enum ArticlesResource {
  /// The text of resource `name`; a missing resource is a packaging error.
  static func text(_ name: String) -> String {
    guard let url = Bundle.module.url(forResource: name, withExtension: nil),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { preconditionFailure("\(name) is missing from the Articles resources") }
    return text
  }
}
