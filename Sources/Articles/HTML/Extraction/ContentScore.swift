/// Finds the elements that hold an article's body the way Mozilla's Readability does: every paragraph
/// of some length scores for its parent and grandparents (more for commas and length), elements start
/// from a weight for their tag, structural role and class, and lose what share of their text is links.
/// The best element wins, with those of its siblings that score nearly as well.
struct ContentScore {
  /// The elements whose text counts as a paragraph.
  private static let paragraphElements: Set<String> = ["p", "pre", "td", "blockquote", "li", "div", "section", "dd"]
  /// Elements that, inside a `div` or `section`, make it a container rather than a paragraph.
  private static let blockElements: Set<String> = [
    "p", "div", "section", "article", "table", "ul", "ol", "dl", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "main", "figure",
  ]

  /// The body elements of the page at `root`, in document order; `root`'s `<body>` when nothing scores.
  static func body(
    in root: HTMLPage.Node, statistics: NodeStatistics, filter: FurnitureFilter
  ) -> [HTMLPage.Node] {
    var scores: [HTMLPage.Node: Double] = [:]
    for (node, name) in statistics.elements where paragraphElements.contains(name) {
      guard let counts = statistics[node], counts.text >= 25 else { continue }
      if ["div", "section", "li", "dd"].contains(name),
        HTMLPage.children(node).contains(where: { HTMLPage.elementName($0).map(blockElements.contains) ?? false })
      {
        continue
      }
      let score = 1 + Double(counts.commas) + min(Double(counts.text) / 100, 3)
      var ancestor = HTMLPage.parent(node)
      for divider in [1.0, 2.0, 6.0] {
        guard let current = ancestor, statistics[current] != nil else { break }
        scores[current, default: initialScore(current, filter: filter)] += score / divider
        ancestor = HTMLPage.parent(current)
      }
    }
    var final: [HTMLPage.Node: Double] = [:]
    for (node, score) in scores { final[node] = score * (1 - statistics.linkDensity(node)) }
    let ranked = final.sorted { ($0.value, -order($0.key, statistics)) > ($1.value, -order($1.key, statistics)) }
    guard var top = ranked.first else { return [HTMLPage.descendants(root, named: "body").first ?? root] }
    // Entries of a live blog, posts of a list: when several candidates score nearly as well, the element
    // holding three of them is the body (as Readability climbs).
    let rivals = ranked.dropFirst().prefix(5).filter { $0.value >= top.value * 0.75 }.map(\.key)
    if rivals.count >= 2 {
      var ancestor = HTMLPage.parent(top.key)
      while let current = ancestor, statistics[current] != nil {
        let held = rivals.count { isAncestor(current, of: $0) }
        if held + 1 >= 3 {
          top = (current, final[current] ?? top.value)
          break
        }
        ancestor = HTMLPage.parent(current)
      }
    }
    // Siblings that score nearly as well, or hold a paragraph of plain text, belong to the body too.
    guard let parent = HTMLPage.parent(top.key) else { return [top.key] }
    let threshold = max(10, top.value * 0.2)
    return HTMLPage.children(parent).filter { sibling in
      guard sibling == top.key || statistics[sibling] != nil else { return false }
      if sibling == top.key { return true }
      if let score = final[sibling], score >= threshold { return true }
      guard HTMLPage.elementName(sibling) == "p", let counts = statistics[sibling] else { return false }
      return counts.text > 80 && statistics.linkDensity(sibling) < 0.25
    }
  }

  private static func isAncestor(_ ancestor: HTMLPage.Node, of node: HTMLPage.Node) -> Bool {
    var current = HTMLPage.parent(node)
    while let parent = current {
      if parent == ancestor { return true }
      current = HTMLPage.parent(parent)
    }
    return false
  }

  private static func order(_ node: HTMLPage.Node, _ statistics: NodeStatistics) -> Int {
    statistics[node]?.order ?? Int.max
  }

  /// Where an element's score starts: its tag, its structural role, its class and id.
  private static func initialScore(_ node: HTMLPage.Node, filter: FurnitureFilter) -> Double {
    var score: Double =
      switch HTMLPage.elementName(node) ?? "" {
      case "div", "section": 5
      case "article": 10
      case "main": 5
      case "pre", "td", "blockquote": 3
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": -3
      case "h1", "h2", "h3", "h4", "h5", "h6", "th": -5
      default: 0
      }
    if filter.isBody(node) { score += 30 }
    if let role = HTMLPage.attribute(node, "role")?.lowercased(), role == "main" || role == "article" { score += 10 }
    return score + filter.rules.weight(classAndID: filter.classAndID(node))
  }
}
