import Articles
import AudioFile
import Failures
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
    budget: AudioBudget = .standard, readAlong: ReadAlongOptions = .none,
    shouldStop: @escaping () -> Bool = { false }
  ) throws -> RenderResult {
    let script = SpokenArticle(
      article: article, mode: mode, pauses: voice.pauses, normalizer: normalizer ?? GermanNormalizer(),
      languages: synthesizer.languages)
    var readAlong = readAlong
    readAlong.image = readAlong.image ?? article.imageURL
    return try render(
      script, tags: Self.tags(for: article), source: source, to: destination, format: format, encoding: encoding,
      voice: voice, budget: budget, readAlong: readAlong, shouldStop: shouldStop)
  }

  /// Speaks an already normalized `script` with `voice` into a `format` file at `destination` tagged `tags`,
  /// with the read-along files `readAlong` asks for beside it.
  public func render(
    _ script: SpokenArticle, tags: AudioTags, source: String, to destination: URL, format: AudioFormat,
    encoding: AudioEncoding = .init(), voice: VoiceProfile, budget: AudioBudget = .standard,
    readAlong: ReadAlongOptions = .none, shouldStop: @escaping () -> Bool = { false }
  ) throws -> RenderResult {
    try budget.check(script, voice: voice, source: source)
    try synthesizer.use(voice)
    let writer = try format.makeWriter(
      destination: destination, sampleRate: synthesizer.sampleRate, encoding: encoding)
    let sink = WriterSink(
      writer: writer, limit: budget.sampleLimit(at: synthesizer.sampleRate),
      tooLong: { RenderError.tooLong(source: source, minutes: $0, limit: budget.maxMinutes) })
    var marks: [ChapterMark] = []
    var allEvents: [SpeechEvent] = []
    var spokenSamples: Int64 = 0
    var collector =
      readAlong.timings ? SpeechMarkCollector(written: script.written, sampleRate: synthesizer.sampleRate) : nil
    if readAlong.timings { sink.activity = SoundActivity(sampleRate: synthesizer.sampleRate) }
    for chapter in script.chapters {
      let start = writer.sampleCount
      for utterance in chapter.utterances {
        var events: [SpeechEvent] = []
        // A passage in another language is said with that language's voice, at the profile's pace.
        if let language = utterance.language { try synthesizer.use(voice.speaking(language)) }
        sink.activity?.start(at: writer.sampleCount)
        spokenSamples += try synthesizer.speak(
          utterance.text, into: sink, firstSample: writer.sampleCount, events: &events, shouldStop: shouldStop)
        allEvents += events
        collector?.add(utterance, events: sink.activity?.refined(events) ?? events, speechEnd: writer.sampleCount)
        if utterance.language != nil { try synthesizer.use(voice) }
        try writer.writeSilence(milliseconds: utterance.pauseAfter)
      }
      let blocks = chapter.utterances.compactMap(\.block)
      if let first = blocks.min(), let last = blocks.max() {
        collector?.addChapter(title: chapter.title, blocks: first...last, start: start, end: writer.sampleCount)
      }
      marks.append(ChapterMark(title: chapter.title, startSample: start, sampleCount: writer.sampleCount - start))
    }
    guard spokenSamples > 0 else { throw RenderError.noSpeech(source: source) }
    let written = try writer.finish(chapters: marks, tags: tags)
    let files = try collector.map {
      try ReadAlongFiles.write(
        $0, audio: destination, duration: $0.milliseconds(writer.sampleCount), tags: tags, options: readAlong)
    }
    return RenderResult(
      path: destination.path, format: format, sampleRate: synthesizer.sampleRate, samples: writer.sampleCount,
      chapters: marks, voice: voice.name, events: allEvents, loudness: written.loudness,
      readAlongFiles: files ?? [])
  }

  /// The tags for `article`: title, author and publisher, the publisher as album, date, web address,
  /// software.
  public static func tags(for article: Article) -> AudioTags {
    let title = article.headline ?? article.kicker ?? ChapterTitle.firstWords(of: article.paragraphs.first ?? "")
    let artist = [article.author, article.publisher].compactMap { $0 }.joined(separator: ", ")
    return AudioTags(
      title: title.printable, artist: artist.isEmpty ? nil : artist.printable, album: article.publisher?.printable,
      date: article.dateline?.iso8601, comment: article.sourceURL?.printable, software: Self.software)
  }
}

/// Streams synthesized samples into the audio writer, up to the budget's sample limit.
private final class WriterSink: SampleSink {
  let writer: ChapteredAudioWriter
  /// The loudness of the current utterance's frames, when speech marks are made.
  var activity: SoundActivity?
  private let limit: Int64
  private let tooLong: (Double) -> RenderError

  init(writer: ChapteredAudioWriter, limit: Int64, tooLong: @escaping (Double) -> RenderError) {
    self.writer = writer
    self.limit = limit
    self.tooLong = tooLong
  }

  func write(_ samples: UnsafeBufferPointer<Int16>) throws {
    guard writer.sampleCount + Int64(samples.count) <= limit else {
      throw tooLong(Double(writer.sampleCount) / Double(writer.sampleRate) / 60)
    }
    try writer.write(samples)
    activity?.record(samples)
  }
}
