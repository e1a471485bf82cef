/// What is written beside the audio for reading along: speech marks, captions and transcript
/// (`--timings`), and the player page (`--player`).
public struct ReadAlongOptions: Sendable, Equatable, Codable {
  /// Whether marks, captions, chapters track and transcript are written.
  public var timings: Bool
  /// Whether the article page with the player (`NAME.html`) and its script and style are written.
  public var player: Bool
  /// The article's picture for the player's media controls (a web address or a file name).
  public var image: String?

  /// The options; the player needs the timings.
  public init(timings: Bool = true, player: Bool = false, image: String? = nil) {
    self.timings = timings || player
    self.player = player
    self.image = image
  }

  /// Nothing beside the audio.
  public static let none = ReadAlongOptions(timings: false)
}
