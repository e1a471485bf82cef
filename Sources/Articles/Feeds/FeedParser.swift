import Foundation

/// Reads RSS 2.0, Atom 1.0 and JSON Feed 1.1, telling them apart by their content, not by a file name.
public struct FeedParser: Sendable {
  /// A parser for all three formats.
  public init() {}

  /// The feed in `data`; `source` names it in errors, `base` resolves relative links when the feed's own
  /// home page address does not.
  public func parse(_ data: Data, source: String, base: URL? = nil) throws(FeedError) -> Feed {
    // UTF-16 (by its byte-order mark) is read as the UTF-8 it says.
    if data.starts(with: [0xFE, 0xFF]) || data.starts(with: [0xFF, 0xFE]),
      let text = String(data: data, encoding: .utf16)
    {
      return try parse(Data(text.utf8), source: source, base: base)
    }
    let start = data.prefix(4096).drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
    guard let first = start.first else { throw .notAFeed(source: source, reason: "the file is empty") }
    var feed: Feed
    switch first {
    case UInt8(ascii: "{"): feed = try JSONFeedReader().read(data, source: source)
    case UInt8(ascii: "<"):
      let tree = try XMLFeedTree.parse(data, source: source)
      switch tree.name {
      case "rss", "rdf:RDF": feed = RSSFeedReader().read(tree)
      case "atom:feed": feed = AtomFeedReader().read(tree)
      default: throw .unknownFormat(source: source, found: "XML with root element <\(tree.name)>")
      }
    default:
      throw .notAFeed(source: source, reason: "neither XML nor JSON")
    }
    resolveLinks(in: &feed, base: base)
    return feed
  }

  private func resolveLinks(in feed: inout Feed, base: URL?) {
    let feedBase = feed.link.flatMap { URL(string: $0) }.flatMap { $0.scheme == nil ? nil : $0 } ?? base
    if let link = feed.link { feed.link = Self.absolute(link, base: base) }
    for index in feed.items.indices {
      if let link = feed.items[index].link { feed.items[index].link = Self.absolute(link, base: feedBase) }
    }
  }

  private static func absolute(_ link: String, base: URL?) -> String {
    guard let url = URL(string: link, relativeTo: base), url.scheme != nil else { return link }
    return url.absoluteString
  }
}
