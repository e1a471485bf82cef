/// Reads an Atom 1.0 element tree into a `Feed`.
struct AtomFeedReader {
  func read(_ root: XMLFeedTree) -> Feed {
    let feedAuthors = authors(of: root)
    return Feed(
      format: .atom, title: text(root.child("atom:title")), link: alternateLink(of: root),
      description: text(root.child("atom:subtitle")), language: root.attributes["lang"],
      imageURL: root.text(of: "atom:logo") ?? root.text(of: "atom:icon"),
      items: root.children("atom:entry").map { entry in
        let entryAuthors = authors(of: entry)
        let content = self.content(entry.child("atom:content"))
        let summary = self.content(entry.child("atom:summary"))
        let date = entry.text(of: "atom:published") ?? entry.text(of: "atom:updated")
        return FeedItem(
          guid: entry.text(of: "atom:id"), title: text(entry.child("atom:title")), link: alternateLink(of: entry),
          published: date.flatMap(PublicationDate.parse), authors: entryAuthors.isEmpty ? feedAuthors : entryAuthors,
          categories: entry.children("atom:category").compactMap { $0.attributes["label"] ?? $0.attributes["term"] },
          summary: content == nil ? nil : summary, content: content ?? summary)
      })
  }

  private func authors(of element: XMLFeedTree) -> [String] {
    element.children("atom:author").compactMap { $0.text(of: "atom:name") }
  }

  private func alternateLink(of element: XMLFeedTree) -> String? {
    let links = element.children("atom:link")
    let alternate = links.first { ($0.attributes["rel"] ?? "alternate") == "alternate" }
    return alternate?.attributes["href"]
  }

  /// An Atom text construct as content: `type` text, html or xhtml; nil for out-of-line (`src`) content.
  private func content(_ element: XMLFeedTree?) -> FeedItem.Content? {
    guard let element, element.attributes["src"] == nil else { return nil }
    switch element.attributes["type"] ?? "text" {
    case "html", "text/html": return element.text.map(FeedItem.Content.html)
    case "xhtml", "application/xhtml+xml":
      let markup = element.innerMarkup.trimmingCharacters(in: .whitespacesAndNewlines)
      return markup.isEmpty ? nil : .html(markup)
    default: return element.text.map(FeedItem.Content.text)
    }
  }

  /// A title or subtitle as plain text, whatever its type (markup in html titles is stripped).
  private func text(_ element: XMLFeedTree?) -> String? {
    guard let text = element?.text else { return nil }
    return element?.attributes["type"] == "html" ? HTMLArticleParser.plainText(text) : text
  }
}
