import Foundation

/// Reads an HTML article — a whole web page or the HTML content of a feed item — into an `Article`.
///
/// The metadata comes from JSON-LD, OpenGraph and `article:*` meta tags, `<time>` and the visible byline
/// (`PageMetadata`); the body is found by scoring blocks as Readability does (`ContentScore`), and read
/// from the headline on (`PageRegion`, `HTMLBlockReader`): `h1` is the headline, `h2` and `h3` start
/// sections, paragraphs, list items, quotes and table rows are read. Page furniture — by tag, role, class
/// and id (`HTMLPageRules`), by link density, by pattern (`PageFurniture`, `WebLeftovers`), bylines and meta
/// lines (`MetaLine`), agency credits (`AgencyCredits`) — is dropped.
public struct HTMLArticleParser: Sendable {
  private let leftovers: WebLeftovers
  private let furniture: PageFurniture
  private let agencies: AgencyCredits
  private let rules: HTMLPageRules
  private let tables: TableReading
  private let datelines = DatelineParser()

  /// A parser reading pages by `rules` (the shipped ones, with a publisher's added), reading tables as
  /// `tables` says, dropping `leftovers` phrases.
  public init(
    leftovers: WebLeftovers = .standard, rules: HTMLPageRules = .standard, tables: TableReading = .automatic,
    furniture: PageFurniture = .standard, agencies: AgencyCredits = .standard
  ) {
    self.leftovers = leftovers
    self.rules = rules
    self.tables = tables
    self.furniture = furniture
    self.agencies = agencies
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
    let metadata = PageMetadata(root)
    let filter = FurnitureFilter(rules: rules)
    let statistics = NodeStatistics(root, filter: filter)
    let region = PageRegion(page: root, statistics: statistics, filter: filter, metadataHeadline: metadata.headline)
    var reader = HTMLBlockReader(
      filter: filter, furniture: furniture, statistics: statistics, tableReading: tables, language: metadata.language)
    reader.read(region)
    var article = Article(headline: headline)
    article.foreignPassages = reader.foreignPassages
    var visible = MetaLine()
    let body = assemble(reader.blocks, into: &article, visible: &visible)
    article.headline = article.headline ?? metadata.headline ?? metadata.title
    article.dateline = metadata.published ?? article.dateline ?? visible.dateline
    article.modified = metadata.modified
    article.authors = metadata.authors.isEmpty ? visible.authors : metadata.authors
    article.publisher = metadata.publisher
    article.sourceURL = metadata.url
    article.imageURL = metadata.image
    guard article.headline != nil || !body.isEmpty else { throw .noReadableText(source: source) }
    BodyBlocks(blocks: body).assemble(into: &article)
    return article
  }

  /// Sorts the blocks into the article's title block and body, leaving out furniture; what meta lines
  /// and bylines say goes into `visible`.
  private func assemble(
    _ blocks: [HTMLBlockReader.Block], into article: inout Article, visible: inout MetaLine
  ) -> [BodyBlocks.Block] {
    var blocks = blocks
    // What stands before the headline is page furniture (site name, breadcrumbs, banners), bar the date,
    // the kicker and the byline.
    if let first = blocks.firstIndex(where: \.isHeadline) {
      blocks = blocks[..<first].filter(\.belongsToTitle) + blocks[first...]
    }
    var body: [BodyBlocks.Block] = []
    for block in blocks {
      switch block {
      case .headline(let text) where body.isEmpty && (article.headline == nil || text == article.headline):
        article.headline = text
      case .headline(let text):
        if !isFurniture(text) { body.append(.heading(text)) }
      case .heading(let text, let zone):
        if zone == .body, !isFurniture(text) { body.append(.heading(text)) }
      case .kicker(let text) where article.kicker == nil && body.isEmpty:
        article.kicker = text
      case .kicker(let text):
        body.append(.paragraph(text))
      case .published(let stamp):
        if article.dateline == nil, body.isEmpty { article.dateline = PublicationDate.parse(stamp) }
      case .furniture(let text):
        if body.isEmpty { note(text, in: &visible) }
      case .paragraph(let paragraph):
        let text = paragraph.text
        guard text.unicodeScalars.contains(where: CharacterSet.alphanumerics.contains), !isFurniture(text) else {
          continue
        }
        if note(text, in: &visible) { continue }
        switch paragraph.zone {
        case .beforeHeadline:
          continue
        case .titleBlock:
          // Between headline and body stand the lead (marked as one, or a paragraph of real sentences) and
          // summary lists ("Das Wichtigste in Kürze"); all else there is furniture.
          let isLead =
            paragraph.isMarkedLead || (paragraph.isParagraphElement && text.count >= 100 && Self.endsSentence(text))
          if isLead, article.lead == nil, body.isEmpty {
            article.lead = agencies.strippingTag(text)
          } else if paragraph.isListItem || isLead {
            body.append(.paragraph(text))
          }
        case .body:
          let cleaned = body.isEmpty ? agencies.strippingTag(text) : text
          if paragraph.isMarkedLead, article.lead == nil, body.isEmpty {
            article.lead = cleaned
          } else {
            body.append(.paragraph(cleaned))
          }
        }
      }
    }
    return body
  }

  /// Whether `text` is page furniture by phrase or pattern, or an agency credit.
  private func isFurniture(_ text: String) -> Bool {
    leftovers.matches(text) || furniture.matches(text) || agencies.isCredit(text)
  }

  /// Takes what a byline or meta line says into `visible`; false when `text` is no such line.
  @discardableResult
  private func note(_ text: String, in visible: inout MetaLine) -> Bool {
    guard let meta = MetaLine.parse(text, datelines: datelines) else { return false }
    if visible.authors.isEmpty { visible.authors = meta.authors }
    visible.dateline = visible.dateline ?? meta.dateline
    return true
  }

  private static func endsSentence(_ text: String) -> Bool {
    text.last.map { ".!?\u{201C}\u{201D}\"\u{00AB}\u{00BB}".contains($0) } ?? false
  }
}
