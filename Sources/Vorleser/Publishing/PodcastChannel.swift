/// What a podcast directory needs to know about the show, set by the publisher (options or the config
/// file); whatever is not set comes from the source feed. Apple rejects a feed without an image, a
/// category or an owner's e-mail.
public struct PodcastChannel: Codable, Sendable, Equatable {
  public var title: String?
  public var description: String?
  /// The language code ("de", "de-DE").
  public var language: String?
  /// The cover image's address (JPEG or PNG, 1400–3000 px square for Apple).
  public var image: String?
  /// The show's author, as apps list it.
  public var author: String?
  /// The owner whom directories contact.
  public var ownerName: String?
  public var ownerEmail: String?
  /// An Apple Podcasts category and subcategory ("News", "Daily News").
  public var category: String?
  public var subcategory: String?
  /// Whether episodes carry explicit content.
  public var explicit: Bool?
  public var copyright: String?

  /// Settings with nothing set.
  public init() {}

  enum CodingKeys: String, CodingKey, CaseIterable {
    case title, description, language, image, author, ownerName, ownerEmail, category, subcategory, explicit
    case copyright
  }

  /// These settings, with `other`'s where these leave one unset.
  public func over(_ other: PodcastChannel) -> PodcastChannel {
    var merged = self
    merged.title = title ?? other.title
    merged.description = description ?? other.description
    merged.language = language ?? other.language
    merged.image = image ?? other.image
    merged.author = author ?? other.author
    merged.ownerName = ownerName ?? other.ownerName
    merged.ownerEmail = ownerEmail ?? other.ownerEmail
    merged.category = category ?? other.category
    merged.subcategory = subcategory ?? other.subcategory
    merged.explicit = explicit ?? other.explicit
    merged.copyright = copyright ?? other.copyright
    return merged
  }

  /// The fields Apple requires that neither these settings nor the source feed give.
  func missing(feed: Manifest.FeedInfo?) -> [String] {
    var missing: [String] = []
    if (image ?? feed?.imageURL) == nil { missing.append("image") }
    if ownerEmail == nil { missing.append("owner e-mail") }
    if (title ?? feed?.title) == nil { missing.append("title") }
    if (description ?? feed?.description) == nil { missing.append("description") }
    return missing
  }
}
