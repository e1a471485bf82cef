import Failures

/// A news feed as Vorleser reads it: what the feed says about itself and its items in feed order.
public struct Feed: Sendable, Equatable {
  /// The feed formats Vorleser reads.
  public enum Format: String, Sendable, Equatable, Codable {
    case rss = "RSS"
    case atom = "Atom"
    case jsonFeed = "JSON Feed"
  }

  /// Which format the feed was written in.
  public var format: Format
  /// The site's or programme's name.
  public var title: String?
  /// The site's home page.
  public var link: String?
  /// What the feed is about.
  public var description: String?
  /// The language code the feed declares ("de", "de-DE").
  public var language: String?
  /// The feed's logo or icon.
  public var imageURL: String?
  /// The items in the order the feed lists them.
  public var items: [FeedItem]

  /// A feed from its parts.
  public init(
    format: Format, title: String? = nil, link: String? = nil, description: String? = nil,
    language: String? = nil, imageURL: String? = nil, items: [FeedItem] = []
  ) {
    self.format = format
    self.title = title
    self.link = link
    self.description = description
    self.language = language
    self.imageURL = imageURL
    self.items = items
  }
}

/// One entry of a feed: usually one article.
public struct FeedItem: Sendable, Equatable, Codable {
  /// An item's body, as the feed gives it.
  public enum Content: Sendable, Equatable, Codable {
    case html(String)
    case text(String)
  }

  /// The feed's identifier for the item (RSS guid, Atom id, JSON Feed id).
  public var guid: String?
  /// The headline.
  public var title: String?
  /// The article's web address, made absolute against the feed's.
  public var link: String?
  /// When it was published (or last updated, when the feed gives nothing else).
  public var published: Dateline?
  /// Who wrote it.
  public var authors: [String]
  /// The feed's categories or tags for it.
  public var categories: [String]
  /// The teaser (RSS description, Atom summary), when the feed also gives the full content.
  public var summary: Content?
  /// The full text.
  public var content: Content?

  /// An item from its parts.
  public init(
    guid: String? = nil, title: String? = nil, link: String? = nil, published: Dateline? = nil,
    authors: [String] = [], categories: [String] = [], summary: Content? = nil, content: Content? = nil
  ) {
    self.guid = guid
    self.title = title
    self.link = link
    self.published = published
    self.authors = authors
    self.categories = categories
    self.summary = summary
    self.content = content
  }

  /// How messages name the item: its position, then its title or else its guid, on one printable line.
  public func label(position: Int) -> String {
    func printable(_ text: String) -> String { String(text.printable.prefix(80)) }
    let name = title.map { "“\(printable($0))”" } ?? guid.map { "guid \(printable($0))" }
    return "item \(position)" + (name.map { " \($0)" } ?? "")
  }
}
