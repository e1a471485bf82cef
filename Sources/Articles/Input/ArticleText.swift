import Foundation

/// Reads an article's raw text from a file or from standard input (`-`).
public enum ArticleText {
  /// The text at `path`, or standard input when `path` is `-`. UTF-8 is expected; Windows-1252 text
  /// (old German web exports) is accepted too.
  public static func read(from path: String) throws(ArticleError) -> String {
    let source = path == "-" ? "<stdin>" : path
    let data: Data
    do {
      data = try InputBytes.read(path)
    } catch {
      throw .unreadable(source: source, reason: error.reason)
    }
    return try decode(data, source: source)
  }

  /// `data` decoded as UTF-8 (stray bytes as U+FFFD) or, when it is not mostly UTF-8, Windows-1252;
  /// binary content (NUL bytes) is rejected.
  public static func decode(_ data: Data, source: String) throws(ArticleError) -> String {
    guard !data.contains(0), let text = TextDecoding.text(data) else { throw .notText(source: source) }
    return text
  }
}
