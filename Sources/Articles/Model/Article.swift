/// A news article as Vorleser reads it: the title block, the lead and the body in sections.
public struct Article: Sendable, Equatable {
  /// The Dachzeile above the headline ("Kampf für gerechte Sache").
  public var kicker: String?
  /// The headline.
  public var headline: String?
  /// When the article was published, as printed under the headline.
  public var dateline: Dateline?
  /// The Vorspann: the paragraph that sums the article up.
  public var lead: String?
  /// The body, in reading order.
  public var sections: [Section]
  /// Where the article was published on the web.
  public var sourceURL: String?
  /// Who wrote it.
  public var author: String?
  /// Who published it (newspaper, site, broadcaster).
  public var publisher: String?

  /// An article from its parts; only `sections` is required.
  public init(
    kicker: String? = nil, headline: String? = nil, dateline: Dateline? = nil, lead: String? = nil,
    sections: [Section] = [], sourceURL: String? = nil, author: String? = nil, publisher: String? = nil
  ) {
    self.kicker = kicker
    self.headline = headline
    self.dateline = dateline
    self.lead = lead
    self.sections = sections
    self.sourceURL = sourceURL
    self.author = author
    self.publisher = publisher
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
