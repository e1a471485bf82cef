import Foundation
import Speech

/// The worker side of a batch (`vorleser render-worker`): starts the speech engine once, then renders
/// every job it is sent in a child forked from that fresh state, and reports how each child ended.
///
/// espeak-ng's output drifts with what a process has spoken before, so no two articles share a process,
/// yet no child pays for starting Swift, Foundation and espeak-ng again. A child that outlives its time
/// limit is killed; SIGTERM is forwarded to the running child and ends the loop.
public struct WorkerServer: Sendable {
  private let engine: @Sendable () throws -> SpeechSynthesizing

  /// A server whose children speak through the engine `engine` makes (called once, before any fork).
  public init(engine: @escaping @Sendable () throws -> SpeechSynthesizing) {
    self.engine = engine
  }

  /// The server speaking through espeak-ng.
  public static let espeak = WorkerServer { try EspeakSynthesizer.shared() }

  /// Serves the requests on standard input until it ends or SIGTERM arrives, reporting on standard output.
  public func serve() throws {
    // The batch decides when to stop and says so with SIGTERM; a Ctrl-C at the terminal is for the batch.
    signal(SIGINT, SIG_IGN)
    let cancellation = Cancellation.handlingSignals([SIGTERM])
    let synthesizer = try engine()
    var loadedVoice: VoiceProfile?
    while !cancellation.isRequested, let line = readLine() {
      guard let request = WorkerRequest(line: line) else {
        Self.log("not a request: \(line.prefix(200))")
        continue
      }
      let job: RenderJob
      do {
        job = try JSONDecoder().decode(RenderJob.self, from: Data(contentsOf: URL(fileURLWithPath: request.jobFile)))
      } catch {
        Self.log("\(request.jobFile): \(error)")
        report(WorkerReport(index: request.index, status: .exited(WorkerStatus.ExitCode.failed), process: 0))
        continue
      }
      // Loading the voice (and its dictionary) once here spares every child the work; all children
      // still start from the same state.
      if job.voice != loadedVoice {
        try? synthesizer.use(job.voice)
        loadedVoice = job.voice
      }
      let (status, child) = ForkedChild.run(timeout: request.timeout, cancellation: cancellation) {
        Self.render(job, outcome: request.outcomeFile, synthesizer: synthesizer, cancellation: cancellation)
      }
      report(WorkerReport(index: request.index, status: status, process: child))
    }
  }

  /// One report line, written at once (unbuffered: a forked child must not inherit pending output).
  private func report(_ report: WorkerReport) {
    FileHandle.standardOutput.write(Data((report.line + "\n").utf8))
  }

  private static func log(_ message: String) {
    FileHandle.standardError.write(Data("vorleser render-worker: \(message)\n".utf8))
  }

  /// Renders one job in the forked child; returns the child's exit status.
  private static func render(
    _ job: RenderJob, outcome: String, synthesizer: SpeechSynthesizing, cancellation: Cancellation
  ) -> Int32 {
    let result: RenderJobOutcome
    do {
      let renderer = ArticleRenderer(synthesizer: synthesizer)
      result = RenderJobOutcome(
        try renderer.render(
          job.script, tags: job.tags, source: job.source, to: URL(fileURLWithPath: job.destination),
          format: job.format, encoding: job.encoding, voice: job.voice, shouldStop: cancellation.shouldStop))
    } catch SpeechError.cancelled {
      return WorkerStatus.ExitCode.stopped
    } catch {
      let message = FailureReport(error)?.message ?? "\(error)"
      result = RenderJobOutcome(error: message.hasPrefix(job.source) ? message : "\(job.source): \(message)")
    }
    do {
      try JSONEncoder().encode(result).write(to: URL(fileURLWithPath: outcome), options: .atomic)
      return WorkerStatus.ExitCode.finished
    } catch {
      log("\(outcome): \(error)")
      return WorkerStatus.ExitCode.failed
    }
  }
}
