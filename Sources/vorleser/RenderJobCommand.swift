import ArgumentParser
import Foundation
import Speech
import Vorleser

/// `vorleser render-job`: the worker process of `vorleser feed`. Renders one job file, writes its outcome.
struct RenderJobCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render-job",
    abstract: "Render one job written by `vorleser feed` (a worker process; not for direct use).",
    shouldDisplay: false
  )

  @Argument(help: "The job file (JSON).")
  var job: String

  @Argument(help: "Where to write the outcome (JSON).")
  var outcome: String

  func run() throws {
    // The batch decides when to stop and says so with SIGTERM; a Ctrl-C at the terminal is for the batch.
    signal(SIGINT, SIG_IGN)
    Interruption.install(for: [SIGTERM])
    let job = try JSONDecoder().decode(RenderJob.self, from: Data(contentsOf: URL(fileURLWithPath: self.job)))
    let result: RenderJobOutcome
    do {
      let renderer = ArticleRenderer(synthesizer: try EspeakSynthesizer.shared())
      result = RenderJobOutcome(
        try renderer.render(
          job.script, tags: job.tags, source: job.source, to: URL(fileURLWithPath: job.destination), voice: job.voice,
          shouldStop: Interruption.shouldStop))
    } catch SpeechError.cancelled {
      throw ExitCode(CommandFailure.interrupted)
    } catch {
      let message = CommandFailure(error)?.message ?? "\(error)"
      result = RenderJobOutcome(error: message.hasPrefix(job.source) ? message : "\(job.source): \(message)")
    }
    try JSONEncoder().encode(result).write(to: URL(fileURLWithPath: outcome), options: .atomic)
  }
}
