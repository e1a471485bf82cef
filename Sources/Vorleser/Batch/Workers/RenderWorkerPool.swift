import AudioFile
import Failures
import Foundation

/// Runs jobs (reading items, rendering them) in worker processes (`vorleser render-worker`, see `WorkerServer`), a fixed number at
/// a time. espeak-ng keeps global state, is not thread-safe and its output drifts within one process, so
/// each worker starts espeak-ng once and renders every job in a child forked from that fresh state: the
/// bytes do not depend on the number of workers or on which worker got which job.
public final class RenderWorkerPool {
  /// How one job ended.
  public enum Ending: Sendable, Equatable {
    /// The job finished: the item was read or its audio written, or it failed with a one-line error.
    case reported(WorkerOutcome)
    /// The worker was stopped by an interruption before it finished; it left no file.
    case stopped
  }

  /// Seconds a worker may go past a job's time limit before the pool kills the worker itself.
  static let workerGrace = 30.0

  private let command: WorkerCommand
  private let workers: Int
  private let scratch: URL
  private let timeout: Double?
  /// Workers waiting for a job, kept from one `run` to the next.
  private var idle: [WorkerProcess] = []
  /// For each running render job, the file that stood under its name when it started (device and inode).
  private var earlierFiles: [Int: FileIdentity?] = [:]
  private var started = 0

  /// A pool running `workers` processes of `command` at a time, passing jobs through files in `scratch`.
  /// A job may take `timeout` seconds (nil: each job's `defaultTimeout`).
  public init(command: WorkerCommand, workers: Int, scratch: URL, timeout: Double? = nil) {
    self.command = command
    self.workers = max(1, workers)
    self.scratch = scratch
    self.timeout = timeout
  }

  deinit {
    close()
  }

  /// Ends the idle workers and waits until they have exited.
  public func close() {
    for worker in idle { worker.endInput() }
    for worker in idle { worker.waitForExit() }
    idle = []
  }

  /// Runs `jobs`, calling `starting` before a job is sent to a worker (a job whose `starting` throws is
  /// not run, and ends with the error), and `finished` on this thread, in completion order, with each
  /// job's index and ending. Once `shouldStop` returns true no new job starts, running jobs are asked to
  /// stop (SIGTERM), and the call returns when their workers have exited. Idle workers stay for the next
  /// call until `close`.
  public func run(
    _ jobs: [WorkerJob], shouldStop: () -> Bool, starting: (Int) throws -> Void = { _ in },
    finished: (Int, Ending) -> Void
  ) throws {
    guard !jobs.isEmpty else { return }
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    // A worker that dies must not take the batch with it when we write its next job.
    signal(SIGPIPE, SIG_IGN)
    var busy: [Int32: WorkerProcess] = [:]
    var next = 0
    var stopping = false
    defer {
      let workers = Array(busy.values) + (stopping ? idle : [])
      for worker in workers { worker.endInput() }
      for worker in workers { worker.waitForExit() }
      if stopping { idle = [] }
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
            finished(next, .reported(.failed("\(jobs[next].source): cannot start a worker: \(error.oneLine)")))
            next += 1
            continue
          }
        }
        do {
          try starting(next)
        } catch {
          idle.append(worker)
          finished(next, .reported(.failed("\(jobs[next].source): \(error.oneLine)")))
          next += 1
          continue
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
  private func limit(for job: WorkerJob) -> Double { timeout ?? job.defaultTimeout }

  private func files(_ index: Int) -> (job: URL, outcome: URL) {
    (scratch.appendingPathComponent("job-\(index).json"), scratch.appendingPathComponent("job-\(index).outcome.json"))
  }

  private func send(_ job: WorkerJob, index: Int, to worker: WorkerProcess) throws {
    let (jobFile, outcomeFile) = files(index)
    try JSONEncoder().encode(job).write(to: jobFile)
    try? FileManager.default.removeItem(at: outcomeFile)
    if let destination = job.destination { earlierFiles[index] = Self.fileIdentity(destination.path) }
    try worker.send(
      WorkerRequest(index: index, jobFile: jobFile.path, outcomeFile: outcomeFile.path, timeout: limit(for: job)))
  }

  /// Kills workers that went far past their job's time limit without reporting (a worker that hangs
  /// itself, not its child); they then count as died.
  private func killStuck(_ workers: [WorkerProcess], jobs: [WorkerJob]) {
    let now = DispatchTime.now().uptimeNanoseconds
    for worker in workers {
      guard let (index, since) = worker.job else { continue }
      let allowed = limit(for: jobs[index]) + Self.workerGrace
      if Double(now - since) / 1e9 > allowed { worker.kill() }
    }
  }

  private func ending(of report: WorkerReport, job: WorkerJob, worker: WorkerProcess) -> Ending {
    switch report.status {
    case .finished:
      guard let outcome = collect(report.index, job: job) else {
        return .reported(.failed("\(job.source): the worker wrote no outcome"))
      }
      return .reported(outcome)
    case .stopped:
      collectBroken(report.index, job: job)
      return .stopped
    case .timedOut(let seconds):
      collectBroken(report.index, job: job)
      return .reported(.failed("\(job.source): timed out after \(Self.seconds(seconds)) s"))
    case .exited(let code):
      collectBroken(report.index, job: job)
      return .reported(.failed("\(job.source): the worker exited with \(code)" + worker.lastLogLine))
    case .killed(let signal):
      collectBroken(report.index, job: job)
      let what = if case .plan = job { "reading the item" } else { "rendering" }
      return .reported(.failed("\(job.source): \(what) crashed (\(Self.signalName(signal)))" + worker.lastLogLine))
    }
  }

  private func died(_ worker: WorkerProcess, job: WorkerJob, index: Int) -> WorkerOutcome {
    worker.waitForExit()
    // The child may have finished just before its worker went: then its work counts.
    if let outcome = collect(index, job: job) { return outcome }
    collectBroken(index, job: job)
    let status = worker.process.terminationStatus
    let ending =
      worker.process.terminationReason == .uncaughtSignal
      ? "the worker was killed (\(Self.signalName(status)))" : "the worker exited with \(status)"
    return .failed("\(job.source): \(ending)" + worker.lastLogLine)
  }

  /// The outcome a job's child wrote, if it wrote one; the job's files are removed either way.
  private func collect(_ index: Int, job: WorkerJob) -> WorkerOutcome? {
    let (jobFile, outcomeFile) = files(index)
    defer {
      for file in [jobFile, outcomeFile] { try? FileManager.default.removeItem(at: file) }
    }
    guard let data = try? Data(contentsOf: outcomeFile) else { return nil }
    let outcome = try? JSONDecoder().decode(WorkerOutcome.self, from: data)
    if case .rendered? = outcome, let destination = job.destination, Self.fileIdentity(destination.path) == nil {
      return nil
    }
    earlierFiles[index] = nil
    return outcome
  }

  /// Cleans up after a job whose child did not finish: a child killed outright leaves its temporary file,
  /// and one killed between renaming its file into place and reporting leaves a file (and read-along
  /// files) no record names — they go, so that the item renders again under the same name.
  private func collectBroken(_ index: Int, job: WorkerJob) {
    let (jobFile, outcomeFile) = files(index)
    for file in [jobFile, outcomeFile] { try? FileManager.default.removeItem(at: file) }
    guard let destination = job.destination else { return }
    TemporaryAudioFile.removeLeftovers(for: destination)
    let now = Self.fileIdentity(destination.path)
    if let now, now != earlierFiles[index] ?? nil {
      // Its read-along files come after the audio, so they are this render's too (or half of them).
      let folder = destination.deletingLastPathComponent()
      let readAlong = ReadAlongFiles.Names(audio: destination.lastPathComponent).all()
      let leftovers = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
        AtomicFile.isLeftover($0, of: readAlong.contains)
      }
      for name in [destination.lastPathComponent] + readAlong + leftovers {
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
      }
    }
    earlierFiles[index] = nil
  }

  /// Which file stands at `path` (device and inode), nil when none does.
  private static func fileIdentity(_ path: String) -> FileIdentity? {
    var status = stat()
    guard lstat(path, &status) == 0 else { return nil }
    return FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
  }

  /// A signal's name for a message ("Killed", "Aborted").
  private static func signalName(_ signal: Int32) -> String {
    strsignal(signal).map { String(cString: $0) } ?? "signal \(signal)"
  }

  /// Seconds for a message: whole numbers without a fraction.
  private static func seconds(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
  }
}

/// A file on disk: its device and inode, which a rename over it changes.
struct FileIdentity: Equatable {
  var device: UInt64
  var inode: UInt64
}
