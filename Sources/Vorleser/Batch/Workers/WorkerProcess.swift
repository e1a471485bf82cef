import Foundation

/// One worker process and the pipes to it, as the pool sees it: requests go in, reports come out.
final class WorkerProcess {
  let process = Process()
  /// The descriptor its reports arrive on.
  let output: Int32
  /// The job it is rendering, and since when (uptime in nanoseconds).
  var job: (index: Int, since: UInt64)?
  private(set) var hasExited = false
  private let input: FileHandle
  /// Signalled when the process has exited. Foundation's `waitUntilExit` polls every 50 ms, which
  /// would add up over a batch.
  private let exited = DispatchSemaphore(value: 0)
  private var reaped = false
  private let outputHandle: FileHandle
  private let log: URL
  private var pending = Data()

  /// Starts `command`, its standard error going to the file `log`.
  init(_ command: WorkerCommand, log: URL) throws {
    let toWorker = Pipe()
    let fromWorker = Pipe()
    self.log = log
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    process.executableURL = command.executable
    process.arguments = command.arguments
    var environment = ProcessInfo.processInfo.environment
    environment[WorkerServer.parentVariable] = String(getpid())
    // A crashing child is reported by its signal; the runtime's symbolicated backtrace would only delay it.
    if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
    process.environment = environment
    process.standardInput = toWorker
    process.standardOutput = fromWorker
    process.standardError = try FileHandle(forWritingTo: log)
    process.terminationHandler = { [exited] _ in exited.signal() }
    try process.run()
    input = toWorker.fileHandleForWriting
    outputHandle = fromWorker.fileHandleForReading
    output = outputHandle.fileDescriptor
  }

  /// Sends `request` and notes the job as running.
  func send(_ request: WorkerRequest) throws {
    job = (request.index, DispatchTime.now().uptimeNanoseconds)
    try input.write(contentsOf: Data((request.line + "\n").utf8))
  }

  /// The workers among `workers` with something to read, waiting up to a tenth of a second.
  static func wait(for workers: [WorkerProcess]) -> [WorkerProcess] {
    guard !workers.isEmpty else { return [] }
    var descriptors = workers.map { pollfd(fd: $0.output, events: Int16(POLLIN), revents: 0) }
    guard poll(&descriptors, nfds_t(descriptors.count), 100) > 0 else { return [] }
    return zip(workers, descriptors).filter { $0.1.revents != 0 }.map(\.0)
  }

  /// The complete report lines that arrived; notes when the worker has gone.
  func readReports() -> [WorkerReport] {
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = read(output, &buffer, buffer.count)
    if count <= 0 {
      hasExited = true
      return []
    }
    pending.append(contentsOf: buffer[0..<count])
    var reports: [WorkerReport] = []
    while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
      let line = String(decoding: pending[..<newline], as: UTF8.self)
      pending.removeSubrange(...newline)
      if let report = WorkerReport(line: line) { reports.append(report) }
    }
    return reports
  }

  /// ": " and the last message the worker wrote to standard error, if any (not the runtime's crash reports).
  var lastLogLine: String {
    let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").last { $0.hasPrefix(WorkerServer.logPrefix) }
      .map { ": \($0.dropFirst(WorkerServer.logPrefix.count))" } ?? ""
  }

  /// Ends the worker's input: it exits once it is idle.
  func endInput() {
    try? input.close()
  }

  /// Ends the worker at once.
  func kill() {
    if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
  }

  /// Waits until the worker has exited (once; later calls return at once).
  func waitForExit() {
    guard !reaped else { return }
    exited.wait()
    reaped = true
  }
}
