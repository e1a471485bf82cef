/// Walks the article region of a page and cuts its text into headline, kicker, headings and paragraphs,
/// each with the zone it stands in; furniture (by the page rules and by link density) is skipped.
/// Lists are one paragraph an item ("Erstens, …" in short ordered lists), data tables a sentence a row.
struct HTMLBlockReader {
  /// One piece of the page in reading order.
  enum Block: Equatable {
    case headline(String)
    /// The Dachzeile above (or inside) the headline.
    case kicker(String)
    case heading(String, PageRegion.Zone)
    case paragraph(Paragraph)
    /// A `<time datetime>` value.
    case published(String)
    /// The text of furniture before the body (a byline, a meta line): read for the tags, never spoken.
    case furniture(String)

    var isHeadline: Bool {
      if case .headline = self { true } else { false }
    }

    /// Whether the block may stand before the headline (a date, a kicker, a byline).
    var belongsToTitle: Bool {
      switch self {
      case .published, .kicker, .furniture: true
      default: false
      }
    }
  }

  /// A paragraph and where it came from.
  struct Paragraph: Equatable {
    var text: String
    var zone: PageRegion.Zone
    /// Whether the page marks it as the lead (a `lead`, `teaser`, `intro` … class).
    var isMarkedLead = false
    /// Whether it is a `<p>` of its own (not loose text, a list item or a table row).
    var isParagraphElement = false
    /// Whether it is an item of a list.
    var isListItem = false
  }

  /// What holds while an element's content is read.
  private struct Context {
    var zone: PageRegion.Zone
    var isMarkedLead = false
    var isParagraphElement = false
    var isListItem = false
  }

  /// Elements that end the text before them and start a new block.
  private static let blockElements: Set<String> = [
    "p", "div", "section", "article", "main", "header", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "h4", "h5", "h6", "hr", "address", "center", "body",
    "html", "details", "summary", "caption",
  ]
  /// Elements that are furniture when most of their text is links (teaser boxes, link lists).
  private static let linkBoxElements: Set<String> = [
    "div", "section", "ul", "ol", "li", "p", "dl", "table", "h2", "h3", "h4", "blockquote", "header", "span",
  ]
  private static let ordinals = [
    "Erstens", "Zweitens", "Drittens", "Viertens", "Fünftens", "Sechstens", "Siebtens", "Achtens", "Neuntens",
    "Zehntens",
  ]

  private let filter: FurnitureFilter
  private let furniture: PageFurniture
  private let statistics: NodeStatistics
  private let tables: TableReader
  private let tableReading: TableReading
  private let language: String?
  private(set) var blocks: [Block] = []
  private(set) var foreignPassages: [ForeignPassage] = []
  private var pending = ""

  init(
    filter: FurnitureFilter, furniture: PageFurniture, statistics: NodeStatistics, tableReading: TableReading,
    language: String?
  ) {
    self.filter = filter
    self.furniture = furniture
    self.statistics = statistics
    self.tables = TableReader(labels: .standard)
    self.tableReading = tableReading
    self.language = language.map { String($0.prefix(2)) }
  }

  /// What the walk does next: enter a node, or finish an element whose children were read.
  private enum Step {
    case enter(HTMLPage.Node, Context)
    case endKicker(savedText: String)
    case endHeading(headline: Bool, Context)
    case endBlock(Context)
  }

  /// Reads the region, with an explicit stack instead of recursion: pages may nest elements thousands deep.
  mutating func read(_ region: PageRegion) {
    var stack: [Step] = [.enter(region.root, Context(zone: region.isBody(region.root) ? .body : .beforeHeadline))]
    var bodyStarted = region.isBody(region.root)
    var passedHeadline = false
    func push(childrenOf element: HTMLPage.Node, _ context: Context, then end: Step?) {
      if let end { stack.append(end) }
      stack.append(contentsOf: HTMLPage.children(element).reversed().map { .enter($0, context) })
    }
    while let step = stack.popLast() {
      switch step {
      case .endKicker(let saved):
        let kicker = HTMLText.paragraphs(pending).joined(separator: " ")
        pending = saved
        if !kicker.isEmpty { blocks.append(.kicker(kicker)) }
      case .endHeading(let headline, let context):
        let heading = HTMLText.paragraphs(pending).joined(separator: " ")
        pending = ""
        if headline { passedHeadline = true }
        if !heading.isEmpty { blocks.append(headline ? .headline(heading) : .heading(heading, context.zone)) }
      case .endBlock(let context):
        finishParagraphs(context)
      case .enter(let node, var context):
        if let text = HTMLPage.text(node) {
          pending += text
          continue
        }
        guard let name = HTMLPage.elementName(node) else { continue }
        if node != region.root {
          if region.isBody(node) {
            context.zone = .body
            bodyStarted = true
          } else if context.zone != .body {
            // Outside the body: on the way to it, before it (title block), or after it (dropped).
            if bodyStarted, !region.isOnPath(node) { continue }
            context.zone = passedHeadline ? .titleBlock : .beforeHeadline
          }
        }
        let kept = filter.isKept(node)
        if !kept, filter.isFurniture(node, name: name) {
          // A byline or meta line marked as such still tells the tags who wrote it and when.
          if !filter.rules.droppedTags.contains(name), statistics[node] == nil {
            let text = HTMLPage.plainText(node)
            if text.count <= 240 { blocks.append(.furniture(text)) }
          }
          continue
        }
        if !kept, node != region.headline, !region.isBody(node), Self.linkBoxElements.contains(name),
          statistics.linkDensity(node) > 0.5 || isPromotion(node, name: name)
        {
          continue
        }
        if let language = HTMLPage.attribute(node, "lang")?.lowercased(), !language.isEmpty,
          self.language.map({ !language.hasPrefix($0) }) ?? false
        {
          foreignPassages.append(ForeignPassage(language: language, text: HTMLPage.plainText(node)))
        }
        if filter.isLead(node) { context.isMarkedLead = true }
        if filter.isKicker(node) || kickers.remove(node) != nil {
          // Read on its own, also out of the middle of an h1.
          let saved = pending
          pending = ""
          push(childrenOf: node, context, then: .endKicker(savedText: saved))
          continue
        }
        switch name {
        case "br":
          pending.append(HTMLText.lineBreak)
        case "sup" where isFootnoteMark(node):
          continue
        case "h1", "h2", "h3":
          finishParagraphs(context)
          let isHeadline = name == "h1" && (region.headline == nil || node == region.headline)
          if isHeadline { markKicker(of: node) }
          push(childrenOf: node, context, then: .endHeading(headline: isHeadline, context))
        case "time":
          if let stamp = HTMLPage.attribute(node, "datetime") { blocks.append(.published(stamp)) }
          push(childrenOf: node, context, then: nil)
        case "table" where !TableReader.isLayout(node):
          finishParagraphs(context)
          for sentence in tables.sentences(node, reading: tableReading) {
            blocks.append(.paragraph(Paragraph(text: sentence, zone: context.zone)))
          }
        case "ol", "ul":
          finishParagraphs(context)
          let items = HTMLPage.children(node).filter { HTMLPage.elementName($0) == "li" }
          if name == "ol", (2...Self.ordinals.count).contains(items.count) {
            for (index, item) in items.enumerated() { ordinalPrefixes[item] = Self.ordinals[index] }
          }
          push(childrenOf: node, context, then: .endBlock(context))
        case "li":
          finishParagraphs(context)
          if let prefix = ordinalPrefixes.removeValue(forKey: node) { pending = prefix + ", " }
          var item = context
          item.isListItem = true
          push(childrenOf: node, item, then: .endBlock(item))
        case _ where Self.blockElements.contains(name):
          finishParagraphs(context)
          var inner = context
          inner.isParagraphElement = name == "p"
          push(childrenOf: node, inner, then: .endBlock(inner))
        default:
          push(childrenOf: node, context, then: nil)
        }
      }
    }
    finishParagraphs(Context(zone: bodyStarted ? .body : .titleBlock))
  }

  /// Elements taken for the kicker by their place: a short line just before the headline, or the first
  /// of two lines inside it.
  private var kickers: Set<HTMLPage.Node> = []

  /// Finds the kicker of `headline` where the page does not mark one: the first of several short text
  /// elements inside the `h1`, else a short line without a full stop right before it.
  private mutating func markKicker(of headline: HTMLPage.Node) {
    guard !blocks.contains(where: { if case .kicker = $0 { true } else { false } }) else { return }
    let parts = HTMLPage.children(headline).filter {
      HTMLPage.elementName($0) != nil && !HTMLPage.plainText($0).isEmpty
    }
    let loose = HTMLPage.children(headline).contains {
      HTMLPage.text($0).map { !$0.allSatisfy(\.isWhitespace) } ?? false
    }
    if parts.count >= 2, !loose, Self.isKickerLike(HTMLPage.plainText(parts[0])) {
      kickers.insert(parts[0])
      return
    }
    var previous = headline.pointee.prev
    while let node = previous, HTMLPage.elementName(node) == nil { previous = node.pointee.prev }
    if let node = previous, let name = HTMLPage.elementName(node), !filter.isFurniture(node, name: name),
      statistics.linkDensity(node) < 0.5, Self.isKickerLike(HTMLPage.plainText(node))
    {
      blocks.append(.kicker(HTMLPage.plainText(node)))
    }
  }

  /// Whether `text` reads like a kicker: short, one line, no sentence.
  private static func isKickerLike(_ text: String) -> Bool {
    !text.isEmpty && text.count <= 60 && !text.contains(where: { ".!?:".contains($0) })
  }

  /// The "Erstens, " of list items in short ordered lists, until the item is read.
  private var ordinalPrefixes: [HTMLPage.Node: String] = [:]

  private mutating func finishParagraphs(_ context: Context) {
    for text in HTMLText.paragraphs(pending) {
      blocks.append(
        .paragraph(
          Paragraph(
            text: text, zone: context.zone, isMarkedLead: context.isMarkedLead,
            isParagraphElement: context.isParagraphElement, isListItem: context.isListItem)))
    }
    pending = ""
  }

  /// Whether `node` is a small box that calls to an action (a newsletter sign-up, "Jetzt mit Pro
  /// weiterlesen", "Warnkarte öffnen"): a link or button saying so, or a form field.
  private func isPromotion(_ node: HTMLPage.Node, name: String) -> Bool {
    guard ["div", "section", "aside", "p"].contains(name), let counts = statistics[node], counts.text <= 400,
      counts.elements <= 60
    else { return false }
    var found = false
    HTMLPage.forEachElement(below: node) { element, elementName in
      guard !found else { return }
      switch elementName {
      case "input", "textarea", "select": found = name != "p"
      case "a", "button": found = furniture.isCallToAction(HTMLPage.plainText(element))
      default: break
      }
    }
    return found
  }

  /// Whether a `<sup>` is a footnote mark ("statt.¹"), not an exponent ("m²"): a link, a footnote class,
  /// or a few digits right after punctuation.
  private func isFootnoteMark(_ node: HTMLPage.Node) -> Bool {
    let text = HTMLPage.plainText(node)
    guard text.count <= 4, text.allSatisfy({ $0.isNumber || "*†[]()".contains($0) }) else { return false }
    if !HTMLPage.descendants(node, named: "a").isEmpty { return true }
    let words = HTMLPageRules.words(filter.classAndID(node))
    if words.contains(where: { ["fn", "footnote", "fussnote", "note", "ref", "anm"].contains($0) }) { return true }
    return pending.last.map { ".,;:!?»«“”\")".contains($0) } ?? false
  }
}
