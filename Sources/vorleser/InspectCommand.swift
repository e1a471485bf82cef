import ArgumentParser
import Foundation
import Vorleser

/// `vorleser inspect`: what is inside an audio file Vorleser wrote, chapters included.
struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect",
    abstract: "Show a WAV file's format, duration, INFO tags and chapter list."
  )

  @Argument(help: "The WAV file.")
  var file: String

  @Flag(help: "Print the result as JSON.")
  var json = false

  @Flag(help: "Print the chapters as an Audacity label track (start, end, title; tab-separated).")
  var labels = false

  func run() throws {
    let summary = try AudioInspection.inspect(file)
    if json {
      print(try JSONReport.inspect(summary))
      return
    }
    let rate = Double(max(summary.sampleRate, 1))
    if labels {
      for chapter in summary.chapters {
        let start = Double(chapter.startSample) / rate
        let end = Double(chapter.startSample + chapter.sampleCount) / rate
        print(String(format: "%.6f\t%.6f\t", start, end) + chapter.title)
      }
      return
    }
    let channels = summary.channels == 1 ? "mono" : "\(summary.channels) channels"
    var lines = [
      "File:      \(summary.path)",
      "Format:    \(summary.encoding), \(summary.sampleRate) Hz, \(channels)",
      "Duration:  \(TimeFormat.clock(summary.duration)) (\(summary.frames) samples)",
    ]
    let tags: [(String, String?)] = [
      ("Title", summary.tags.title), ("Artist", summary.tags.artist), ("Date", summary.tags.date),
      ("Comment", summary.tags.comment), ("Software", summary.tags.software),
    ]
    for case (let name, let value?) in tags {
      lines.append("\(name):".padding(toLength: 11, withPad: " ", startingAt: 0) + value)
    }
    lines.append("Chapters:  \(summary.chapters.count)")
    for (index, chapter) in summary.chapters.enumerated() {
      let number = String(index + 1)
      lines.append(
        String(repeating: " ", count: max(0, 4 - number.count)) + number + "  "
          + TimeFormat.clock(Double(chapter.startSample) / rate) + "  "
          + TimeFormat.clock(Double(chapter.sampleCount) / rate) + "  " + chapter.title)
    }
    print(lines.joined(separator: "\n"))
  }
}
