/// A chapter in an audio file: where it starts and how long it runs, in samples, and its title.
public struct ChapterMark: Sendable, Equatable, Codable {
  /// The title players show ("Vorspann", a section heading, a paragraph's first words).
  public var title: String
  /// The chapter's first sample.
  public var startSample: Int64
  /// How many samples the chapter runs.
  public var sampleCount: Int64

  /// A chapter from its title and extent.
  public init(title: String, startSample: Int64, sampleCount: Int64) {
    self.title = title
    self.startSample = startSample
    self.sampleCount = sampleCount
  }
}
