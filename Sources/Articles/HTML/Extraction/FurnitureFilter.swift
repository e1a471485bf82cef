/// Decides, element by element, what is page furniture by the page rules: dropped tags and ARIA roles,
/// `hidden` and `aria-hidden`, class and id words; and which elements the rules mark (kicker, lead, body).
struct FurnitureFilter {
  let rules: HTMLPageRules

  /// Whether `node` (named `name`) is furniture, to be dropped with all it holds.
  func isFurniture(_ node: HTMLPage.Node, name: String) -> Bool {
    if rules.droppedTags.contains(name) { return true }
    if HTMLPage.attribute(node, "hidden") != nil || HTMLPage.attribute(node, "aria-hidden") == "true" { return true }
    if let role = HTMLPage.attribute(node, "role")?.lowercased(), rules.droppedRoles.contains(role) { return true }
    if let style = HTMLPage.attribute(node, "style")?.lowercased().filter({ !$0.isWhitespace }),
      style.contains("display:none") || style.contains("visibility:hidden")
    {
      return true
    }
    // The page's frame is never furniture by its class ("has-main-navigation" on <body>).
    guard !Self.frameElements.contains(name) else { return false }
    return rules.isFurniture(classOrID: classAndID(node))
  }

  private static let frameElements: Set<String> = ["html", "body", "main", "article"]

  /// Whether `node` is kept whatever its links or words look like (a publisher's `keep` rule).
  func isKept(_ node: HTMLPage.Node) -> Bool {
    rules.isKept(classOrID: classAndID(node))
  }

  func isKicker(_ node: HTMLPage.Node) -> Bool {
    rules.isKicker(classOrID: classAndID(node))
  }

  func isLead(_ node: HTMLPage.Node) -> Bool {
    rules.isLead(classOrID: classAndID(node))
  }

  /// Whether the page marks `node` as the article body (`itemprop="articleBody"`, or a `body` rule).
  func isBody(_ node: HTMLPage.Node) -> Bool {
    HTMLPage.attribute(node, "itemprop")?.lowercased().contains("articlebody") == true
      || rules.isBody(classOrID: classAndID(node))
  }

  /// The element's class and id, as one value.
  func classAndID(_ node: HTMLPage.Node) -> String {
    [HTMLPage.attribute(node, "class"), HTMLPage.attribute(node, "id")].compactMap { $0 }.joined(separator: " ")
  }
}
