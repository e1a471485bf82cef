import Foundation

/// What a page's head says about its article, strongest source first: JSON-LD, then OpenGraph and
/// `article:*` meta tags, then the canonical link and the plain meta tags.
struct PageMetadata {
  var headline: String?
  var published: Dateline?
  var modified: Dateline?
  var authors: [String] = []
  var publisher: String?
  var url: String?
  var image: String?
  /// The page's `<title>` without the site's name.
  var title: String?
  /// The language of the page (`<html lang>`), lower case.
  var language: String?

  /// The metadata of the page whose root element is `root`.
  init(_ root: HTMLPage.Node) {
    var meta: [String: String] = [:]
    var scripts: [String] = []
    var canonical: String?
    var pageTitle: String?
    var times: (published: String?, modified: String?, first: String?) = (nil, nil, nil)
    var visibleAuthors: [String] = []
    language = HTMLPage.attribute(root, "lang")?.lowercased()
    HTMLPage.forEachElement(below: root) { element, name in
      switch name {
      case "meta":
        if let key = HTMLPage.attribute(element, "property") ?? HTMLPage.attribute(element, "name")
          ?? HTMLPage.attribute(element, "itemprop"),
          let value = HTMLPage.attribute(element, "content").map(HTMLText.collapsingWhiteSpace), !value.isEmpty
        {
          meta[key.lowercased()] = meta[key.lowercased()] ?? value
        }
      case "script":
        if HTMLPage.attribute(element, "type")?.lowercased().contains("ld+json") == true,
          let content = HTMLPage.rawText(element)
        {
          scripts.append(content)
        }
      case "link":
        if canonical == nil, HTMLPage.attribute(element, "rel")?.lowercased() == "canonical" {
          canonical = HTMLPage.attribute(element, "href")
        }
      case "title":
        pageTitle = pageTitle ?? HTMLPage.plainText(element)
      case "time":
        guard let stamp = HTMLPage.attribute(element, "datetime") else { break }
        let marks = HTMLPageRules.words(
          [HTMLPage.attribute(element, "class"), HTMLPage.attribute(element, "itemprop")].compactMap { $0 }
            .joined(separator: " "))
        if marks.contains(where: { ["published", "datepublished", "pubdate"].contains($0) }) {
          times.published = times.published ?? stamp
        } else if marks.contains(where: { ["updated", "modified", "datemodified"].contains($0) }) {
          times.modified = times.modified ?? stamp
        }
        times.first = times.first ?? stamp
      default: break
      }
      // Authors the page links (rel="author") or marks (itemprop="author").
      if ["a", "span", "div", "p"].contains(name),
        HTMLPage.attribute(element, "rel")?.lowercased() == "author"
          || HTMLPage.attribute(element, "itemprop")?.lowercased() == "author",
        let names = Byline.names(HTMLPage.plainText(element), placeAllowed: false)
      {
        for name in names where !visibleAuthors.contains(name) { visibleAuthors.append(name) }
      }
    }
    let linked = LinkedData(scripts: scripts)
    headline = linked?.headline ?? meta["og:title"] ?? meta["twitter:title"]
    published =
      [
        linked?.published, meta["article:published_time"], meta["og:article:published_time"], meta["date"],
        meta["dc.date"], meta["datepublished"], meta["pubdate"], times.published, times.first,
      ].lazy
      .compactMap { $0.flatMap(PublicationDate.parse) }.first
    modified =
      [
        linked?.modified, meta["article:modified_time"], meta["og:updated_time"], meta["datemodified"],
        times.modified,
      ].lazy.compactMap { $0.flatMap(PublicationDate.parse) }.first
    authors = linked?.authors ?? []
    if authors.isEmpty, let named = meta["author"] ?? meta["article:author"] ?? meta["dc.creator"],
      !named.hasPrefix("http")
    {
      authors = Byline.names(named, placeAllowed: false) ?? [named]
    }
    if authors.isEmpty { authors = visibleAuthors }
    publisher = linked?.publisher ?? meta["og:site_name"] ?? meta["application-name"]
    url = canonical ?? linked?.url ?? meta["og:url"]
    image = linked?.image ?? meta["og:image"] ?? meta["twitter:image"]
    title = pageTitle.map { Self.withoutSiteName($0, siteName: publisher) }.flatMap { $0.isEmpty ? nil : $0 }
  }

  /// A page title without the site's name after it ("Preise steigen | Lokalblatt" → "Preise steigen").
  static func withoutSiteName(_ title: String, siteName: String?) -> String {
    for separator in [" | ", " – ", " - ", " · "] {
      guard let range = title.range(of: separator, options: .backwards) else { continue }
      let after = title[range.upperBound...]
      if siteName.map({ after == $0 }) ?? (after.split(separator: " ").count <= 3) {
        return String(title[..<range.lowerBound])
      }
    }
    return title
  }
}
