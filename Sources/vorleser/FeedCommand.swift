import ArgumentParser
import Foundation
import Vorleser

/// `vorleser feed`: every item of a feed into its own chaptered audio file, plus manifest and podcast feed.
struct FeedCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "feed",
    abstract: "Render every item of an RSS, Atom or JSON feed into a folder, with a podcast feed.",
    discussion: """
      Writes one audio file (MP3 by default) and one chapters JSON per item, manifest.json (renders only \
      new or changed items next time) and feed.xml (podcast RSS). Every option can also be set in a JSON \
      config file (--config); the command line wins. Exit codes: 0 all items ok, 1 some items failed \
      (listed), 2 the feed, folder or settings cannot be used, 130 interrupted (finished items are kept).
      """
  )

  @Argument(help: "The feed: a file, - for standard input, or an http(s):// address.")
  var feed: String?

  @Option(name: .shortAndLong, help: "The output folder (created when missing).")
  var output: String?

  @Option(help: "A JSON file with settings for this command (feed, output, format, podcast, …).")
  var config: String?

  @Option(help: "Worker processes rendering at once (default: the number of cores).")
  var jobs: Int?

  @Option(help: "Render at most this many items (the first in the feed).")
  var limit: Int?

  @Option(
    help: ArgumentHelp(
      "Render only share I (from 0) of N of the items, by a hash of each item's guid; merge the shards' folders with vorleser publish.",
      valueName: "I/N"))
  var shard: String?

  @Option(help: "Only items published on or after this day (YYYY-MM-DD); undated items are kept.")
  var since: String?

  @OptionGroup var speaking: VoiceOptions

  @OptionGroup var encoding: EncodingOptions

  @OptionGroup var reading: ReadingOptions

  @OptionGroup var page: PageOptions

  @OptionGroup var readAlong: ReadAlongArguments

  @OptionGroup var podcast: PodcastOptions

  @Flag(help: "Remove items no longer in the feed, with their files.")
  var prune = false

  @Option(help: "The output folder's public address, for the podcast feed (e.g. https://example.org/audio/).")
  var baseURL: String?

  @Option(help: "Seconds a feed download may wait for data (default 30).")
  var timeout: Double?

  @Option(
    help: "Seconds one item may take to render before it is stopped and reported (default: 60 + 1 per 100 characters)."
  )
  var itemTimeout: Double?

  @Flag(name: .shortAndLong, help: "Print nothing but failures.")
  var quiet = false

  @Flag(help: "Print a JSON summary on standard output.")
  var json = false

  @Flag(help: "Print what every item would say, chapter by chapter, and write nothing.")
  var dryRun = false

  /// The settings given on the command line.
  private var given: FeedConfiguration {
    var given = FeedConfiguration()
    given.feed = feed
    given.output = output
    given.format = encoding.format
    given.bitrate = encoding.bitrate
    given.loudness = encoding.loudness
    given.voice = speaking.voice
    given.rate = speaking.rate
    given.pitch = speaking.pitch
    given.chapters = speaking.chapters
    given.genderForms = reading.genderForms
    given.lexicons = reading.lexicons.isEmpty ? nil : reading.lexicons
    given.pageRules = page.pageRules.isEmpty ? nil : page.pageRules
    given.tables = page.tables
    given.timings = readAlong.timings.map { $0 == .on }
    given.player = readAlong.player ? true : nil
    given.jobs = jobs
    given.limit = limit
    given.shard = shard
    given.since = since
    given.prune = prune ? true : nil
    given.baseURL = baseURL
    given.timeout = timeout
    given.itemTimeout = itemTimeout
    given.maxMinutes = encoding.maxMinutes
    given.podcast = podcast.channel
    return given
  }

  func run() throws {
    let file = try config.map(FeedConfiguration.load) ?? FeedConfiguration()
    let runs = try given.runs(over: file)
    if runs.count > 1 {
      try runEach(runs)
      return
    }
    var settings = runs[0]
    // A dry run writes nothing, so it needs no folder.
    if dryRun { settings.output = settings.output ?? "." }
    let request = try settings.request(program: Self.executable)
    let cancellation = Cancellation.handlingSignals()
    if dryRun {
      try preview(request, cancellation: cancellation)
      return
    }
    let display = BatchProgressDisplay(quiet: quiet, terminal: isatty(STDERR_FILENO) == 1)
    let summary = try FeedRendering.run(request, cancellation: cancellation, progress: display.show)
    display.finish(summary)
    if json { print(try JSONReport.batch(summary)) }
    if summary.interrupted { throw ExitCode(ExitCodes.interrupted) }
    if summary.failed > 0 { throw ExitCode(ExitCodes.renderingFailed) }
  }

  /// Runs the feeds of the config file one after the other, a summary at the end: exit 130 when stopped,
  /// 2 when a feed could not be used, 1 when an item failed.
  private func runEach(_ runs: [FeedConfiguration]) throws {
    if dryRun { throw ValidationError("--dry-run takes one feed, not the config file's \"feeds\"") }
    let display = BatchProgressDisplay(quiet: quiet, terminal: isatty(STDERR_FILENO) == 1)
    let outcomes = FeedRendering.runEach(
      runs, program: Self.executable, cancellation: .handlingSignals(), progress: display.show
    ) { outcome in
      switch outcome.result {
      case .success(let summary): display.finish(summary)
      case .failure(let failure): FileHandle.standardError.write(Data("vorleser: \(failure.message)\n".utf8))
      }
    }
    let summaries = outcomes.compactMap { try? $0.result.get() }
    let unusable = outcomes.count - summaries.count
    let failed = summaries.reduce(0) { $0 + $1.failed }
    let rendered = summaries.reduce(0) { $0 + $1.rendered }
    FileHandle.standardError.write(
      Data(
        ("\(runs.count) feeds: \(summaries.count) read, \(unusable) unusable; items: \(rendered) rendered, "
          + "\(failed) failed\n").utf8))
    if json { print(try JSONReport.batches(summaries)) }
    if summaries.contains(where: \.interrupted) || outcomes.count < runs.count { throw ExitCode(ExitCodes.interrupted) }
    if unusable > 0 { throw ExitCode(ExitCodes.badInput) }
    if failed > 0 { throw ExitCode(ExitCodes.renderingFailed) }
  }

  /// Prints each item's script, or why it cannot be read; exit 1 when some item cannot.
  private func preview(_ request: FeedRequest, cancellation: Cancellation) throws {
    var failed = 0
    for item in try FeedPreview.items(request, cancellation: cancellation) {
      print("== item \(item.position)" + (item.title.map { " “\($0)”" } ?? ""))
      switch item.script {
      case .success(let script):
        for chapter in script.chapters {
          print("[\(chapter.title)]")
          for utterance in chapter.utterances { print((utterance.language.map { "[\($0)] " } ?? "") + utterance.text) }
        }
      case .failure(let failure):
        failed += 1
        print("failed: \(failure.message)")
      }
      print()
    }
    if failed > 0 { throw ExitCode(ExitCodes.renderingFailed) }
  }

  /// This program (its real path, past any symlink): the workers run it, and vorleser-fetch lies beside it.
  private static var executable: URL {
    URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
  }
}
