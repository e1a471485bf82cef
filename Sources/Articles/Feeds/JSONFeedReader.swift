import Foundation

/// Reads a JSON Feed (1.0 or 1.1) with Codable. One malformed item does not spoil the others: every
/// field is read on its own, and a field of the wrong type counts as missing.
struct JSONFeedReader {
  func read(_ data: Data, source: String) throws(FeedError) -> Feed {
    let document: Document
    do {
      document = try JSONDecoder().decode(Document.self, from: data)
    } catch let error as DecodingError {
      throw Self.reason(error, source: source)
    } catch {
      throw .notAFeed(source: source, reason: "broken JSON")
    }
    guard document.version?.contains("jsonfeed.org") == true else {
      throw .unknownFormat(source: source, found: "JSON without a jsonfeed.org version")
    }
    let feedAuthors = document.authors
    return Feed(
      format: .jsonFeed, title: document.title, link: document.homePageURL, description: document.description,
      language: document.language, imageURL: document.icon ?? document.favicon,
      items: document.items.map { item in
        let html = item.contentHTML.map(FeedItem.Content.html)
        let text = item.contentText.map(FeedItem.Content.text)
        let summary = item.summary.map(FeedItem.Content.text)
        let content = html ?? text
        return FeedItem(
          guid: item.id, title: item.title, link: item.url ?? item.externalURL,
          published: (item.datePublished ?? item.dateModified).flatMap(PublicationDate.parse),
          authors: item.authors.isEmpty ? feedAuthors : item.authors, categories: item.tags,
          summary: content == nil ? nil : summary, content: content ?? summary)
      })
  }

  private static func reason(_ error: DecodingError, source: String) -> FeedError {
    switch error {
    case .dataCorrupted(let context) where context.codingPath.isEmpty:
      return .notAFeed(source: source, reason: "broken JSON")
    default:
      return .unknownFormat(source: source, found: "JSON that is not a feed object")
    }
  }

  private struct Document: Decodable {
    var version: String?
    var title: String?
    var homePageURL: String?
    var description: String?
    var language: String?
    var icon: String?
    var favicon: String?
    var authors: [String]
    var items: [Item]

    enum CodingKeys: String, CodingKey {
      case version, title, description, language, icon, favicon, items, authors, author
      case homePageURL = "home_page_url"
    }

    init(from decoder: Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      version = container.lenientString(.version)
      title = container.lenientString(.title)
      homePageURL = container.lenientString(.homePageURL)
      description = container.lenientString(.description)
      language = container.lenientString(.language)
      icon = container.lenientString(.icon)
      favicon = container.lenientString(.favicon)
      authors = container.authors(.authors, single: .author)
      // An element that is not an item object (null, a string) is skipped, not the whole list.
      items = ((try? container.decode([Lenient<Item>].self, forKey: .items)) ?? []).compactMap(\.value)
    }
  }

  private struct Item: Decodable {
    var id: String?
    var url: String?
    var externalURL: String?
    var title: String?
    var contentHTML: String?
    var contentText: String?
    var summary: String?
    var datePublished: String?
    var dateModified: String?
    var authors: [String]
    var tags: [String]

    enum CodingKeys: String, CodingKey {
      case id, url, title, summary, tags, authors, author
      case externalURL = "external_url"
      case contentHTML = "content_html"
      case contentText = "content_text"
      case datePublished = "date_published"
      case dateModified = "date_modified"
    }

    init(from decoder: Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      id = container.lenientString(.id)
      url = container.lenientString(.url)
      externalURL = container.lenientString(.externalURL)
      title = container.lenientString(.title)
      contentHTML = container.lenientString(.contentHTML)
      contentText = container.lenientString(.contentText)
      summary = container.lenientString(.summary)
      datePublished = container.lenientString(.datePublished)
      dateModified = container.lenientString(.dateModified)
      authors = container.authors(.authors, single: .author)
      tags = (try? container.decode([String].self, forKey: .tags)) ?? []
    }
  }

}

extension KeyedDecodingContainer {
  /// A string field; numbers are taken as their digits (some feeds give numeric ids), anything else is nil.
  fileprivate func lenientString(_ key: Key) -> String? {
    if let string = try? decode(String.self, forKey: key) {
      let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
      return trimmed.isEmpty ? nil : trimmed
    }
    if let number = try? decode(Int.self, forKey: key) { return String(number) }
    return nil
  }

  /// JSON Feed 1.1 `authors` (a list), or 1.0 `author` (one object).
  fileprivate func authors(_ key: Key, single: Key) -> [String] {
    if let list = try? decode([JSONFeedAuthor].self, forKey: key) { return list.compactMap(\.name) }
    if let one = try? decode(JSONFeedAuthor.self, forKey: single), let name = one.name { return [name] }
    return []
  }
}

/// A value that may fail to decode without failing the list around it.
private struct Lenient<Value: Decodable>: Decodable {
  let value: Value?

  init(from decoder: Decoder) throws {
    value = try? Value(from: decoder)
  }
}

/// A JSON Feed author object; only the name is read.
private struct JSONFeedAuthor: Decodable {
  var name: String?
}
