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
      worker: .renderWorker(of: request.program), voice: try catalog.profile(request.voice))
    options.format = request.format
    options.readAlong = request.readAlong
    options.encoding = request.encoding
    options.workers = request.jobs
    options.limit = request.limit
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
}
