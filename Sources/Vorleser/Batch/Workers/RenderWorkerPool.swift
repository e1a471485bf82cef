import AudioFile
import Foundation

/// Runs render jobs in worker processes (`vorleser render-worker`, see `WorkerServer`), a fixed number at
/// a time. espeak-ng keeps global state, is not thread-safe and its output drifts within one process, so
/// each worker starts espeak-ng once and renders every job in a child forked from that fresh state: the
/// bytes do not depend on the number of workers or on which worker got which job.
public final class RenderWorkerPool {
  /// How one job ended.
  public enum Ending: Sendable, Equatable {
    /// The job finished: the audio was written, or the outcome holds a one-line error.
    case reported(RenderJobOutcome)
    /// The worker was stopped by an interruption before it finished; it left no file.
    case stopped
  }

  /// Seconds a worker may go past a job's time limit before the pool kills the worker itself.
  static let workerGrace = 30.0

  private let command: WorkerCommand
  private let workers: Int
  private let scratch: URL
  private let timeout: Double?

  /// A pool running `workers` processes of `command` at a time, passing jobs through files in `scratch`.
  /// A job may take `timeout` seconds (nil: each job's `defaultTimeout`).
  public init(command: WorkerCommand, workers: Int, scratch: URL, timeout: Double? = nil) {
    self.command = command
    self.workers = max(1, workers)
    self.scratch = scratch
    self.timeout = timeout
  }

  /// Runs `jobs`, calling `finished` on this thread, in completion order, with each job's index and ending.
  /// Once `shouldStop` returns true no new job starts, running jobs are asked to stop (SIGTERM), and the
  /// call returns when the workers have exited.
  public func run(_ jobs: [RenderJob], shouldStop: () -> Bool, finished: (Int, Ending) -> Void) throws {
    guard !jobs.isEmpty else { return }
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    // A worker that dies must not take the batch with it when we write its next job.
    signal(SIGPIPE, SIG_IGN)
    var idle: [WorkerProcess] = []
    var busy: [Int32: WorkerProcess] = [:]
    var next = 0
    var stopping = false
    var started = 0
    defer {
      let workers = idle + Array(busy.values)
      for worker in workers { worker.endInput() }
      for worker in workers { worker.waitForExit() }
    }
    while next < jobs.count || !busy.isEmpty {
      if !stopping, shouldStop() {
        stopping = true
        for worker in busy.values { worker.process.terminate() }
      }
      while !stopping, next < jobs.count, idle.count + busy.count < workers || !idle.isEmpty {
        let worker: WorkerProcess
        if let waiting = idle.popLast() {
          worker = waiting
        } else {
          do {
            worker = try WorkerProcess(command, log: scratch.appendingPathComponent("worker-\(started).log"))
            started += 1
          } catch {
            finished(next, .reported(RenderJobOutcome(error: "\(jobs[next].source): cannot start a worker: \(error)")))
            next += 1
            continue
          }
        }
        do {
          try send(jobs[next], index: next, to: worker)
          busy[worker.output] = worker
        } catch {
          // The worker is gone (it could not start espeak-ng, or crashed while idle).
          worker.endInput()
          worker.waitForExit()
          finished(next, .reported(died(worker, job: jobs[next], index: next)))
        }
        next += 1
      }
      if stopping { next = jobs.count }
      killStuck(Array(busy.values), jobs: jobs)
      for worker in WorkerProcess.wait(for: Array(busy.values)) {
        for report in worker.readReports() {
          worker.job = nil
          finished(report.index, ending(of: report, job: jobs[report.index], worker: worker))
        }
        if worker.hasExited {
          if let index = worker.job?.index {
            finished(index, stopping ? .stopped : .reported(died(worker, job: jobs[index], index: index)))
          }
          busy[worker.output] = nil
          worker.waitForExit()
        } else if worker.job == nil {
          busy[worker.output] = nil
          idle.append(worker)
        }
      }
    }
  }

  /// The time limit for `job`.
  private func limit(for job: RenderJob) -> Double { timeout ?? job.defaultTimeout }

  private func files(_ index: Int) -> (job: URL, outcome: URL) {
    (scratch.appendingPathComponent("job-\(index).json"), scratch.appendingPathComponent("job-\(index).outcome.json"))
  }

  private func send(_ job: RenderJob, index: Int, to worker: WorkerProcess) throws {
    let (jobFile, outcomeFile) = files(index)
    try JSONEncoder().encode(job).write(to: jobFile)
    try? FileManager.default.removeItem(at: outcomeFile)
    try worker.send(
      WorkerRequest(index: index, jobFile: jobFile.path, outcomeFile: outcomeFile.path, timeout: limit(for: job)))
  }

  /// Kills workers that went far past their job's time limit without reporting (a worker that hangs
  /// itself, not its child); they then count as died.
  private func killStuck(_ workers: [WorkerProcess], jobs: [RenderJob]) {
    let now = DispatchTime.now().uptimeNanoseconds
    for worker in workers {
      guard let (index, since) = worker.job else { continue }
      let allowed = limit(for: jobs[index]) + Self.workerGrace
      if Double(now - since) / 1e9 > allowed { worker.kill() }
    }
  }

  private func ending(of report: WorkerReport, job: RenderJob, worker: WorkerProcess) -> Ending {
    let (jobFile, outcomeFile) = files(report.index)
    defer {
      // A child killed outright cannot clean up after itself.
      for file in [jobFile, outcomeFile] { try? FileManager.default.removeItem(at: file) }
      if report.status != .finished { TemporaryAudioFile.removeLeftovers(for: URL(fileURLWithPath: job.destination)) }
    }
    switch report.status {
    case .finished:
      guard let data = try? Data(contentsOf: outcomeFile),
        let outcome = try? JSONDecoder().decode(RenderJobOutcome.self, from: data)
      else { return .reported(RenderJobOutcome(error: "\(job.source): the worker wrote no outcome")) }
      return .reported(outcome)
    case .stopped:
      return .stopped
    case .timedOut(let seconds):
      return .reported(RenderJobOutcome(error: "\(job.source): timed out after \(Self.seconds(seconds)) s"))
    case .exited(let code):
      return .reported(RenderJobOutcome(error: "\(job.source): the worker exited with \(code)" + worker.lastLogLine))
    case .killed(let signal):
      let name = strsignal(signal).map { String(cString: $0) } ?? "signal \(signal)"
      return .reported(RenderJobOutcome(error: "\(job.source): rendering crashed (\(name))" + worker.lastLogLine))
    }
  }

  private func died(_ worker: WorkerProcess, job: RenderJob, index: Int) -> RenderJobOutcome {
    worker.waitForExit()
    let (jobFile, outcomeFile) = files(index)
    for file in [jobFile, outcomeFile] { try? FileManager.default.removeItem(at: file) }
    TemporaryAudioFile.removeLeftovers(for: URL(fileURLWithPath: job.destination))
    return RenderJobOutcome(
      error: "\(job.source): the worker exited with \(worker.process.terminationStatus)" + worker.lastLogLine)
  }

  /// Seconds for a message: whole numbers without a fraction.
  private static func seconds(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
  }
}
