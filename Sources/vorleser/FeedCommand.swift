import ArgumentParser
import Foundation
import Vorleser

/// `vorleser feed`: every item of a feed into its own chaptered audio file, plus manifest and podcast feed.
struct FeedCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "feed",
    abstract: "Render every item of an RSS, Atom or JSON feed into a folder, with a podcast feed.",
    discussion: """
      Writes one WAV file and one chapters JSON per item, manifest.json (renders only new or changed \
      items next time) and feed.xml (podcast RSS). Exit codes: 0 all items ok, 1 some items failed \
      (listed), 2 the feed or folder cannot be used, 130 interrupted (finished items are kept).
      """
  )

  @Argument(help: "The feed: a file, - for standard input, or an http(s):// address.")
  var feed: String

  @Option(name: .shortAndLong, help: "The output folder (created when missing).")
  var output: String

  @Option(help: "Worker processes rendering at once (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "Render at most this many items (the first in the feed).")
  var limit: Int?

  @Option(help: "Only items published on or after this day (YYYY-MM-DD); undated items are kept.")
  var since: String?

  @OptionGroup var speaking: VoiceOptions

  @OptionGroup var reading: ReadingOptions

  @Flag(help: "Remove items no longer in the feed, with their files.")
  var prune = false

  @Option(help: "The output folder's public address, for the podcast feed (e.g. https://example.org/audio/).")
  var baseURL: String?

  @Option(help: "Seconds a feed download may wait for data.")
  var timeout: Double = 30

  @Option(
    help: "Seconds one item may take to render before it is stopped and reported (default: 60 + 1 per 100 characters)."
  )
  var itemTimeout: Double?

  @Flag(name: .shortAndLong, help: "Print nothing but failures.")
  var quiet = false

  @Flag(help: "Print a JSON summary on standard output.")
  var json = false

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    if let since, FeedRequest.day(since) == nil {
      throw ValidationError("--since wants a day as YYYY-MM-DD, not \(since)")
    }
    if let baseURL, URL(string: baseURL)?.scheme.map({ ["http", "https"].contains($0.lowercased()) }) != true {
      throw ValidationError("--base-url wants an http(s):// address, not \(baseURL)")
    }
    guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds") }
    if let itemTimeout, !(itemTimeout > 0) { throw ValidationError("--item-timeout must be more than 0 seconds") }
  }

  func run() throws {
    let cancellation = Cancellation.handlingSignals()
    var request = FeedRequest(feed: feed, output: output, program: Self.executable)
    request.voice = speaking.voice
    request.chapters = speaking.chapters
    request.reading = reading.settings
    request.jobs = jobs
    request.limit = limit
    request.since = since
    request.prune = prune
    request.baseURL = baseURL.flatMap { URL(string: $0) }
    request.timeout = timeout
    request.itemTimeout = itemTimeout
    let display = BatchProgressDisplay(quiet: quiet, terminal: isatty(STDERR_FILENO) == 1)
    let summary = try FeedRendering.run(request, cancellation: cancellation, progress: display.show)
    display.finish(summary)
    if json { print(try JSONReport.batch(summary)) }
    if summary.interrupted { throw ExitCode(ExitCodes.interrupted) }
    if summary.failed > 0 { throw ExitCode(ExitCodes.renderingFailed) }
  }

  /// This program (its real path, past any symlink): the workers run it, and vorleser-fetch lies beside it.
  private static var executable: URL {
    URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
  }
}
