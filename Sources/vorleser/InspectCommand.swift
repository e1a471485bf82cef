import ArgumentParser
import Foundation
import Vorleser

/// `vorleser inspect`: what is inside an audio file Vorleser wrote, chapters included.
struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect",
    abstract: "Show an audio file's format, duration, tags, loudness and chapter list (MP3, Opus, WAV)."
  )

  @Argument(help: "The audio file (MP3, Ogg Opus or WAV).")
  var file: String

  @Flag(help: "Print the result as JSON.")
  var json = false

  @Flag(help: "Print the chapters as an Audacity label track (start, end, title; tab-separated).")
  var labels = false

  @Flag(help: "Print the speech marks beside the file (NAME.marks.json): time, written word, spoken words.")
  var marks = false

  func validate() throws {
    if [json, labels, marks].filter({ $0 }).count > 1 {
      throw ValidationError("choose one of --json, --labels, --marks")
    }
  }

  func run() throws {
    if marks {
      printMarks(try AudioInspection.marks(besides: file))
      return
    }
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
      "Format:    \(summary.encoding), \(summary.sampleRate) Hz, \(channels)"
        + (summary.bitrate.map { ", \($0 / 1000) kbit/s" } ?? ""),
      "Duration:  \(TimeFormat.clock(summary.duration)) (\(summary.frames) samples)",
    ]
    let tags: [(String, String?)] = [
      ("Title", summary.tags.title), ("Artist", summary.tags.artist), ("Album", summary.tags.album),
      ("Date", summary.tags.date),
      ("Comment", summary.tags.comment), ("Software", summary.tags.software),
    ]
    for case (let name, let value?) in tags {
      lines.append("\(name):".padding(toLength: 11, withPad: " ", startingAt: 0) + value)
    }
    if let loudness = summary.loudness {
      let integrated = loudness.integrated.map { String(format: "%.1f LUFS", $0) } ?? "too short to measure"
      let peak = loudness.truePeak.map { String(format: ", true peak %.1f dBTP", $0) } ?? ""
      lines.append("Loudness:  \(integrated)\(peak)")
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

  /// One line per word under a line per chapter: when, what is written, what is said.
  private func printMarks(_ file: SpeechMarksFile) {
    let words = file.marks.filter { $0.type == .word }
    let width = min(24, words.map(\.value.printable.count).max() ?? 0)
    print(
      "time".padding(toLength: 11, withPad: " ", startingAt: 0)
        + "written".padding(toLength: width + 2, withPad: " ", startingAt: 0) + "spoken")
    for mark in file.marks where mark.type != .sentence {
      let time = TimeFormat.clock(Double(mark.time) / 1000).padding(toLength: 11, withPad: " ", startingAt: 0)
      if mark.type == .chapter {
        print(time + "[\(mark.value.printable)]")
      } else {
        let written = mark.value.printable
        print(
          time + written + String(repeating: " ", count: max(2, width + 2 - written.count))
            + (mark.spoken?.printable ?? ""))
      }
    }
  }
}
