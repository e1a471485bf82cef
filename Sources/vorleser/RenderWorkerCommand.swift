import ArgumentParser
import Vorleser

/// `vorleser render-worker`: a worker process of `vorleser feed` (see `WorkerServer`).
struct RenderWorkerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render-worker",
    abstract: "Render jobs written by `vorleser feed` (a worker process; not for direct use).",
    shouldDisplay: false
  )

  func run() throws {
    try WorkerServer.espeak.serve()
  }
}
