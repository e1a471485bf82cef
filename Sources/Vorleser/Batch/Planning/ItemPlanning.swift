import Articles
import Foundation
import GermanNormalizer

/// Reads one feed item into a `PlannedItem` (in a worker's child): the article, its spoken script
/// within the audio budget, its tags and the fingerprint of the audio it will become.
enum ItemPlanning {
  /// The planned item for `job`, read with `reading`; espeak-ng's version `engine` is part of the
  /// fingerprint. A broken item throws its one-line reason.
  static func plan(
    _ job: PlanJob, reading: ReadingConfiguration, engine: String, languages: Set<String> = []
  ) throws -> PlannedItem {
    let settings = job.settings
    let normalizer = reading.normalizer
    let article = try job.item.article(publisher: job.publisher, source: job.source, parser: reading.articles.html)
    var script = SpokenArticle(
      article: article, mode: settings.chapters, pauses: settings.voice.pauses, normalizer: normalizer,
      languages: languages)
    guard !script.chapters.isEmpty else { throw RenderError.noSpeech(source: job.source) }
    script.frame(
      intro: settings.intro.map { Self.filled($0, article) }, outro: settings.outro.map { Self.filled($0, article) },
      pauses: settings.voice.pauses, normalizer: normalizer)
    try settings.budget.check(script, voice: settings.voice, source: job.source)
    let tags = ArticleRenderer.tags(for: article)
    let fingerprint = RenderFingerprint(
      format: settings.format, encoding: settings.encoding, voice: settings.voice, mode: settings.chapters,
      reading: settings.readingIdentity, engine: engine)
    return PlannedItem(
      script: script, tags: tags, hash: fingerprint.audio(script: script, tags: tags), summary: summary(of: article),
      stem: ArticleFileName.stem(for: article), image: article.imageURL)
  }

  /// An intro or outro with the article's publisher and title put in.
  static func filled(_ text: String, _ article: Article) -> String {
    text.replacing("{publisher}", with: article.publisher ?? "").replacing("{title}", with: article.headline ?? "")
  }

  /// The podcast description: the lead, or the first paragraph, cut at about 300 characters.
  private static func summary(of article: Article) -> String? {
    guard let text = article.lead ?? article.paragraphs.first else { return nil }
    guard text.count > 300 else { return text }
    let cut = text.prefix(300)
    return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + " …"
  }
}
