import Articles
import Foundation

/// Keeps a batch's books while it runs: each finished item goes into the manifest and the reports, and
/// is passed on as progress. Renders are saved to the manifest as they finish (at most once a second),
/// so even a batch that is killed keeps most of its work.
final class BatchLog {
  private(set) var manifest: Manifest
  private(set) var reports: [BatchItemReport] = []
  /// Seconds of audio rendered in this run.
  private(set) var renderedAudio = 0.0
  /// The first error saving the manifest, if any.
  private(set) var saveError: String?
  private let folder: URL
  private let start: Date
  private let totalItems: Int
  private let totalRenders: Int
  private let progress: (BatchProgress) -> Void
  private var finishedRenders = 0
  private var lastSave = Date()

  init(
    manifest: Manifest, folder: URL, start: Date, totalItems: Int, totalRenders: Int,
    progress: @escaping (BatchProgress) -> Void
  ) {
    self.manifest = manifest
    self.folder = folder
    self.start = start
    self.totalItems = totalItems
    self.totalRenders = totalRenders
    self.progress = progress
  }

  /// An item left as it was.
  func unchanged(_ item: BatchPlan.Item) {
    manifest.record(item.entry)
    finish(item, .unchanged, audio: item.entry)
  }

  /// An item that could not be read or rendered (`rendering`: it failed in a worker).
  func failed(_ item: BatchPlan.Item, reason: String, rendering: Bool = false) {
    manifest.recordFailure(item.entry, reason: reason)
    finish(item, .failed, message: reason, rendering: rendering)
  }

  /// An item skipped on purpose.
  func skipped(_ item: BatchPlan.Item, reason: String) {
    finish(item, .skipped, message: reason)
  }

  /// An item rendered in this run, with its finished manifest entry.
  func rendered(_ item: BatchPlan.Item, as entry: Manifest.Entry) {
    manifest.record(entry)
    renderedAudio += entry.duration ?? 0
    finish(item, .rendered, audio: entry, rendering: true)
  }

  /// Reports `item`; `audio` is the entry whose file stands in the folder for it.
  private func finish(
    _ item: BatchPlan.Item, _ status: BatchItemReport.Status, audio: Manifest.Entry? = nil, message: String? = nil,
    rendering: Bool = false
  ) {
    let report = BatchItemReport(
      position: item.position, guid: item.entry.guid, title: item.entry.title?.withoutControlCharacters,
      status: status, file: audio?.file, duration: audio?.duration, loudness: audio?.loudness, message: message)
    reports.append(report)
    if rendering {
      finishedRenders += 1
      saveNowAndThen()
    }
    progress(
      BatchProgress(
        report: report, finishedItems: reports.count, totalItems: totalItems, finishedRenders: finishedRenders,
        totalRenders: totalRenders, renderedAudio: renderedAudio, elapsed: Date().timeIntervalSince(start)))
  }

  private func saveNowAndThen() {
    guard Date().timeIntervalSince(lastSave) > 1 else { return }
    do {
      try manifest.save(to: folder)
    } catch {
      saveError = saveError ?? "\(error)"
    }
    lastSave = Date()
  }
}
