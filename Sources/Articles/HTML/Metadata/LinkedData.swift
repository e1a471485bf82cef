import Foundation

/// The article a page describes in JSON-LD (`<script type="application/ld+json">`): the first object
/// typed `NewsArticle`, `Article` or one of their kinds, also inside `@graph` and arrays. Malformed
/// JSON-LD is ignored.
struct LinkedData: Equatable {
  var headline: String?
  var published: String?
  var modified: String?
  var authors: [String] = []
  var publisher: String?
  var url: String?
  var image: String?

  /// The schema.org types that describe an article.
  static let articleTypes: Set<String> = [
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting",
    "Report", "TechArticle", "ScholarlyArticle", "SatiricalArticle", "SocialMediaPosting", "WebPage",
  ]

  /// The article described by the JSON-LD `texts` (one script's content each); nil when none describes one.
  init?(scripts texts: [String]) {
    var best: [String: Any]?
    var bestRank = Int.max
    for text in texts {
      guard let data = text.data(using: .utf8),
        let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      else { continue }
      for object in Self.objects(in: json) {
        guard let rank = Self.rank(of: object), rank < bestRank else { continue }
        best = object
        bestRank = rank
      }
    }
    guard let best else { return nil }
    headline = Self.string(best["headline"]) ?? Self.string(best["name"])
    published = Self.string(best["datePublished"]) ?? Self.string(best["dateCreated"])
    modified = Self.string(best["dateModified"])
    authors = Self.names(best["author"] ?? best["creator"])
    publisher = Self.names(best["publisher"] ?? best["sourceOrganization"]).first
    url = Self.string(best["url"]) ?? Self.string(best["mainEntityOfPage"]) ?? Self.identifier(best["mainEntityOfPage"])
    image = Self.imageURL(best["image"] ?? best["thumbnailUrl"])
  }

  /// Every object in `json`, through arrays and `@graph`, breadth first and bounded.
  private static func objects(in json: Any) -> [[String: Any]] {
    var found: [[String: Any]] = []
    var queue: [Any] = [json]
    var index = 0
    while index < queue.count, index < 10_000 {
      let value = queue[index]
      index += 1
      if let array = value as? [Any] {
        queue.append(contentsOf: array)
      } else if let object = value as? [String: Any] {
        found.append(object)
        if let graph = object["@graph"] { queue.append(graph) }
      }
    }
    return found
  }

  /// How well `object` describes the article (lower is better); nil when it is no article at all.
  private static func rank(of object: [String: Any]) -> Int? {
    let types = (object["@type"] as? [Any] ?? [object["@type"] as Any]).compactMap { $0 as? String }
      .map {
        $0.replacingOccurrences(of: "http://schema.org/", with: "").replacingOccurrences(
          of: "https://schema.org/", with: "")
      }
    if types.contains(where: { $0.hasSuffix("NewsArticle") }) { return 0 }
    if types.contains(where: { articleTypes.contains($0) && $0 != "WebPage" }) { return 1 }
    if types.contains("WebPage"), object["headline"] != nil { return 2 }
    return nil
  }

  private static func string(_ value: Any?) -> String? {
    guard let text = value as? String else { return nil }
    let collapsed = HTMLText.collapsingWhiteSpace(text)
    return collapsed.isEmpty ? nil : collapsed
  }

  private static func identifier(_ value: Any?) -> String? {
    string((value as? [String: Any])?["@id"]) ?? string((value as? [String: Any])?["url"])
  }

  /// Names of people or organizations: a string, an object with `name`, or an array of those.
  private static func names(_ value: Any?) -> [String] {
    switch value {
    case let text as String: return string(text).map { [$0] } ?? []
    case let object as [String: Any]: return string(object["name"]).map { [$0] } ?? []
    case let array as [Any]: return array.prefix(20).flatMap { names($0) }
    default: return []
    }
  }

  /// An image address: a string, an object with `url` or `contentUrl`, or the first of an array.
  private static func imageURL(_ value: Any?) -> String? {
    switch value {
    case let text as String: return string(text)
    case let object as [String: Any]: return string(object["url"]) ?? string(object["contentUrl"])
    case let array as [Any]: return array.lazy.compactMap { imageURL($0) }.first
    default: return nil
    }
  }
}
