import AudioFile
import Foundation

/// Runs render jobs in worker processes of the `vorleser` executable (`vorleser render-worker`), a fixed
/// number at a time. espeak-ng keeps global state, is not thread-safe and its output drifts within one
/// process, so each worker starts espeak-ng once and renders every job in a child forked from that fresh
/// state: the bytes do not depend on the number of workers or on which worker got which job.
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
  /// Once `shouldStop` returns true no new job starts, running jobs are asked to stop (SIGTERM), and the
  /// call returns when the workers have exited.
  public func run(_ jobs: [RenderJob], shouldStop: () -> Bool, finished: (Int, Ending) -> Void) throws {
    guard !jobs.isEmpty else { return }
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    // A worker that dies must not take the batch with it when we write its next job.
    signal(SIGPIPE, SIG_IGN)
    var idle: [Worker] = []
    var busy: [Int32: Worker] = [:]
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
        let worker: Worker
        if let waiting = idle.popLast() {
          worker = waiting
        } else {
          do {
            worker = try Worker(executable: executable, log: scratch.appendingPathComponent("worker-\(started).log"))
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
      for worker in Worker.wait(for: Array(busy.values)) {
        let reports = worker.readReports()
        for report in reports {
          worker.job = nil
          finished(report.index, ending(of: report, job: jobs[report.index], worker: worker))
        }
        if worker.hasExited {
          if let index = worker.job {
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

  private func files(_ index: Int) -> (job: URL, outcome: URL) {
    (scratch.appendingPathComponent("job-\(index).json"), scratch.appendingPathComponent("job-\(index).outcome.json"))
  }

  private func send(_ job: RenderJob, index: Int, to worker: Worker) throws {
    let (jobFile, outcomeFile) = files(index)
    try JSONEncoder().encode(job).write(to: jobFile)
    try? FileManager.default.removeItem(at: outcomeFile)
    worker.job = index
    try worker.input.write(contentsOf: Data("\(index)\t\(jobFile.path)\t\(outcomeFile.path)\n".utf8))
  }

  private func ending(of report: Worker.Report, job: RenderJob, worker: Worker) -> Ending {
    let (jobFile, outcomeFile) = files(report.index)
    let leftover = ChapteredWaveWriter.temporaryFile(
      for: URL(fileURLWithPath: job.destination), process: report.process)
    defer {
      // A child killed outright cannot clean up after itself.
      for file in [jobFile, outcomeFile, leftover] { try? FileManager.default.removeItem(at: file) }
    }
    if report.status == 0, let data = try? Data(contentsOf: outcomeFile),
      let outcome = try? JSONDecoder().decode(RenderJobOutcome.self, from: data)
    {
      return .reported(outcome)
    }
    if report.status == 130 || report.status == 128 + SIGTERM { return .stopped }
    let how = report.status > 128 ? "was killed by signal \(report.status - 128)" : "exited with \(report.status)"
    return .reported(RenderJobOutcome(error: "\(job.source): the worker \(how)" + worker.lastLogLine))
  }

  private func died(_ worker: Worker, job: RenderJob, index: Int) -> RenderJobOutcome {
    worker.waitForExit()
    let (jobFile, outcomeFile) = files(index)
    for file in [jobFile, outcomeFile] { try? FileManager.default.removeItem(at: file) }
    return RenderJobOutcome(
      error: "\(job.source): the worker exited with \(worker.process.terminationStatus)" + worker.lastLogLine)
  }
}

/// One `vorleser render-worker` process and the pipes to it.
private final class Worker {
  /// A job's end as the worker reports it.
  struct Report {
    var index: Int
    var status: Int32
    var process: Int32
  }

  let process = Process()
  let input: FileHandle
  /// Signalled when the process has exited. Foundation's `waitUntilExit` polls every 50 ms, which
  /// would add up over a batch.
  private let exited = DispatchSemaphore(value: 0)
  /// The descriptor its reports arrive on.
  let output: Int32
  /// The job it is rendering.
  var job: Int?
  private(set) var hasExited = false
  private var reaped = false
  private let outputHandle: FileHandle
  private let log: URL
  private var pending = Data()

  init(executable: URL, log: URL) throws {
    let toWorker = Pipe()
    let fromWorker = Pipe()
    self.log = log
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    process.executableURL = executable
    process.arguments = ["render-worker"]
    process.standardInput = toWorker
    process.standardOutput = fromWorker
    process.standardError = try FileHandle(forWritingTo: log)
    process.terminationHandler = { [exited] _ in exited.signal() }
    try process.run()
    input = toWorker.fileHandleForWriting
    outputHandle = fromWorker.fileHandleForReading
    output = outputHandle.fileDescriptor
  }

  /// The workers among `workers` with something to read, waiting up to a tenth of a second.
  static func wait(for workers: [Worker]) -> [Worker] {
    guard !workers.isEmpty else { return [] }
    var descriptors = workers.map { pollfd(fd: $0.output, events: Int16(POLLIN), revents: 0) }
    guard poll(&descriptors, nfds_t(descriptors.count), 100) > 0 else { return [] }
    return zip(workers, descriptors).filter { $0.1.revents != 0 }.map(\.0)
  }

  /// The complete report lines that arrived; notes when the worker has gone.
  func readReports() -> [Report] {
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = read(output, &buffer, buffer.count)
    if count <= 0 {
      hasExited = true
      return []
    }
    pending.append(contentsOf: buffer[0..<count])
    var reports: [Report] = []
    while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
      let fields = String(decoding: pending[..<newline], as: UTF8.self).split(separator: "\t")
      pending.removeSubrange(...newline)
      if fields.count == 3, let index = Int(fields[0]), let status = Int32(fields[1]), let process = Int32(fields[2]) {
        reports.append(Report(index: index, status: status, process: process))
      }
    }
    return reports
  }

  /// ": " and the last line the worker wrote to standard error, if any.
  var lastLogLine: String {
    let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").last.map { ": \($0)" } ?? ""
  }

  /// Ends the worker's input: it exits once it is idle.
  func endInput() {
    try? input.close()
  }

  /// Waits until the worker has exited (once; later calls return at once).
  func waitForExit() {
    guard !reaped else { return }
    exited.wait()
    reaped = true
  }
}
