import CProcess
import Failures
import Foundation
import GermanNormalizer
import Speech

/// The worker side of a batch (`vorleser render-worker`): starts the speech engine once, then runs every
/// job it is sent — reading a feed item, or rendering a script — in a child forked from that fresh state,
/// and reports how each child ended.
///
/// espeak-ng's output drifts with what a process has spoken before, so no two articles share a process,
/// yet no child pays for starting Swift, Foundation and espeak-ng again; an item that crashes or hangs
/// the parser or the synthesizer takes only its child down. A child that outlives its time limit is
/// killed; SIGTERM is forwarded to the running child and ends the loop. Worker and children die with
/// their parent, so nothing is written after the batch is gone.
public struct WorkerServer: Sendable {
  /// The environment variable through which a batch tells its workers its process id.
  public static let parentVariable = "VORLESER_BATCH_PID"
  private let engine: @Sendable () throws -> SpeechSynthesizing
  private let beforeReading: @Sendable (PlanJob) -> Void

  /// A server whose children speak through the engine `engine` makes (called once, before any fork);
  /// `beforeReading` runs in a child before it reads an item (the tests' fake workers crash or hang there).
  public init(
    engine: @escaping @Sendable () throws -> SpeechSynthesizing,
    beforeReading: @escaping @Sendable (PlanJob) -> Void = { _ in }
  ) {
    self.engine = engine
    self.beforeReading = beforeReading
  }

  /// The server speaking through espeak-ng.
  public static let espeak = WorkerServer { try EspeakSynthesizer.shared() }

  /// Serves the requests on standard input until it ends or SIGTERM arrives, reporting on standard output.
  public func serve() throws {
    if let parent = ProcessInfo.processInfo.environment[Self.parentVariable].flatMap(Int32.init),
      vorleser_die_with_parent(parent) != 0
    {
      return
    }
    // The batch decides when to stop and says so with SIGTERM; a Ctrl-C at the terminal is for the batch.
    signal(SIGINT, SIG_IGN)
    let cancellation = Cancellation.handlingSignals([SIGTERM])
    let synthesizer: SpeechSynthesizing
    do {
      synthesizer = try engine()
    } catch {
      Self.log("cannot start the speech engine: \(error.oneLine)")
      throw error
    }
    let worker = getpid()
    var loadedVoice: VoiceProfile?
    var reading: (settings: ReadingSettings, folders: [String], configuration: Result<ReadingConfiguration, Error>)?
    while !cancellation.isRequested, let line = readLine() {
      guard let request = WorkerRequest(line: line) else {
        Self.log("not a request: \(line.prefix(200))")
        continue
      }
      let job: WorkerJob
      do {
        job = try JSONDecoder().decode(WorkerJob.self, from: Data(contentsOf: URL(fileURLWithPath: request.jobFile)))
      } catch {
        Self.log("\(request.jobFile): \(error.oneLine)")
        report(WorkerReport(index: request.index, status: .exited(WorkerStatus.ExitCode.failed), process: 0))
        continue
      }
      // Loading the voice (and its dictionary), or the normalizer's lexicons, once here spares every child
      // the work; all children still start from the same state.
      var configuration: Result<ReadingConfiguration, Error>?
      switch job {
      case .render(let render):
        if render.voice != loadedVoice {
          try? synthesizer.use(render.voice)
          loadedVoice = render.voice
        }
      case .plan(let plan):
        if reading?.settings != plan.settings.reading || reading?.folders != plan.settings.voiceFolders {
          let folders = plan.settings.voiceFolders.map { URL(fileURLWithPath: $0) }
          let built = Result { try ReadingConfiguration(plan.settings.reading, voiceFolders: folders) }
          reading = (plan.settings.reading, plan.settings.voiceFolders, built)
        }
        configuration = reading?.configuration
      }
      let (status, child) = ForkedChild.run(timeout: request.timeout, cancellation: cancellation) {
        guard vorleser_die_with_parent(worker) == 0 else { return WorkerStatus.ExitCode.failed }
        if case .plan(let plan) = job { beforeReading(plan) }
        return Self.run(
          job, outcome: request.outcomeFile, synthesizer: synthesizer, reading: configuration,
          cancellation: cancellation)
      }
      report(WorkerReport(index: request.index, status: status, process: child))
    }
  }

  /// One report line, written at once (unbuffered: a forked child must not inherit pending output).
  private func report(_ report: WorkerReport) {
    FileHandle.standardOutput.write(Data((report.line + "\n").utf8))
  }

  /// What starts each message a worker writes to standard error.
  static let logPrefix = "vorleser render-worker: "

  private static func log(_ message: String) {
    FileHandle.standardError.write(Data("\(logPrefix)\(message)\n".utf8))
  }

  /// Runs one job in the forked child; returns the child's exit status.
  private static func run(
    _ job: WorkerJob, outcome: String, synthesizer: SpeechSynthesizing,
    reading: Result<ReadingConfiguration, Error>?, cancellation: Cancellation
  ) -> Int32 {
    let result: WorkerOutcome
    do {
      switch job {
      case .plan(let plan):
        guard let reading else { throw ReadingFailure(message: "\(plan.source): no reading configuration") }
        result = .planned(
          try ItemPlanning.plan(
            plan, reading: reading.get(), engine: EspeakSynthesizer.engineVersion, languages: synthesizer.languages))
      case .render(let render):
        let renderer = ArticleRenderer(synthesizer: synthesizer)
        result = .rendered(
          RenderJobOutcome(
            try renderer.render(
              render.script, tags: render.tags, source: render.source, to: URL(fileURLWithPath: render.destination),
              format: render.format, encoding: render.encoding, voice: render.voice, budget: render.budget,
              readAlong: render.readAlong, shouldStop: cancellation.shouldStop)))
      }
    } catch SpeechError.cancelled {
      return WorkerStatus.ExitCode.stopped
    } catch let failure as ReadingFailure {
      result = .failed(failure.message)
    } catch {
      let message = FailureReport(error)?.message ?? error.oneLine
      result = .failed(message.hasPrefix(job.source) ? message : "\(job.source): \(message)")
    }
    do {
      try JSONEncoder().encode(result).write(to: URL(fileURLWithPath: outcome), options: .atomic)
      return WorkerStatus.ExitCode.finished
    } catch {
      log("\(outcome): \(error.oneLine)")
      return WorkerStatus.ExitCode.failed
    }
  }
}
