/// Reads an article named on the command line — a plain-text or HTML file, or standard input — telling
/// HTML from plain text by its content.
public struct ArticleReader: Sendable {
  /// The parser of HTML pages and fragments (feed items' content too).
  public let html: HTMLArticleParser
  private let plainText: PlainTextArticleParser

  /// A reader with the shipped page rules and web-page leftovers.
  public init(html: HTMLArticleParser = .init(), plainText: PlainTextArticleParser = .init()) {
    self.html = html
    self.plainText = plainText
  }

  /// How messages name the input at `path`: the path, or `<stdin>` for `-`.
  public static func source(of path: String) -> String { path == "-" ? "<stdin>" : path }

  /// The article in the file at `path`, or on standard input for `-`.
  public func read(from path: String) throws(ArticleError) -> Article {
    try parse(ArticleText.read(from: path), source: Self.source(of: path))
  }

  /// The article in `text`; `source` names it in errors.
  public func parse(_ text: String, source: String) throws(ArticleError) -> Article {
    HTMLArticleParser.looksLikeHTML(text)
      ? try html.parse(text, source: source) : try plainText.parse(text, source: source)
  }
}
