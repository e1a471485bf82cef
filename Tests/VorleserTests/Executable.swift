import Foundation

/// Runs programs for the end-to-end tests: the built `vorleser` and tools such as ffprobe.
enum Executable {
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The `vorleser` binary that `swift test` built next to the test bundle.
  static var vorleser: URL {
    let buildFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let beside = buildFolder.appendingPathComponent("vorleser")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
    return EndToEndTests.root.appendingPathComponent(".build/debug/vorleser")
  }

  /// The worker with a fake speech engine (`Tests/FakeWorker`), built next to `vorleser`.
  static var fakeWorker: URL {
    vorleser.deletingLastPathComponent().appendingPathComponent("vorleser-fake-worker")
  }

  /// Waits (up to 10 s) until `process` handles `signal` itself, as /proc says (SigCgt), so that a test's
  /// Ctrl-C reaches Vorleser's handler and not a program still starting up.
  static func waitUntilHandling(_ signal: Int32, _ process: Process) {
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline, process.isRunning {
      let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
      if let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigCgt:") }),
        let mask = UInt64(line.dropFirst("SigCgt:".count).trimmingCharacters(in: .whitespaces), radix: 16),
        mask & (1 << UInt64(signal - 1)) != 0
      {
        return
      }
      usleep(5_000)
    }
  }

  /// The program `name` on the PATH, if installed.
  static func find(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// Runs `program` with `arguments`, feeding `input` to its standard input, and waits for it.
  static func run(_ program: URL, _ arguments: [String], input: String = "", in folder: URL? = nil) throws -> Run {
    let process = start(program, arguments, in: folder)
    let (stdin, stdout, stderr) = (
      process.standardInput as! Pipe, process.standardOutput as! Pipe, process.standardError as! Pipe
    )
    try process.run()
    // Standard error is read on its own thread: a program that writes much to it must not block.
    nonisolated(unsafe) var errors = Data()
    let errorsRead = DispatchSemaphore(value: 0)
    Thread {
      errors = stderr.fileHandleForReading.readDataToEndOfFile()
      errorsRead.signal()
    }.start()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    errorsRead.wait()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
      stderr: String(decoding: errors, as: UTF8.self))
  }

  /// A process for `program` with piped standard streams, not yet started.
  static func start(_ program: URL, _ arguments: [String], in folder: URL? = nil) -> Process {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    process.standardInput = Pipe()
    process.standardOutput = Pipe()
    process.standardError = Pipe()
    if let folder { process.currentDirectoryURL = folder }
    return process
  }
}
