/// Counts per element, gathered in one pass over the page (furniture left out): how much text it holds,
/// how much of that is link text, its commas, and its place in document order.
struct NodeStatistics {
  struct Counts {
    /// Characters of text, not counting white space.
    var text = 0
    /// Of those, characters inside links.
    var linkText = 0
    var commas = 0
    /// Position in document order.
    var order = 0
    /// Elements below it and itself.
    var elements = 1
  }

  private(set) var counts: [HTMLPage.Node: Counts] = [:]
  /// The elements that are not furniture, in document order, with their names.
  private(set) var elements: [(node: HTMLPage.Node, name: String)] = []

  /// The counts for every element below `root`, furniture (by `filter`) skipped.
  init(_ root: HTMLPage.Node, filter: FurnitureFilter) {
    enum Step {
      case enter(HTMLPage.Node)
      case exit(HTMLPage.Node, isLink: Bool)
    }
    var stack: [Step] = [.enter(root)]
    var open: [Counts] = []
    var order = 0
    while let step = stack.popLast() {
      switch step {
      case .enter(let node):
        if let text = HTMLPage.text(node) {
          guard !open.isEmpty else { continue }
          for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            open[open.count - 1].text += 1
            if scalar == "," { open[open.count - 1].commas += 1 }
          }
          continue
        }
        guard let name = HTMLPage.elementName(node), node == root || !filter.isFurniture(node, name: name) else {
          continue
        }
        elements.append((node, name))
        order += 1
        open.append(Counts(order: order))
        stack.append(.exit(node, isLink: name == "a"))
        stack.append(contentsOf: HTMLPage.children(node).reversed().map(Step.enter))
      case .exit(let node, let isLink):
        var finished = open.removeLast()
        if isLink { finished.linkText = finished.text }
        counts[node] = finished
        if !open.isEmpty {
          open[open.count - 1].text += finished.text
          open[open.count - 1].linkText += finished.linkText
          open[open.count - 1].commas += finished.commas
          open[open.count - 1].elements += finished.elements
        }
      }
    }
  }

  subscript(_ node: HTMLPage.Node) -> Counts? { counts[node] }

  /// The share of `node`'s text that is link text (0 for an element without text).
  func linkDensity(_ node: HTMLPage.Node) -> Double {
    guard let counts = counts[node], counts.text > 0 else { return 0 }
    return Double(counts.linkText) / Double(counts.text)
  }
}
