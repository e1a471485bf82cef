/// A news article as Vorleser reads it: the title block, the lead and the body in sections, and what the
/// page says about it (authors, dates, publisher, address, image).
public struct Article: Sendable, Equatable {
  /// The Dachzeile above the headline ("Kampf für gerechte Sache").
  public var kicker: String?
  /// The headline.
  public var headline: String?
  /// When the article was published, as printed under the headline or given by the page's metadata.
  public var dateline: Dateline?
  /// When it was last changed, where the page says.
  public var modified: Dateline?
  /// The Vorspann: the paragraph that sums the article up.
  public var lead: String?
  /// The body, in reading order.
  public var sections: [Section]
  /// Where the article was published on the web.
  public var sourceURL: String?
  /// Who wrote it, in the order the page names them.
  public var authors: [String]
  /// Who published it (newspaper, site, broadcaster).
  public var publisher: String?
  /// The article's main image, for the podcast feed.
  public var imageURL: String?
  /// Text the page marks as another language (`lang="en"`), in reading order.
  public var foreignPassages: [ForeignPassage]

  /// An article from its parts; only `sections` is required.
  public init(
    kicker: String? = nil, headline: String? = nil, dateline: Dateline? = nil, lead: String? = nil,
    sections: [Section] = [], sourceURL: String? = nil, authors: [String] = [], publisher: String? = nil
  ) {
    self.kicker = kicker
    self.headline = headline
    self.dateline = dateline
    self.lead = lead
    self.sections = sections
    self.sourceURL = sourceURL
    self.authors = authors
    self.publisher = publisher
    foreignPassages = []
  }

  /// The authors as one credit ("Anna Muster, Jan Beispiel"); nil when the page names none.
  public var author: String? {
    get { authors.isEmpty ? nil : authors.joined(separator: ", ") }
    set { authors = newValue.map { [$0] } ?? [] }
  }

  /// Every body paragraph in reading order.
  public var paragraphs: [String] { sections.flatMap(\.paragraphs) }

  /// Whether any section carries a heading of its own.
  public var hasHeadings: Bool { sections.contains { $0.heading != nil } }
}

/// A run of body paragraphs, optionally under a sub-heading.
public struct Section: Sendable, Equatable {
  /// The sub-heading, if the article has one here.
  public var heading: String?
  /// The paragraphs in reading order.
  public var paragraphs: [String]

  /// A section from its heading and paragraphs.
  public init(heading: String? = nil, paragraphs: [String]) {
    self.heading = heading
    self.paragraphs = paragraphs
  }
}

/// Text in another language than German, with its language as the page wrote it ("en", "fr-FR").
public struct ForeignPassage: Sendable, Equatable {
  public var language: String
  public var text: String

  /// A passage from its parts.
  public init(language: String, text: String) {
    self.language = language
    self.text = text
  }
}
