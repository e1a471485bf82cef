import ArgumentParser
import Foundation
import GermanNormalizer

/// `vorleser normalize`: written German in, spoken German out, for checking and for pipes.
struct NormalizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "normalize",
    abstract: "Print text as Vorleser speaks it (numbers, dates, … as words).",
    discussion: """
      With TEXT arguments, normalizes each. Without, reads standard input line by line and writes exactly one \
      output line per input line, flushed at once, so other programs can pipe through it.
      """
  )

  @Argument(help: "Text to normalize; standard input when none.")
  var text: [String] = []

  @Flag(help: "Print, for each changed written form, the class and rule that read it.")
  var explain = false

  @Flag(help: "Treat the input as an article's dateline (\"09.02.2025, 07:30 Uhr\").")
  var dateline = false

  func run() throws {
    let normalizer = GermanNormalizer()
    if !text.isEmpty {
      for line in text { try emit(line, normalizer) }
      return
    }
    while let line = readLine(strippingNewline: true) {
      try emit(line, normalizer)
    }
  }

  private func emit(_ line: String, _ normalizer: GermanNormalizer) throws {
    if dateline {
      guard let spoken = DatelineReading.spoken(line, normalizer) else {
        throw CommandFailure(message: "not a dateline: \(line)", exitCode: CommandFailure.badInput)
      }
      write(spoken)
      return
    }
    let result = normalizer.normalizeDetailed(line)
    guard explain else {
      write(result.spoken)
      return
    }
    write(result.spoken)
    for explanation in result.explanations {
      write("  \(explanation.written)\t→ \(explanation.spoken)\t[\(explanation.semioticClass): \(explanation.rule)]")
    }
  }

  private func write(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }
}
