import Foundation

// The line protocol between a batch (`RenderWorkerPool`, the parent) and its worker processes
// (`WorkerServer`). The batch writes one request line per job to a worker's standard input; the worker
// renders the job in a child process forked from its warm espeak-ng state and writes one report line to
// its standard output when the child has ended. The job and its outcome travel as JSON files in the
// batch's scratch folder, named in the request. Fields are separated by tabs; paths never hold tabs or
// line breaks (the batch makes them).

/// One job for a worker: `INDEX<TAB>JOB-FILE<TAB>OUTCOME-FILE<TAB>TIMEOUT`, the timeout in seconds or `-`.
public struct WorkerRequest: Sendable, Equatable {
  /// The job's number in the batch.
  public var index: Int
  /// The `RenderJob` JSON to read.
  public var jobFile: String
  /// Where the child writes its `RenderJobOutcome` JSON.
  public var outcomeFile: String
  /// Seconds the job may take before the worker kills its child; nil for no limit.
  public var timeout: Double?

  /// A request from its parts.
  public init(index: Int, jobFile: String, outcomeFile: String, timeout: Double?) {
    self.index = index
    self.jobFile = jobFile
    self.outcomeFile = outcomeFile
    self.timeout = timeout
  }

  /// The request as one line, without the line break.
  public var line: String {
    [String(index), jobFile, outcomeFile, timeout.map { String($0) } ?? "-"].joined(separator: "\t")
  }

  /// The request in `line`; nil when the line is not a request.
  public init?(line: some StringProtocol) {
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard fields.count == 4, let index = Int(fields[0]), !fields[1].isEmpty, !fields[2].isEmpty else { return nil }
    let timeout: Double?
    if fields[3] == "-" {
      timeout = nil
    } else if let seconds = Double(fields[3]), seconds > 0 {
      timeout = seconds
    } else {
      return nil
    }
    self.init(index: index, jobFile: String(fields[1]), outcomeFile: String(fields[2]), timeout: timeout)
  }
}

/// How a job's child process ended.
public enum WorkerStatus: Sendable, Equatable {
  /// It wrote its outcome: the rendered file, or a one-line error about the article.
  case finished
  /// It stopped because the batch asked it to (SIGTERM, Ctrl-C); it left no file.
  case stopped
  /// It ran past its time limit and was killed.
  case timedOut(seconds: Double)
  /// It exited with this status without an outcome.
  case exited(Int32)
  /// A signal other than the batch's SIGTERM ended it (a crash).
  case killed(signal: Int32)

  /// The exit status a child gives for each ending it chooses itself.
  enum ExitCode {
    /// The outcome file is written.
    static let finished: Int32 = 0
    /// The outcome could not be written.
    static let failed: Int32 = 1
    /// Stopped on request (128 + SIGINT, as shells report Ctrl-C).
    static let stopped: Int32 = 130
  }

  /// The ending that `waitpid`'s `status` describes.
  init(waitStatus status: Int32) {
    let signal = status & 0x7f
    guard signal != 0 else {
      let code = (status >> 8) & 0xff
      switch code {
      case ExitCode.finished: self = .finished
      case ExitCode.stopped: self = .stopped
      default: self = .exited(code)
      }
      return
    }
    self = signal == SIGTERM ? .stopped : .killed(signal: signal)
  }

  /// The status as a report field: `finished`, `stopped`, `timed-out SECONDS`, `exited CODE`, `killed SIGNAL`.
  var field: String {
    switch self {
    case .finished: "finished"
    case .stopped: "stopped"
    case .timedOut(let seconds): "timed-out \(seconds)"
    case .exited(let code): "exited \(code)"
    case .killed(let signal): "killed \(signal)"
    }
  }

  /// The status in report field `field`.
  init?(field: some StringProtocol) {
    let words = field.split(separator: " ")
    switch (words.first, words.count) {
    case ("finished", 1): self = .finished
    case ("stopped", 1): self = .stopped
    case ("timed-out", 2):
      guard let seconds = Double(words[1]) else { return nil }
      self = .timedOut(seconds: seconds)
    case ("exited", 2):
      guard let code = Int32(words[1]) else { return nil }
      self = .exited(code)
    case ("killed", 2):
      guard let signal = Int32(words[1]) else { return nil }
      self = .killed(signal: signal)
    default: return nil
    }
  }
}

/// A worker's report on one job: `INDEX<TAB>STATUS<TAB>PID`, the child's process id last.
public struct WorkerReport: Sendable, Equatable {
  /// The job's number, as in its request.
  public var index: Int
  /// How the job's child ended.
  public var status: WorkerStatus
  /// The child's process id (0 when no child could be started).
  public var process: Int32

  /// A report from its parts.
  public init(index: Int, status: WorkerStatus, process: Int32) {
    self.index = index
    self.status = status
    self.process = process
  }

  /// The report as one line, without the line break.
  public var line: String { "\(index)\t\(status.field)\t\(process)" }

  /// The report in `line`; nil when the line is not a report.
  public init?(line: some StringProtocol) {
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard fields.count == 3, let index = Int(fields[0]), let status = WorkerStatus(field: fields[1]),
      let process = Int32(fields[2])
    else { return nil }
    self.init(index: index, status: status, process: process)
  }
}
