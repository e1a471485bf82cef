/// What `vorleser render` asks for: which article, where its audio goes, how it sounds and is read.
public struct RenderRequest: Sendable {
  /// The article: a plain-text or HTML file, or `-` for standard input.
  public var article: String
  /// The output file, or a folder to name the file in; nil: the current folder.
  public var output: String?
  /// The audio format.
  public var format: AudioFormat = .standard
  /// Speech marks, captions and transcript beside the file, and the player page.
  public var readAlong = ReadAlongOptions()
  /// Its bit rate and loudness.
  public var encoding = AudioEncoding()
  /// The voice profile's name or file.
  public var voice = "de"
  /// Rate and pitch over the profile's.
  public var adjustment = VoiceAdjustment()
  /// How the body is cut into chapters.
  public var chapters: ChapterMode = .sections
  /// How the text is read.
  public var reading = ReadingSettings()
  /// The most audio the article may become.
  public var budget = AudioBudget.standard
  /// Overrides of what the article says about itself, for the tags.
  public var author: String?
  public var publisher: String?
  public var url: String?

  /// A request for `article` with the defaults for everything else.
  public init(article: String) {
    self.article = article
  }
}
