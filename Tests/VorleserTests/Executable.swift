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
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let errors = stderr.fileHandleForReading.readDataToEndOfFile()
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
