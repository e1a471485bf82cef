/// The part of a page that is the article: the headline element, the body elements (`ContentScore`),
/// and the element holding both, which the block reader walks. Between headline and body stands the
/// title block (kicker, byline, date, perhaps the lead); before the headline and after the body, only
/// furniture.
struct PageRegion {
  /// Where a block of the page stands.
  enum Zone: Equatable {
    /// Before the headline: only a kicker or a date is taken from here.
    case beforeHeadline
    /// Between the headline and the body: kicker, meta lines, time, a marked or long lead.
    case titleBlock
    case body
  }

  let headline: HTMLPage.Node?
  let body: [HTMLPage.Node]
  /// The element the reader walks: holds the headline and the body.
  let root: HTMLPage.Node
  private let bodySet: Set<HTMLPage.Node>
  /// The elements between `root` and the headline or a body element.
  private let pathSet: Set<HTMLPage.Node>

  init(page: HTMLPage.Node, statistics: NodeStatistics, filter: FurnitureFilter, metadataHeadline: String?) {
    body = ContentScore.body(in: page, statistics: statistics, filter: filter)
    bodySet = Set(body)
    headline = Self.headline(statistics: statistics, body: body, metadataHeadline: metadataHeadline)
    var paths: [[HTMLPage.Node]] = body.map(Self.ancestors)
    if let headline { paths.append(Self.ancestors(of: headline)) }
    // The lowest element on every path.
    var common = paths.first ?? []
    for path in paths.dropFirst() {
      let members = Set(path)
      common = common.filter(members.contains)
    }
    let top = common.first ?? page
    root = top
    pathSet = Set(paths.flatMap { $0.prefix { $0 != top } })
  }

  /// Whether `node` is one of the body elements.
  func isBody(_ node: HTMLPage.Node) -> Bool { bodySet.contains(node) }

  /// Whether `node` lies on the way from the region's root to the headline or a body element.
  func isOnPath(_ node: HTMLPage.Node) -> Bool { pathSet.contains(node) }

  /// `node` and its ancestors, nearest first.
  private static func ancestors(of node: HTMLPage.Node) -> [HTMLPage.Node] {
    var chain = [node]
    var current = node
    while let parent = HTMLPage.parent(current) {
      chain.append(parent)
      current = parent
    }
    return chain
  }

  /// The headline: an `h1` inside the body, else the `h1` nearest before it (preferring the one that says
  /// what the metadata's headline says).
  private static func headline(
    statistics: NodeStatistics, body: [HTMLPage.Node], metadataHeadline: String?
  ) -> HTMLPage.Node? {
    let headlines = statistics.elements.filter { $0.name == "h1" }.map(\.node)
    guard !headlines.isEmpty else { return nil }
    let bodyStart = body.compactMap { statistics[$0]?.order }.min() ?? Int.max
    let bodyEnd = body.compactMap { node in statistics[node].map { $0.order } }.max() ?? Int.max
    if let wanted = metadataHeadline.map(HTMLText.collapsingWhiteSpace),
      let matching = headlines.first(where: { HTMLPage.plainText($0).contains(wanted) })
    {
      return matching
    }
    let inside = headlines.first { node in
      body.contains { ancestor in ancestors(of: node).contains(ancestor) }
    }
    if let inside { return inside }
    let before = headlines.filter { (statistics[$0]?.order ?? Int.max) < bodyStart }
    return before.last ?? headlines.first { (statistics[$0]?.order ?? 0) > bodyEnd } ?? headlines.first
  }
}
