import Articles
import Foundation
import GermanNormalizer
import Speech

/// `vorleser render` and its dry run: one article read, normalized and spoken into one audio file.
public enum ArticleRendering {
  /// Renders the article `request` names and returns what was written. A stop requested through
  /// `cancellation` ends it with `RenderError.interrupted`, leaving no file.
  public static func render(_ request: RenderRequest, cancellation: Cancellation) throws -> RenderResult {
    let prepared = try Prepared(request)
    let destination = try OutputLocation.resolve(request.output, for: prepared.article, format: request.format)
    let renderer = ArticleRenderer(synthesizer: try EspeakSynthesizer.shared(), normalizer: prepared.normalizer)
    do {
      return try renderer.render(
        prepared.article, source: prepared.source, to: destination, format: request.format,
        encoding: request.encoding, voice: prepared.voice, chapters: request.chapters, budget: request.budget,
        readAlong: request.readAlong, shouldStop: cancellation.shouldStop)
    } catch SpeechError.cancelled {
      throw RenderError.interrupted(source: prepared.source)
    }
  }

  /// The spoken text the article `request` names would be rendered from, chapter by chapter.
  public static func script(_ request: RenderRequest) throws -> SpokenArticle {
    let prepared = try Prepared(request)
    return SpokenArticle(
      article: prepared.article, mode: request.chapters, pauses: prepared.voice.pauses,
      normalizer: prepared.normalizer, languages: (try? EspeakSynthesizer.shared().languages) ?? [])
  }

  /// The article, voice and normalizer a request names, looked up once.
  private struct Prepared {
    var source: String
    var article: Article
    var voice: VoiceProfile
    var normalizer: GermanNormalizer

    init(_ request: RenderRequest) throws {
      source = ArticleReader.source(of: request.article)
      let catalog = VoiceCatalog.standard()
      let reading = try ReadingConfiguration(request.reading, voiceFolders: catalog.folders)
      article = try reading.articles.read(from: request.article)
      article.author = request.author ?? article.author
      article.publisher = request.publisher ?? article.publisher
      article.sourceURL = request.url ?? article.sourceURL
      voice = try request.adjustment.applied(to: catalog.profile(request.voice))
      normalizer = reading.normalizer
    }
  }
}
