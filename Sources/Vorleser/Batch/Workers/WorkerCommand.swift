import Foundation

/// How a batch starts a worker process: a program and its arguments (`vorleser render-worker`).
public struct WorkerCommand: Sendable, Equatable {
  /// The program.
  public var executable: URL
  /// Its arguments.
  public var arguments: [String]

  /// A command from its parts.
  public init(executable: URL, arguments: [String]) {
    self.executable = executable
    self.arguments = arguments
  }

  /// `vorleser render-worker` for the `vorleser` program at `executable`.
  public static func renderWorker(of executable: URL) -> WorkerCommand {
    WorkerCommand(executable: executable, arguments: ["render-worker"])
  }
}
