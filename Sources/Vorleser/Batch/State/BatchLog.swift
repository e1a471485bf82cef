import Failures
import Foundation

/// Keeps a batch's books while it runs: each finished item goes into the journal (on disk before it is
/// reported), the manifest and the reports, and is passed on as progress.
final class BatchLog {
  private(set) var book: ManifestBook
  private(set) var reports: [BatchItemReport] = []
  /// Seconds of audio rendered in this run.
  private(set) var renderedAudio = 0.0
  /// The first error writing the journal, if any.
  private(set) var journalError: String?
  private let journal: BatchJournal
  private let start: Date
  private let totalItems: Int
  private var totalRenders = 0
  private let progress: (BatchProgress) -> Void
  private var finishedRenders = 0

  init(
    manifest: Manifest, journal: BatchJournal, start: Date, totalItems: Int, progress: @escaping (BatchProgress) -> Void
  ) {
    book = ManifestBook(manifest)
    self.journal = journal
    self.start = start
    self.totalItems = totalItems
    self.progress = progress
  }

  /// The number of renders the run will make, once planning is done.
  func expect(renders: Int) {
    totalRenders = renders
  }

  /// A render is about to start: journalled first, so that a killed run's next run knows which file
  /// it may have left.
  func starting(_ item: BatchPlan.Item) throws {
    guard let file = item.entry.file else { return }
    try journal.append(.started(guid: item.entry.guid, file: file, chaptersFile: item.entry.chaptersFile))
  }

  /// An item left as it was.
  func unchanged(_ item: BatchPlan.Item) {
    book.record(item.entry)
    finish(item, .unchanged, audio: item.entry)
  }

  /// An item that could not be read or rendered (`rendering`: it failed in a worker; `earlierFileKept`:
  /// the file of an earlier rendering is still there).
  func failed(_ item: BatchPlan.Item, reason: String, rendering: Bool = false, earlierFileKept: Bool = true) {
    append(.failed(item.entry, reason: reason))
    book.recordFailure(item.entry, reason: reason, earlierFileKept: earlierFileKept)
    finish(item, .failed, message: reason, rendering: rendering)
  }

  /// An item skipped on purpose.
  func skipped(_ item: BatchPlan.Item, reason: String) {
    finish(item, .skipped, message: reason)
  }

  /// An item rendered in this run, with its finished manifest entry.
  func rendered(_ item: BatchPlan.Item, as entry: Manifest.Entry) {
    append(.finished(entry))
    book.record(entry)
    renderedAudio += entry.duration ?? 0
    finish(item, .rendered, audio: entry, rendering: true)
  }

  private func append(_ record: BatchJournal.Record) {
    do {
      try journal.append(record)
    } catch {
      journalError = journalError ?? error.oneLine
    }
  }

  /// Reports `item`; `audio` is the entry whose file stands in the folder for it.
  private func finish(
    _ item: BatchPlan.Item, _ status: BatchItemReport.Status, audio: Manifest.Entry? = nil, message: String? = nil,
    rendering: Bool = false
  ) {
    let report = BatchItemReport(
      position: item.position, guid: item.entry.guid, title: item.entry.title?.printable,
      status: status, file: audio?.file, duration: audio?.duration, loudness: audio?.loudness, message: message)
    reports.append(report)
    if rendering { finishedRenders += 1 }
    progress(
      BatchProgress(
        report: report, finishedItems: reports.count, totalItems: totalItems, finishedRenders: finishedRenders,
        totalRenders: totalRenders, renderedAudio: renderedAudio, elapsed: Date().timeIntervalSince(start)))
  }
}
