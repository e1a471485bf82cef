/// Walks an HTML tree and cuts its text into headline, headings and paragraphs, skipping furniture.
struct HTMLBlockReader {
  /// One piece of the page in reading order.
  enum Block: Equatable {
    case headline(String)
    /// The Dachzeile above (or inside) the headline.
    case kicker(String)
    case heading(String)
    case paragraph(String)
    /// A `<time datetime>` value.
    case published(String)

    var isHeadline: Bool {
      if case .headline = self { true } else { false }
    }

    /// Whether the block may stand before the headline (a date, a kicker); all else there is furniture.
    var belongsToTitle: Bool {
      switch self {
      case .published, .kicker: true
      default: false
      }
    }
  }

  /// Elements that end the text before them and start a new block.
  private static let blockElements: Set<String> = [
    "p", "div", "section", "article", "main", "header", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "h4", "h5", "h6", "hr", "address", "center", "body",
    "html", "details", "summary", "caption",
  ]

  private let rules: HTMLPageRules
  private(set) var blocks: [Block] = []
  private var pending = ""

  init(rules: HTMLPageRules) {
    self.rules = rules
  }

  /// Reads everything below `node`.
  mutating func read(_ node: HTMLPage.Node) {
    walk(node)
    finishParagraphs()
  }

  private mutating func walk(_ node: HTMLPage.Node) {
    for child in HTMLPage.children(node) {
      if let text = HTMLPage.text(child) {
        pending += text
        continue
      }
      guard let name = HTMLPage.elementName(child), !isFurniture(child, name: name) else { continue }
      if isKicker(child) {
        // Read on its own, also out of the middle of an h1.
        let before = pending
        pending = ""
        walk(child)
        let kicker = HTMLText.paragraphs(pending).joined(separator: " ")
        pending = before
        if !kicker.isEmpty { blocks.append(.kicker(kicker)) }
        continue
      }
      switch name {
      case "br":
        pending.append(HTMLText.lineBreak)
      case "h1", "h2", "h3":
        finishParagraphs()
        walk(child)
        let heading = HTMLText.paragraphs(pending).joined(separator: " ")
        pending = ""
        if !heading.isEmpty { blocks.append(name == "h1" ? .headline(heading) : .heading(heading)) }
      case "time":
        if let stamp = HTMLPage.attribute(child, "datetime") { blocks.append(.published(stamp)) }
        walk(child)
      case _ where Self.blockElements.contains(name):
        finishParagraphs()
        walk(child)
        finishParagraphs()
      default:
        walk(child)
      }
    }
  }

  private mutating func finishParagraphs() {
    blocks.append(contentsOf: HTMLText.paragraphs(pending).map(Block.paragraph))
    pending = ""
  }

  private func isKicker(_ node: HTMLPage.Node) -> Bool {
    ["class", "id"].contains { HTMLPage.attribute(node, $0).map(rules.isKicker) ?? false }
  }

  private func isFurniture(_ node: HTMLPage.Node, name: String) -> Bool {
    if rules.droppedTags.contains(name) { return true }
    if HTMLPage.attribute(node, "hidden") != nil || HTMLPage.attribute(node, "aria-hidden") == "true" { return true }
    for attribute in ["class", "id", "role"] {
      if let value = HTMLPage.attribute(node, attribute), rules.isFurniture(classOrID: value) { return true }
    }
    return false
  }
}
