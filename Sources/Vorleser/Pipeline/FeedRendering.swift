import Foundation
import Speech

/// `vorleser feed`: every item of a feed into its own audio file, with manifest and podcast feed.
public enum FeedRendering {
  /// Runs the batch `request` describes. Broken items are reported in the summary; the error thrown is
  /// for a feed, folder, voice or lexicon that cannot be used at all.
  public static func run(
    _ request: FeedRequest, cancellation: Cancellation, progress: @escaping (BatchProgress) -> Void
  ) throws -> BatchSummary {
    let catalog = VoiceCatalog.standard()
    let reading = try ReadingConfiguration(request.reading, voiceFolders: catalog.folders)
    var options = BatchOptions(
      output: URL(fileURLWithPath: request.output, isDirectory: true),
      worker: .renderWorker(of: request.program),
      voice: try request.adjustment.applied(to: catalog.profile(request.voice)))
    options.intro = request.intro
    options.outro = request.outro
    options.format = request.format
    options.readAlong = request.readAlong
    options.encoding = request.encoding
    options.workers = request.jobs
    options.limit = request.limit
    options.shard = request.shard
    options.since = request.since.flatMap(FeedRequest.day)
    options.chapters = request.chapters
    options.reading = request.reading
    options.voiceFolders = catalog.folders
    options.readingIdentity = reading.identity
    options.prune = request.prune
    options.baseURL = request.baseURL
    options.timeout = request.timeout
    options.itemTimeout = request.itemTimeout
    options.podcast = request.podcast
    options.budget = request.budget
    let batch = FeedBatch(source: FeedSource(request.feed), options: options)
    return try batch.run(shouldStop: cancellation.shouldStop, progress: progress)
  }

  /// What became of one feed of a run over several.
  public struct FeedOutcome: Sendable {
    /// The feed, as the settings name it.
    public var feed: String
    /// Its summary, or why it could not be used at all.
    public var result: Result<BatchSummary, FailureReport>
  }

  /// Runs every feed of `runs` in turn, program `program` doing the work; a feed that cannot be used is
  /// reported and the next one runs. `finished` hears of each feed when it is done. Stops after the feed
  /// during which a stop was asked for.
  public static func runEach(
    _ runs: [FeedConfiguration], program: URL, cancellation: Cancellation,
    progress: @escaping (BatchProgress) -> Void, finished: (FeedOutcome) -> Void
  ) -> [FeedOutcome] {
    var outcomes: [FeedOutcome] = []
    for settings in runs {
      let name = settings.feed ?? "?"
      let result: Result<BatchSummary, FailureReport>
      do {
        result = .success(try run(settings.request(program: program), cancellation: cancellation, progress: progress))
      } catch {
        result = .failure(FailureReport(error) ?? FailureReport(message: error.oneLine, kind: .renderingFailed))
      }
      let outcome = FeedOutcome(feed: name, result: result)
      outcomes.append(outcome)
      finished(outcome)
      if case .success(let summary) = result, summary.interrupted { break }
    }
    return outcomes
  }
}
