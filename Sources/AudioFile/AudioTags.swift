/// What players show about an audio file, whatever its format: title, artist, album, date, comment,
/// software. Each back end writes them in its own container (RIFF INFO, ID3, Vorbis comments).
public struct AudioTags: Sendable, Equatable, Codable {
  /// The article's headline.
  public var title: String?
  /// The author or publisher.
  public var artist: String?
  /// The publication (a feed's or publisher's name): what podcast apps group episodes by.
  public var album: String?
  /// The publication date, ISO 8601.
  public var date: String?
  /// A comment: the source URL.
  public var comment: String?
  /// The software that made the file.
  public var software: String?

  /// Tags from their values; nil leaves a tag out.
  public init(
    title: String? = nil, artist: String? = nil, album: String? = nil, date: String? = nil,
    comment: String? = nil, software: String? = nil
  ) {
    self.title = title
    self.artist = artist
    self.album = album
    self.date = date
    self.comment = comment
    self.software = software
  }
}
