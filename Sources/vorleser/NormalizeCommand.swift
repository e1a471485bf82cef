import ArgumentParser
import Foundation
import Vorleser

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

  @OptionGroup var reading: ReadingOptions

  func run() throws {
    let normalizer = try TextReading(reading.settings)
    if text.isEmpty {
      try answerStandardInput(normalizer)
    } else {
      for line in text { try emit(line, normalizer) }
    }
  }

  private func answerStandardInput(_ normalizer: TextReading) throws {
    // Every line read is answered, and the answers are written out before waiting for more input, so a
    // program piping a line through gets its line back at once; a file is read in large blocks.
    var pending = [UInt8]()
    var block = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = block.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      pending += block[0..<count]
      guard let lastNewline = pending.lastIndex(of: UInt8(ascii: "\n")) else { continue }
      var answers = ""
      for line in pending[...lastNewline].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        .dropLast()
      {
        answers += try spoken(String(decoding: line, as: UTF8.self), normalizer) + "\n"
      }
      write(answers)
      pending.removeSubrange(...lastNewline)
    }
    if !pending.isEmpty { write(try spoken(String(decoding: pending, as: UTF8.self), normalizer) + "\n") }
  }

  private func emit(_ line: String, _ normalizer: TextReading) throws {
    write(try spoken(line, normalizer) + "\n")
  }

  /// The output for one input line: the spoken text, with the explanation lines under it for --explain.
  private func spoken(_ line: String, _ normalizer: TextReading) throws -> String {
    let line = line.hasSuffix("\r") ? String(line.dropLast()) : line
    if dateline {
      guard let spoken = normalizer.dateline(line) else {
        throw FailureReport(message: "not a dateline: \(line)", kind: .badInput)
      }
      return spoken
    }
    guard explain else { return normalizer.spoken(line) }
    let result = normalizer.explained(line)
    return
      ([result.spoken]
      + result.explanations.map {
        "  \($0.written)\t→ \($0.spoken)\t[\($0.semioticClass): \($0.rule)]"
      }).joined(separator: "\n")
  }

  private func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
