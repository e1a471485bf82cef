import AudioFile
import Foundation
import Speech

/// One article handed to a worker process: the normalized script and everything else the audio depends
/// on, so the worker looks nothing up and two workers given the same job write the same bytes.
public struct RenderJob: Codable, Sendable, Equatable {
  /// Names the article in messages (feed item label).
  public var source: String
  /// The audio file to write.
  public var destination: String
  /// Its format.
  public var format: AudioFormat
  /// Its bit rate and loudness.
  public var encoding: AudioEncoding
  /// The voice profile, in full.
  public var voice: VoiceProfile
  /// What is said, chapter by chapter.
  public var script: SpokenArticle
  /// The tags.
  public var tags: AudioTags
  /// The most audio it may become.
  public var budget: AudioBudget = .standard
  /// The read-along files to write beside it.
  public var readAlong: ReadAlongOptions = .none

  /// A job from its parts.
  public init(
    source: String, destination: String, format: AudioFormat, encoding: AudioEncoding = .init(),
    voice: VoiceProfile, script: SpokenArticle, tags: AudioTags
  ) {
    self.source = source
    self.destination = destination
    self.format = format
    self.encoding = encoding
    self.voice = voice
    self.script = script
    self.tags = tags
  }
}

/// What a worker reports back for a finished `RenderJob`.
public struct RenderJobOutcome: Codable, Sendable, Equatable {
  /// Samples per second of the file written.
  public var sampleRate: Int
  /// Length in samples.
  public var samples: Int64
  /// The chapter markers written.
  public var chapters: [ChapterMark]
  /// The loudness of the audio as mastered.
  public var loudness: Loudness?
  /// The read-along files written beside the audio.
  public var readAlongFiles: [String] = []

  /// A finished render.
  public init(_ result: RenderResult) {
    sampleRate = result.sampleRate
    samples = result.samples
    chapters = result.chapters
    loudness = result.loudness
    readAlongFiles = result.readAlongFiles
  }

  /// The audio's length in seconds.
  public var duration: Double { sampleRate > 0 ? Double(samples) / Double(sampleRate) : 0 }
}

extension RenderJob {
  /// How much the job has to say, in bytes of text.
  public var spokenLength: Int {
    script.chapters.reduce(0) { $0 + $1.utterances.reduce(0) { $0 + $1.text.utf8.count } }
  }

  /// The time limit for rendering the job when none is given: a minute, plus a second for every 100
  /// bytes of text — about five times what a loaded two-core machine needs for synthesis and encoding.
  public var defaultTimeout: Double { 60 + Double(spokenLength) / 100 }
}
