import Articles
import AudioFile
import Foundation
import GermanNormalizer
import Speech

/// The render pipeline: article → spoken chapters → speech → chaptered audio file.
public final class ArticleRenderer {
  /// What goes into the file's software tag.
  public static let software = "Vorleser \(VorleserVersion.current)"

  private let synthesizer: SpeechSynthesizing
  /// Nil until an article (not a ready script) is rendered: workers never load the normalizer's lexicons.
  private let normalizer: GermanNormalizer?

  /// A renderer speaking through `synthesizer`, normalizing with `normalizer` (default: the standard one).
  public init(synthesizer: SpeechSynthesizing, normalizer: GermanNormalizer? = nil) {
    self.synthesizer = synthesizer
    self.normalizer = normalizer
  }

  /// Speaks `article` with `voice` into a `format` file at `destination` with one marker per chapter,
  /// encoded as `encoding` says (bit rate, loudness).
  ///
  /// `source` names the article in errors. `shouldStop` is polled while speaking (Ctrl-C); when it
  /// returns true, rendering stops with `SpeechError.cancelled` and no file is left at `destination`.
  public func render(
    _ article: Article, source: String, to destination: URL, format: AudioFormat,
    encoding: AudioEncoding = .init(), voice: VoiceProfile, chapters mode: ChapterMode,
    shouldStop: @escaping () -> Bool = { false }
  ) throws -> RenderResult {
    let script = SpokenArticle(
      article: article, mode: mode, pauses: voice.pauses, normalizer: normalizer ?? GermanNormalizer())
    return try render(
      script, tags: Self.tags(for: article), source: source, to: destination, format: format, encoding: encoding,
      voice: voice, shouldStop: shouldStop)
  }

  /// Speaks an already normalized `script` with `voice` into a `format` file at `destination` tagged `tags`.
  public func render(
    _ script: SpokenArticle, tags: AudioTags, source: String, to destination: URL, format: AudioFormat,
    encoding: AudioEncoding = .init(), voice: VoiceProfile, shouldStop: @escaping () -> Bool = { false }
  ) throws -> RenderResult {
    try synthesizer.use(voice)
    let writer = try format.makeWriter(
      destination: destination, sampleRate: synthesizer.sampleRate, encoding: encoding)
    let sink = WriterSink(writer: writer)
    var marks: [ChapterMark] = []
    var events: [SpeechEvent] = []
    var spokenSamples: Int64 = 0
    for chapter in script.chapters {
      let start = writer.sampleCount
      for utterance in chapter.utterances {
        spokenSamples += try synthesizer.speak(
          utterance.text, into: sink, firstSample: writer.sampleCount, events: &events, shouldStop: shouldStop)
        try writer.writeSilence(milliseconds: utterance.pauseAfter)
      }
      marks.append(ChapterMark(title: chapter.title, startSample: start, sampleCount: writer.sampleCount - start))
    }
    guard spokenSamples > 0 else { throw RenderError.noSpeech(source: source) }
    let written = try writer.finish(chapters: marks, tags: tags)
    return RenderResult(
      path: destination.path, format: format, sampleRate: synthesizer.sampleRate, samples: writer.sampleCount,
      chapters: marks, voice: voice.name, events: events, loudness: written.loudness)
  }

  /// The tags for `article`: title, author and publisher, the publisher as album, date, web address,
  /// software.
  public static func tags(for article: Article) -> AudioTags {
    let title = article.headline ?? article.kicker ?? ChapterTitle.firstWords(of: article.paragraphs.first ?? "")
    let artist = [article.author, article.publisher].compactMap { $0 }.joined(separator: ", ")
    return AudioTags(
      title: title, artist: artist.isEmpty ? nil : artist, album: article.publisher, date: article.dateline?.iso8601,
      comment: article.sourceURL, software: Self.software)
  }
}

/// Streams synthesized samples into the audio writer.
private final class WriterSink: SampleSink {
  let writer: ChapteredAudioWriter

  init(writer: ChapteredAudioWriter) {
    self.writer = writer
  }

  func write(_ samples: UnsafeBufferPointer<Int16>) throws {
    try writer.write(samples)
  }
}
