/// How a file is encoded beyond its format: the bit rate of a lossy format and the loudness it is brought to.
public struct AudioEncoding: Sendable, Equatable, Codable {
  /// kbit/s for MP3 and Opus; nil: the format's default (MP3 64, Opus 32).
  public var bitrate: Int?
  /// The loudness target; nil leaves the audio as synthesized (no gain, no limiter).
  public var loudness: LoudnessTarget?

  /// Settings from their parts; by default −16 LUFS and the format's bit rate.
  public init(bitrate: Int? = nil, loudness: LoudnessTarget? = .podcast) {
    self.bitrate = bitrate
    self.loudness = loudness
  }
}
