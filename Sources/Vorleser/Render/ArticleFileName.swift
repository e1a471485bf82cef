import Articles
import AudioFile
import Foundation

/// The file name an article's audio gets: publication date and an ASCII slug of the headline, with the
/// format's extension, e.g. `2025-02-09-kim-verspricht-putin-militaerische-unterstuetzung.mp3`.
public enum ArticleFileName {
  /// The longest slug kept, in characters; longer ones are cut at a word boundary.
  public static let slugLimit = 80

  /// The file name for `article` in `format`.
  public static func make(for article: Article, format: AudioFormat) -> String {
    format.fileName(stem(for: article))
  }

  /// Names Windows reserves for devices: a file called `con.mp3` cannot be copied to a Windows share.
  static let reservedNames = Set(["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })

  /// The file name for `article` without an extension: date and slug.
  public static func stem(for article: Article) -> String {
    let words = article.headline ?? article.kicker ?? article.lead ?? article.paragraphs.first ?? ""
    var slug = slug(words)
    if slug.isEmpty { slug = "artikel" }
    if reservedNames.contains(slug) { slug += "-artikel" }
    guard let dateline = article.dateline else { return slug }
    return String(format: "%04d-%02d-%02d-", dateline.year, dateline.month, dateline.day) + slug
  }

  /// Lower-case ASCII letters and digits joined by single hyphens; umlauts become ae, oe, ue, ß ss.
  public static func slug(_ text: String) -> String {
    let german = text.replacingOccurrences(of: "ß", with: "ss").replacingOccurrences(of: "ẞ", with: "SS")
      .replacingOccurrences(of: "ä", with: "ae").replacingOccurrences(of: "ö", with: "oe")
      .replacingOccurrences(of: "ü", with: "ue").replacingOccurrences(of: "Ä", with: "Ae")
      .replacingOccurrences(of: "Ö", with: "Oe").replacingOccurrences(of: "Ü", with: "Ue")
    let ascii = german.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
    var slug = ""
    for scalar in ascii.unicodeScalars {
      if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
        slug.unicodeScalars.append(scalar)
      } else if !slug.isEmpty, !slug.hasSuffix("-") {
        slug.append("-")
      }
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    guard slug.count > slugLimit else { return slug }
    let cut = slug.prefix(slugLimit + 1)
    if let boundary = cut.lastIndex(of: "-") { return String(cut[..<boundary]) }
    return String(cut.dropLast())
  }
}
