import ArgumentParser
import Foundation
import Vorleser

/// The `vorleser` command: turns German news articles into chaptered audio files.
@main
struct VorleserCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "vorleser",
    abstract: "Turn German news articles into spoken audio files with chapter markers.",
    discussion: "Exit codes: 0 ok, 1 rendering failed, 2 bad input or usage, 130 interrupted.",
    version: VorleserVersion.withEngine,
    subcommands: [
      RenderCommand.self, FeedCommand.self, PublishCommand.self, InspectCommand.self, NormalizeCommand.self,
      RenderWorkerCommand.self,
    ]
  )

  /// Runs the command line, mapping every failure to a one-line message and Vorleser's exit codes.
  static func main() {
    if let problem = Installation.problem() {
      FileHandle.standardError.write(Data("vorleser: \(problem)\n".utf8))
      Foundation.exit(ExitCodes.renderingFailed)
    }
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let code as ExitCode {
      Foundation.exit(code.rawValue)
    } catch {
      if exitCode(for: error) == .success { exit(withError: error) }
      if let failure = FailureReport(error) {
        FileHandle.standardError.write(Data("vorleser: \(failure.message)\n".utf8))
        Foundation.exit(ExitCodes.code(for: failure.kind))
      }
      FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
      Foundation.exit(ExitCodes.badInput)
    }
  }
}
