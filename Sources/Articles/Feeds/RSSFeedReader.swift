/// Reads an RSS 2.0 (or RSS 1.0/RDF) element tree into a `Feed`.
struct RSSFeedReader {
  func read(_ root: XMLFeedTree) -> Feed {
    let channel = root.child("channel") ?? root
    // RSS 2.0 nests items in the channel; RSS 1.0 puts them next to it.
    let items = channel.children("item") + (channel === root ? [] : root.children("item"))
    return Feed(
      format: .rss, title: channel.text(of: "title"), link: channel.text(of: "link"),
      description: channel.text(of: "description"),
      language: channel.text(of: "language") ?? channel.text(of: "dc:language"),
      imageURL: channel.child("image")?.text(of: "url") ?? channel.child("itunes:image")?.attributes["href"],
      items: items.map(item))
  }

  private func item(_ element: XMLFeedTree) -> FeedItem {
    let description = element.text(of: "description").map(FeedItem.Content.html)
    let encoded = element.text(of: "content:encoded").map(FeedItem.Content.html)
    let date = element.text(of: "pubDate") ?? element.text(of: "dc:date")
    let authors = element.children("dc:creator").compactMap(\.text) + element.children("author").compactMap(\.text)
    return FeedItem(
      guid: element.text(of: "guid") ?? element.attributes["about"], title: element.text(of: "title"),
      link: element.text(of: "link"), published: date.flatMap(PublicationDate.parse), authors: authors,
      categories: element.children("category").compactMap(\.text) + element.children("dc:subject").compactMap(\.text),
      summary: encoded == nil ? nil : description, content: encoded ?? description)
  }
}
