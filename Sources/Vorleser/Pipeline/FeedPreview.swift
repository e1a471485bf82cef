import Articles
import Foundation
import Speech

/// `vorleser feed --dry-run`: what every selected item of a feed would say, read as a batch reads it,
/// without writing anything — the preview an editor wants before publishing.
public enum FeedPreview {
  /// One item: its place and title, and its spoken script or why it cannot be read.
  public struct Item: Sendable {
    public var position: Int
    public var title: String?
    public var script: Result<SpokenArticle, FailureReport>
  }

  /// The items of the feed `request` names, each read with the request's reading, voice and chapters.
  public static func items(_ request: FeedRequest, cancellation: Cancellation) throws -> [Item] {
    let catalog = VoiceCatalog.standard()
    let reading = try ReadingConfiguration(request.reading, voiceFolders: catalog.folders)
    let voice = try catalog.profile(request.voice)
    let languages = (try? EspeakSynthesizer.shared().languages) ?? []
    let source = FeedSource(request.feed)
    let fetcher = request.program.deletingLastPathComponent().appendingPathComponent("vorleser-fetch")
    let feed: Feed
    do {
      let data = try source.load(
        timeout: request.timeout, sizeLimit: 50 * 1024 * 1024, fetcher: fetcher, shouldStop: cancellation.shouldStop)
      feed = try FeedParser().parse(data, source: source.label, base: source.baseURL)
    } catch {
      throw BatchError.feed(error)
    }
    let selection = BatchPlan.selection(of: feed, limit: request.limit, since: request.since.flatMap(FeedRequest.day))
    return selection.map { index in
      let item = feed.items[index]
      let label = item.label(position: index + 1)
      let script = Result { () throws -> SpokenArticle in
        let article = try item.article(publisher: feed.title, source: label, parser: reading.articles.html)
        let script = SpokenArticle(
          article: article, mode: request.chapters, pauses: voice.pauses, normalizer: reading.normalizer,
          languages: languages)
        guard !script.chapters.isEmpty else { throw RenderError.noSpeech(source: label) }
        try request.budget.check(script, voice: voice, source: label)
        return script
      }.mapError { FailureReport($0) ?? FailureReport(message: "\(label): \($0)", kind: .renderingFailed) }
      return Item(
        position: index + 1, title: item.title.map(HTMLArticleParser.plainText).map(\.printable), script: script)
    }
  }
}
