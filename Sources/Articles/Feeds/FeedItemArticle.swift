extension FeedItem {
  /// The article the item carries: its content read as HTML or text, with the item's title, date,
  /// authors and link, and the feed's title as publisher. `source` names the item in errors.
  public func article(
    publisher: String?, source: String, parser: HTMLArticleParser = .init()
  ) throws(ArticleError) -> Article {
    let headline = title.map(HTMLArticleParser.plainText)
    var article: Article
    switch content {
    case nil: throw .empty(source: source)
    case .html(let html): article = try parser.parse(html, source: source, headline: headline)
    case .text(let text):
      guard text.contains(where: { !$0.isWhitespace }) else { throw .empty(source: source) }
      article = Article(headline: headline)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      BodyBlocks(lines: lines).assemble(into: &article)
    }
    article.headline = headline ?? article.headline
    article.dateline = published ?? article.dateline
    if !authors.isEmpty { article.authors = authors }
    article.sourceURL = link ?? article.sourceURL
    article.publisher = publisher ?? article.publisher
    guard article.lead != nil || !article.paragraphs.isEmpty else { throw .noReadableText(source: source) }
    return article
  }
}
