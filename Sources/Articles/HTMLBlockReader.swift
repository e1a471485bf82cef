/// Walks an HTML tree and cuts its text into headline, headings and paragraphs, skipping furniture.
struct HTMLBlockReader {
  /// One piece of the page in reading order.
  enum Block: Equatable {
    case headline(String)
    case heading(String)
    case paragraph(String)
    /// A `<time datetime>` value.
    case published(String)

    var isHeadline: Bool {
      if case .headline = self { true } else { false }
    }

    var isPublished: Bool {
      if case .published = self { true } else { false }
    }
  }

  /// Elements that end the text before them and start a new block.
  private static let blockElements: Set<String> = [
    "p", "div", "section", "article", "main", "header", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "h4", "h5", "h6", "hr", "address", "center", "body",
    "html", "details", "summary", "caption",
  ]

  private let boilerplate: HTMLBoilerplate
  private(set) var blocks: [Block] = []
  private var pending = ""

  init(boilerplate: HTMLBoilerplate) {
    self.boilerplate = boilerplate
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

  private func isFurniture(_ node: HTMLPage.Node, name: String) -> Bool {
    if boilerplate.tags.contains(name) { return true }
    if HTMLPage.attribute(node, "hidden") != nil || HTMLPage.attribute(node, "aria-hidden") == "true" { return true }
    for attribute in ["class", "id", "role"] {
      if let value = HTMLPage.attribute(node, attribute), boilerplate.isFurniture(classOrID: value) { return true }
    }
    return false
  }
}
