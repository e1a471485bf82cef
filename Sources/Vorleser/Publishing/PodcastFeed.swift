import Articles
import AudioFile
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `feed.xml` in a batch output folder: a podcast RSS 2.0 feed, with the iTunes fields and Podcasting 2.0
/// chapters, listing every rendered item of the manifest. Built with FoundationXML, which escapes the text.
public struct PodcastFeed {
  /// The feed's file name inside the output folder.
  public static let fileName = "feed.xml"
  private static let namespaces = [
    ("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"), ("podcast", "https://podcastindex.org/namespace/1.0"),
    ("atom", "http://www.w3.org/2005/Atom"), ("psc", "http://podlove.org/simple-chapters"),
    ("content", "http://purl.org/rss/1.0/modules/content/"),
  ]
  /// Apple and Spotify build chapters from timestamps in the description when there are this many.
  static let timestampChapters = 3

  private let manifest: Manifest
  private let baseURL: URL

  /// The feed for `manifest`, with enclosure addresses under `baseURL` (the folder's public address).
  public init(manifest: Manifest, baseURL: URL) {
    self.manifest = manifest
    self.baseURL = baseURL.absoluteString.hasSuffix("/") ? baseURL : baseURL.appendingPathComponent("")
  }

  /// The rendered entries, newest first (undated ones last, in manifest order).
  public var episodes: [Manifest.Entry] {
    let rendered = manifest.items.filter { $0.status == .rendered && $0.file != nil }
    let dated = rendered.enumerated().map {
      ($0.offset, $0.element, $0.element.date.flatMap(PublicationDate.parse)?.date)
    }
    return dated.sorted { left, right in
      switch (left.2, right.2) {
      case (let a?, let b?) where a != b: a > b
      case (.some, nil): true
      case (nil, .some): false
      default: left.0 < right.0
      }
    }.map(\.1)
  }

  /// The feed document's bytes.
  public func xmlData() -> Data {
    let root = XMLElement(name: "rss")
    root.addAttribute(attribute("version", "2.0"))
    for (prefix, uri) in Self.namespaces {
      root.addNamespace(XMLNode.namespace(withName: prefix, stringValue: uri) as! XMLNode)
    }
    let channel = XMLElement(name: "channel")
    root.addChild(channel)
    let info = manifest.feed
    let settings = manifest.podcast ?? PodcastChannel()
    let title = settings.title ?? info?.title ?? "Vorleser"
    add("title", title, to: channel)
    add("link", info?.link.flatMap(Self.webLink) ?? baseURL.absoluteString, to: channel)
    add("description", settings.description ?? info?.description ?? title, to: channel)
    add("language", settings.language ?? info?.language ?? "de", to: channel)
    if let copyright = settings.copyright { add("copyright", copyright, to: channel) }
    add("generator", manifest.generator, to: channel)
    let selfLink = XMLElement(name: "atom:link")
    selfLink.addAttribute(attribute("href", url(for: Self.fileName)))
    selfLink.addAttribute(attribute("rel", "self"))
    selfLink.addAttribute(attribute("type", "application/rss+xml"))
    channel.addChild(selfLink)
    let episodes = self.episodes
    if let newest = episodes.first.flatMap(publicationDate).flatMap(Self.rfc822) {
      add("lastBuildDate", newest, to: channel)
    }
    add("itunes:author", settings.author ?? title, to: channel)
    if settings.ownerName != nil || settings.ownerEmail != nil {
      let owner = XMLElement(name: "itunes:owner")
      if let name = settings.ownerName { add("itunes:name", name, to: owner) }
      if let email = settings.ownerEmail { add("itunes:email", email, to: owner) }
      channel.addChild(owner)
    }
    add("itunes:explicit", settings.explicit == true ? "true" : "false", to: channel)
    add("itunes:type", "episodic", to: channel)
    let category = XMLElement(name: "itunes:category")
    category.addAttribute(attribute("text", settings.category ?? "News"))
    if let subcategory = settings.subcategory {
      let inner = XMLElement(name: "itunes:category")
      inner.addAttribute(attribute("text", subcategory))
      category.addChild(inner)
    }
    channel.addChild(category)
    if let image = settings.image ?? info?.imageURL {
      let element = XMLElement(name: "itunes:image")
      element.addAttribute(attribute("href", image))
      channel.addChild(element)
    }
    for entry in episodes { channel.addChild(item(entry)) }
    let document = XMLDocument(rootElement: root)
    document.version = "1.0"
    document.characterEncoding = "UTF-8"
    return document.xmlData(options: [.nodePrettyPrint])
  }

  private func item(_ entry: Manifest.Entry) -> XMLElement {
    let item = XMLElement(name: "item")
    let file = entry.file ?? ""
    add("title", entry.title ?? file, to: item)
    if let link = entry.link.flatMap(Self.webLink) { add("link", link, to: item) }
    let guid = XMLElement(name: "guid", stringValue: XMLText.clean(entry.guid))
    guid.addAttribute(attribute("isPermaLink", "false"))
    item.addChild(guid)
    if let date = publicationDate(entry).flatMap(Self.rfc822) { add("pubDate", date, to: item) }
    let timestamps = Self.timestamps(entry.chapters)
    let description = [entry.summary, timestamps.isEmpty ? nil : timestamps.joined(separator: "\n")]
      .compactMap { $0 }.joined(separator: "\n\n")
    if !description.isEmpty { add("description", description, to: item) }
    if !timestamps.isEmpty {
      let paragraphs: [String?] = [
        entry.summary.map(Self.escapedHTML), timestamps.map(Self.escapedHTML).joined(separator: "<br>"),
      ]
      add("content:encoded", paragraphs.compactMap { $0.map { "<p>\($0)</p>" } }.joined(), to: item)
    }
    if let author = entry.author { add("itunes:author", author, to: item) }
    for category in entry.categories { add("category", category, to: item) }
    let enclosure = XMLElement(name: "enclosure")
    enclosure.addAttribute(attribute("url", enclosureURL(for: entry)))
    enclosure.addAttribute(attribute("length", String(entry.bytes ?? 0)))
    enclosure.addAttribute(attribute("type", AudioFormat(fileName: file)?.mimeType ?? "application/octet-stream"))
    item.addChild(enclosure)
    add("itunes:duration", Self.clock(entry.duration ?? 0), to: item)
    add("itunes:episodeType", "full", to: item)
    if let chapters = entry.chaptersFile {
      let element = XMLElement(name: "podcast:chapters")
      element.addAttribute(attribute("url", url(for: chapters)))
      element.addAttribute(attribute("type", "application/json+chapters"))
      item.addChild(element)
    }
    // Podcasting 2.0 transcripts: the captions (WebVTT) and the same segments as JSON.
    let readAlong = entry.readAlongFiles ?? []
    let names = ReadAlongFiles.Names(audio: file)
    for (name, type) in [(names.captions, "text/vtt"), (names.transcript, "application/json")]
    where readAlong.contains(name) {
      let element = XMLElement(name: "podcast:transcript")
      element.addAttribute(attribute("url", url(for: name)))
      element.addAttribute(attribute("type", type))
      element.addAttribute(attribute("language", "de"))
      if type == "text/vtt" { element.addAttribute(attribute("rel", "captions")) }
      item.addChild(element)
    }
    if !entry.chapters.isEmpty {
      let list = XMLElement(name: "psc:chapters")
      list.addAttribute(attribute("version", "1.2"))
      for chapter in entry.chapters {
        let element = XMLElement(name: "psc:chapter")
        element.addAttribute(attribute("start", Self.normalPlayTime(chapter.startTime)))
        element.addAttribute(attribute("title", chapter.title))
        list.addChild(element)
      }
      item.addChild(list)
    }
    return item
  }

  /// When an episode counts as published: the item's date, or when it was first rendered.
  private func publicationDate(_ entry: Manifest.Entry) -> String? {
    entry.date ?? entry.firstRendered
  }

  /// The enclosure's address: the file's, with a short fingerprint of the audio as a query, so that apps
  /// that downloaded an earlier version fetch the new one.
  func enclosureURL(for entry: Manifest.Entry) -> String {
    let address = url(for: entry.file ?? "")
    guard let hash = entry.hash?.prefix(8), !hash.isEmpty else { return address }
    return address + "?v=" + hash
  }

  /// "mm:ss Titel" lines (h:mm:ss from an hour on), for chapters in the description; none below three.
  static func timestamps(_ chapters: [PodcastChapters.Chapter]) -> [String] {
    guard chapters.count >= timestampChapters else { return [] }
    let long = (chapters.last?.startTime ?? 0) >= 3600
    return chapters.map { chapter in
      let whole = Int(chapter.startTime)
      let clock =
        long
        ? String(format: "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
        : String(format: "%02d:%02d", whole / 60, whole % 60)
      return "\(clock) \(chapter.title)"
    }
  }

  /// "HH:MM:SS.mmm", Podlove's normal play time.
  static func normalPlayTime(_ seconds: Double) -> String {
    let milliseconds = Int((seconds * 1000).rounded())
    return String(
      format: "%02d:%02d:%02d.%03d", milliseconds / 3_600_000, milliseconds / 60_000 % 60, milliseconds / 1000 % 60,
      milliseconds % 1000)
  }

  /// `link` when it is a web address (`http`, `https`); feeds may carry `javascript:` or `file:` links.
  static func webLink(_ link: String) -> String? {
    guard let scheme = URL(string: link)?.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
      return nil
    }
    return link
  }

  private static func escapedHTML(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }

  /// The public address of `file` in the folder.
  public func url(for file: String) -> String {
    URL(string: file, relativeTo: baseURL)?.absoluteString ?? baseURL.absoluteString + file
  }

  private func add(_ name: String, _ text: String, to parent: XMLElement) {
    parent.addChild(XMLElement(name: name, stringValue: XMLText.clean(text)))
  }

  private func attribute(_ name: String, _ value: String) -> XMLNode {
    XMLNode.attribute(withName: name, stringValue: XMLText.clean(value)) as! XMLNode
  }

  /// "HH:MM:SS", as podcast apps read `itunes:duration`.
  static func clock(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded())
    return String(format: "%02d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
  }

  /// An ISO 8601 manifest date as the RFC 822 date RSS wants.
  static func rfc822(_ iso: String) -> String? {
    guard let dateline = PublicationDate.parse(iso), let date = dateline.date else { return nil }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(secondsFromGMT: (dateline.utcOffsetMinutes ?? 0) * 60)
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
    return formatter.string(from: date)
  }
}

/// Text made safe for XML 1.0: the control characters it cannot carry (NUL and the like) are dropped.
enum XMLText {
  static func clean(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isForbidden) else { return text }
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: text.unicodeScalars.filter { !isForbidden($0) })
    return String(scalars)
  }

  private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0xFFFE
      || scalar.value == 0xFFFF
  }
}
