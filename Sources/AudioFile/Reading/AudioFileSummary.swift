/// What an audio file holds, whatever its format: container and encoding, length, tags and chapters.
public struct AudioFileSummary: Sendable, Equatable, Codable {
  /// The file's path.
  public var path: String
  /// The format, as Vorleser names it.
  public var format: AudioFormat
  /// The container and encoding as the decoding library names them ("WAV (Microsoft) / Signed 16 bit PCM").
  public var encoding: String
  /// Samples per second.
  public var sampleRate: Int
  /// Channels.
  public var channels: Int
  /// Samples per channel.
  public var frames: Int64
  /// The bit rate in bit/s, as the file's headers give it (nil for PCM).
  public var bitrate: Int?
  /// The tags.
  public var tags: AudioTags
  /// The chapters, in order of their start, in samples at `sampleRate`.
  public var chapters: [ChapterMark]
  /// The decoded audio's loudness, when it was measured.
  public var loudness: Loudness?

  /// The length in seconds.
  public var duration: Double { sampleRate > 0 ? Double(frames) / Double(sampleRate) : 0 }
}
