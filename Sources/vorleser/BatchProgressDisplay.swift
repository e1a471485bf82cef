import Foundation
import Vorleser

/// Shows a batch's progress on standard error: a live line (items, audio minutes, time left) on a
/// terminal, one plain line per finished item otherwise; failures always get a line of their own.
final class BatchProgressDisplay {
  private let quiet: Bool
  private let terminal: Bool
  private var liveLineShown = false

  init(quiet: Bool, terminal: Bool) {
    self.quiet = quiet
    self.terminal = terminal
  }

  /// Reports one finished item.
  func show(_ progress: BatchProgress) {
    let report = progress.report
    if !quiet && (report.status == .failed || !terminal) {
      clearLiveLine()
      write(Self.line(for: report) + "\n")
    }
    guard terminal, !quiet else { return }
    var line = "[\(progress.finishedItems)/\(progress.totalItems)]"
    line += String(format: "  %.1f min audio", progress.renderedAudio / 60)
    if let remaining = progress.remaining, progress.finishedRenders < progress.totalRenders {
      line += "  about \(Self.minutes(remaining)) left"
    }
    write("\r\u{1B}[K" + line)
    liveLineShown = true
  }

  /// Ends the live line and prints the summary.
  func finish(_ summary: BatchSummary) {
    clearLiveLine()
    if !quiet {
      for warning in summary.warnings { write("warning: \(warning)\n") }
      var line = "\(summary.selectedItems) of \(summary.feedItems) items: \(summary.rendered) rendered"
      line += String(format: " (%.1f min audio)", summary.renderedAudio / 60)
      line += ", \(summary.unchanged) unchanged, \(summary.failed) failed, \(summary.skipped) skipped"
      if summary.pruned > 0 { line += ", \(summary.pruned) pruned" }
      line += String(format: " in %.1f s; %@", summary.elapsed, summary.podcastFeed)
      write(line + "\n")
    }
    if summary.interrupted {
      write("interrupted: finished items are kept; the next run renders the rest\n")
    }
    if !summary.failures.isEmpty {
      write("failed:\n" + summary.failures.map { "  " + ($0.message ?? "item \($0.position)") + "\n" }.joined())
    }
  }

  private static func line(for report: BatchItemReport) -> String {
    let title = report.title.map { " “\($0.prefix(60))”" }
    let name = "item \(report.position)" + (title ?? "")
    switch report.status {
    case .rendered, .unchanged:
      let duration = report.duration.map { " (\(TimeFormat.clock($0)))" } ?? ""
      return "\(report.status.rawValue): \(name) → \(report.file ?? "")\(duration)"
    case .failed: return "failed: \(report.message ?? name)"
    case .skipped: return "skipped: \(name): \(report.message ?? "")"
    }
  }

  private static func minutes(_ seconds: TimeInterval) -> String {
    let whole = Int(seconds.rounded())
    return String(format: "%d:%02d", whole / 60, whole % 60)
  }

  private func clearLiveLine() {
    if liveLineShown { write("\r\u{1B}[K") }
    liveLineShown = false
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
