import AudioFile
import Foundation

/// Runs render jobs in worker processes of the `vorleser` executable (`vorleser render-job`), a fixed
/// number at a time. espeak-ng keeps global state, is not thread-safe and its output drifts within one
/// process, so every article gets a fresh process: the bytes then do not depend on the number of workers.
public final class RenderWorkerPool {
  /// How one job ended.
  public enum Ending: Sendable, Equatable {
    /// The worker reported back (success or a one-line error).
    case reported(RenderJobOutcome)
    /// The worker was stopped by an interruption before it finished; it left no file.
    case stopped
  }

  private let executable: URL
  private let workers: Int
  private let scratch: URL

  /// A pool running `workers` processes of `executable` at a time, passing jobs through files in `scratch`.
  public init(executable: URL, workers: Int, scratch: URL) {
    self.executable = executable
    self.workers = max(1, workers)
    self.scratch = scratch
  }

  /// Runs `jobs`, calling `finished` on this thread, in completion order, with each job's index and ending.
  /// Once `shouldStop` returns true no new job starts, running workers are asked to stop (SIGTERM), and
  /// the call returns when they have exited.
  public func run(
    _ jobs: [RenderJob], shouldStop: () -> Bool, finished: (Int, Ending) -> Void
  ) throws {
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    let exits = ExitQueue()
    var running: [Int: Process] = [:]
    var next = 0
    var stopping = false
    while next < jobs.count || !running.isEmpty {
      if !stopping, shouldStop() {
        stopping = true
        for process in running.values where process.isRunning { process.terminate() }
      }
      while !stopping, running.count < workers, next < jobs.count {
        do {
          running[next] = try launch(jobs[next], index: next, exits: exits)
        } catch {
          finished(next, .reported(RenderJobOutcome(error: "\(jobs[next].source): cannot start a worker: \(error)")))
        }
        next += 1
      }
      if stopping, next < jobs.count { next = jobs.count }
      for index in exits.wait() {
        guard let process = running.removeValue(forKey: index) else { continue }
        finished(index, ending(of: process, job: jobs[index], index: index))
      }
    }
  }

  private func files(_ index: Int) -> (job: URL, outcome: URL, log: URL) {
    (
      scratch.appendingPathComponent("job-\(index).json"), scratch.appendingPathComponent("job-\(index).outcome.json"),
      scratch.appendingPathComponent("job-\(index).log")
    )
  }

  private func launch(_ job: RenderJob, index: Int, exits: ExitQueue) throws -> Process {
    let (jobFile, outcomeFile, logFile) = files(index)
    try JSONEncoder().encode(job).write(to: jobFile)
    try? FileManager.default.removeItem(at: outcomeFile)
    _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
    let process = Process()
    process.executableURL = executable
    process.arguments = ["render-job", jobFile.path, outcomeFile.path]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = try FileHandle(forWritingTo: logFile)
    process.terminationHandler = { _ in exits.push(index) }
    try process.run()
    return process
  }

  private func ending(of process: Process, job: RenderJob, index: Int) -> Ending {
    let (jobFile, outcomeFile, logFile) = files(index)
    let leftover = ChapteredWaveWriter.temporaryFile(
      for: URL(fileURLWithPath: job.destination), process: process.processIdentifier)
    defer {
      // A worker killed outright cannot clean up after itself.
      for file in [jobFile, outcomeFile, logFile, leftover] { try? FileManager.default.removeItem(at: file) }
    }
    if let data = try? Data(contentsOf: outcomeFile),
      let outcome = try? JSONDecoder().decode(RenderJobOutcome.self, from: data)
    {
      return .reported(outcome)
    }
    let status = process.terminationStatus
    if process.terminationReason == .exit, status == 130 || status == 143 { return .stopped }
    if process.terminationReason == .uncaughtSignal, status == SIGTERM || status == SIGINT { return .stopped }
    let log = (try? String(contentsOf: logFile, encoding: .utf8))?.split(separator: "\n").last.map(String.init)
    let how = process.terminationReason == .uncaughtSignal ? "was killed by signal \(status)" : "exited with \(status)"
    return .reported(RenderJobOutcome(error: "\(job.source): the worker \(how)" + (log.map { ": \($0)" } ?? "")))
  }
}

/// Worker exits, handed from Foundation's termination handlers to the pool's thread.
private final class ExitQueue: @unchecked Sendable {
  private let lock = NSLock()
  private let signal = DispatchSemaphore(value: 0)
  private var exited: [Int] = []

  func push(_ index: Int) {
    lock.withLock { exited.append(index) }
    signal.signal()
  }

  /// The workers that exited since the last call; waits a little for one when there are none, so the
  /// caller can look at interruptions in between.
  func wait() -> [Int] {
    _ = signal.wait(timeout: .now() + .milliseconds(100))
    return lock.withLock {
      defer { exited.removeAll() }
      return exited
    }
  }
}
