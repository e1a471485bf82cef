import Foundation

/// Reads an HTML article — a whole web page or the HTML content of a feed item — into an `Article`.
///
/// `h1` is the headline, `h2` and `h3` start sections, `p`, `li`, `blockquote` and loose text are
/// paragraphs. Page furniture (scripts, navigation, figures, share buttons, credits) and web-page
/// leftover phrases are dropped; the page's `<meta>` tags fill in the title, author, date and link.
public struct HTMLArticleParser: Sendable {
  private let leftovers: WebLeftovers
  private let rules: HTMLPageRules
  private let datelines = DatelineParser()

  /// A parser reading pages by `rules` and dropping `leftovers` phrases.
  public init(leftovers: WebLeftovers = .standard, rules: HTMLPageRules = .standard) {
    self.leftovers = leftovers
    self.rules = rules
  }

  /// Whether `text` looks like HTML rather than plain text.
  public static func looksLikeHTML(_ text: String) -> Bool {
    let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }.prefix(512).lowercased()
    if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") { return true }
    return start.hasPrefix("<")
      && text.range(
        of: #"</(p|div|h[1-6]|li|span|a|br|article|body)>"#,
        options: [.regularExpression, .caseInsensitive]) != nil
  }

  /// The text of an HTML fragment ("Merz &amp; <b>Co</b>" → "Merz & Co"), white space collapsed.
  public static func plainText(_ html: String) -> String {
    guard html.contains("<") || html.contains("&"), let page = HTMLPage(html), let root = page.root else {
      return html
    }
    return withExtendedLifetime(page) { HTMLPage.plainText(root) }
  }

  /// The article in `html`; `source` names the input in error messages. A `headline` known from
  /// elsewhere (a feed item's title, as plain text) makes the first paragraph the lead and drops an `h1`
  /// repeating it.
  public func parse(_ html: String, source: String, headline: String? = nil) throws(ArticleError) -> Article {
    guard html.contains(where: { !$0.isWhitespace }) else { throw .empty(source: source) }
    guard let page = HTMLPage(html), let root = page.root else {
      throw .unreadable(source: source, reason: "not readable as HTML")
    }
    // The nodes below belong to the page's libxml2 tree, which lives as long as the page.
    defer { withExtendedLifetime(page) {} }
    var reader = HTMLBlockReader(rules: rules)
    reader.read(Self.contentRoot(in: root))
    var blocks = reader.blocks
    // What stands before the headline is page furniture (site name, breadcrumbs, banners), bar the date
    // and the kicker.
    if let first = blocks.firstIndex(where: \.isHeadline) {
      blocks = blocks[..<first].filter(\.belongsToTitle) + blocks[first...]
    }
    var article = Article(headline: headline)
    var body: [BodyBlocks.Block] = []
    for block in blocks {
      switch block {
      case .headline(let text) where body.isEmpty && (article.headline == nil || text == article.headline):
        article.headline = text
      case .headline(let text), .heading(let text):
        if !leftovers.matches(text) { body.append(.heading(text)) }
      case .kicker(let text) where article.kicker == nil && body.isEmpty:
        article.kicker = text
      case .kicker(let text):
        body.append(.paragraph(text))
      case .published(let stamp):
        if article.dateline == nil, body.isEmpty { article.dateline = PublicationDate.parse(stamp) }
      case .paragraph(let text):
        guard !leftovers.matches(text), text.unicodeScalars.contains(where: CharacterSet.alphanumerics.contains)
        else { continue }
        if body.isEmpty, article.lead == nil {
          if let dateline = datelines.parse(text) {
            article.dateline = article.dateline ?? dateline
            continue
          }
          if let author = Byline.author(in: text) {
            article.author = article.author ?? author
            continue
          }
        }
        body.append(.paragraph(text))
      }
    }
    if article.headline == nil, let h1 = HTMLPage.descendants(root, named: "h1").first.map(HTMLPage.plainText),
      !h1.isEmpty
    {
      article.headline = h1
    }
    readMetadata(of: root, into: &article)
    guard article.headline != nil || !body.isEmpty else { throw .noReadableText(source: source) }
    BodyBlocks(blocks: body).assemble(into: &article)
    return article
  }

  /// The element holding the article: the `<article>` with the most paragraphs, else `<main>`, else `<body>`.
  private static func contentRoot(in root: HTMLPage.Node) -> HTMLPage.Node {
    let articles = HTMLPage.descendants(root, named: "article").map {
      (element: $0, paragraphs: HTMLPage.descendants($0, named: "p").count)
    }
    if let best = articles.max(by: { $0.paragraphs < $1.paragraphs }) { return best.element }
    return HTMLPage.descendants(root, named: "main").first ?? HTMLPage.descendants(root, named: "body").first
      ?? root
  }

  /// A page title without the site's name after it ("Preise steigen | Lokalblatt" → "Preise steigen").
  private static func withoutSiteName(_ title: String, siteName: String?) -> String {
    for separator in [" | ", " – ", " - ", " · "] {
      guard let range = title.range(of: separator, options: .backwards) else { continue }
      let after = title[range.upperBound...]
      if siteName.map({ after == $0 }) ?? (after.split(separator: " ").count <= 3) {
        return String(title[..<range.lowerBound])
      }
    }
    return title
  }

  /// Title, author, date, link and site name from the page's `<head>`, where the body gave none.
  private func readMetadata(of root: HTMLPage.Node, into article: inout Article) {
    var meta: [String: String] = [:]
    for element in HTMLPage.descendants(root, named: "meta") {
      guard let key = HTMLPage.attribute(element, "property") ?? HTMLPage.attribute(element, "name"),
        let value = HTMLPage.attribute(element, "content").map(HTMLText.collapsingWhiteSpace), !value.isEmpty
      else { continue }
      meta[key.lowercased()] = meta[key.lowercased()] ?? value
    }
    article.publisher = article.publisher ?? meta["og:site_name"]
    let title = HTMLPage.descendants(root, named: "title").first.map(HTMLPage.plainText).map {
      Self.withoutSiteName($0, siteName: article.publisher)
    }
    article.headline = article.headline ?? meta["og:title"] ?? title.flatMap { $0.isEmpty ? nil : $0 }
    article.author = article.author ?? meta["author"] ?? meta["article:author"]
    if article.dateline == nil, let published = meta["article:published_time"] ?? meta["date"] {
      article.dateline = PublicationDate.parse(published)
    }
    let canonical = HTMLPage.descendants(root, named: "link").first {
      HTMLPage.attribute($0, "rel")?.lowercased() == "canonical"
    }
    article.sourceURL = article.sourceURL ?? canonical.flatMap { HTMLPage.attribute($0, "href") } ?? meta["og:url"]
  }
}
