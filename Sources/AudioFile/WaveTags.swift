/// The RIFF `LIST/INFO` tags Vorleser writes: what players show as title, artist, date and comment.
public struct WaveTags: Sendable, Equatable, Codable {
  /// INAM: the article's headline.
  public var title: String?
  /// IART: the author or publisher.
  public var artist: String?
  /// ICRD: the publication date, ISO 8601.
  public var date: String?
  /// ICMT: a comment, the source URL.
  public var comment: String?
  /// ISFT: the software that made the file.
  public var software: String?

  /// Tags from their values; nil leaves a tag out.
  public init(
    title: String? = nil, artist: String? = nil, date: String? = nil, comment: String? = nil,
    software: String? = nil
  ) {
    self.title = title
    self.artist = artist
    self.date = date
    self.comment = comment
    self.software = software
  }
}
