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

  /// What the walk does next: enter a node, or finish an element whose children were read.
  private enum Step {
    case enter(HTMLPage.Node)
    case endKicker(savedText: String)
    case endHeading(headline: Bool)
    case endBlock
  }

  /// Reads the children of `node` in document order, with an explicit stack instead of recursion: pages
  /// may nest elements thousands deep.
  private mutating func walk(_ node: HTMLPage.Node) {
    var stack: [Step] = HTMLPage.children(node).reversed().map(Step.enter)
    func push(childrenOf element: HTMLPage.Node, then end: Step?) {
      if let end { stack.append(end) }
      stack.append(contentsOf: HTMLPage.children(element).reversed().map(Step.enter))
    }
    while let step = stack.popLast() {
      switch step {
      case .endKicker(let saved):
        let kicker = HTMLText.paragraphs(pending).joined(separator: " ")
        pending = saved
        if !kicker.isEmpty { blocks.append(.kicker(kicker)) }
      case .endHeading(let headline):
        let heading = HTMLText.paragraphs(pending).joined(separator: " ")
        pending = ""
        if !heading.isEmpty { blocks.append(headline ? .headline(heading) : .heading(heading)) }
      case .endBlock:
        finishParagraphs()
      case .enter(let child):
        if let text = HTMLPage.text(child) {
          pending += text
          continue
        }
        guard let name = HTMLPage.elementName(child), !isFurniture(child, name: name) else { continue }
        if isKicker(child) {
          // Read on its own, also out of the middle of an h1.
          let saved = pending
          pending = ""
          push(childrenOf: child, then: .endKicker(savedText: saved))
          continue
        }
        switch name {
        case "br":
          pending.append(HTMLText.lineBreak)
        case "h1", "h2", "h3":
          finishParagraphs()
          push(childrenOf: child, then: .endHeading(headline: name == "h1"))
        case "time":
          if let stamp = HTMLPage.attribute(child, "datetime") { blocks.append(.published(stamp)) }
          push(childrenOf: child, then: nil)
        case _ where Self.blockElements.contains(name):
          finishParagraphs()
          push(childrenOf: child, then: .endBlock)
        default:
          push(childrenOf: child, then: nil)
        }
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
