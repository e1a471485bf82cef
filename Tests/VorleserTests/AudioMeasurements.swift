import Foundation
import Testing

/// What ffmpeg and ffprobe say about a file: the independent check of what Vorleser wrote.
enum AudioMeasurements {
  /// Integrated loudness (LUFS) and true peak (dBTP) by ffmpeg's ebur128 filter, mono as dual mono.
  static func loudness(of file: URL) throws -> (integrated: Double, truePeak: Double) {
    let ffmpeg = try #require(Executable.find("ffmpeg"), "ffmpeg is installed")
    let run = try Executable.run(
      ffmpeg,
      [
        "-hide_banner", "-nostats", "-i", file.path, "-af", "ebur128=peak=true:dualmono=true:framelog=verbose", "-f",
        "null", "-",
      ])
    let summary = run.stderr.components(separatedBy: "Summary:").last ?? ""
    func value(after label: String) -> Double? {
      guard let range = summary.range(of: label) else { return nil }
      let rest = summary[range.upperBound...].drop { $0 == " " }
      return Double(rest.prefix { "-0123456789.".contains($0) })
    }
    let integrated = try #require(value(after: "I:"), "ebur128 gives an integrated loudness: \(run.stderr.suffix(400))")
    let peak = try #require(value(after: "Peak:"), "ebur128 gives a true peak")
    return (integrated, peak)
  }

  /// ffprobe's chapters (title, start and end in seconds), format tags and duration.
  static func probe(_ file: URL) throws -> (
    chapters: [(title: String, start: Double, end: Double)], tags: [String: String], duration: Double
  ) {
    let ffprobe = try #require(Executable.find("ffprobe"), "ffprobe is installed")
    let run = try Executable.run(
      ffprobe, ["-v", "error", "-show_chapters", "-show_format", "-show_streams", "-of", "json", file.path])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let chapters = (json["chapters"] as? [[String: Any]] ?? []).map { chapter in
      (
        title: (chapter["tags"] as? [String: String])?["title"] ?? "",
        start: Double(chapter["start_time"] as? String ?? "") ?? -1,
        end: Double(chapter["end_time"] as? String ?? "") ?? -1
      )
    }
    let format = json["format"] as? [String: Any] ?? [:]
    var tags: [String: String] = [:]
    // Ogg keeps its comments with the stream, the other containers with the file.
    let streams = (json["streams"] as? [[String: Any]] ?? []).compactMap { $0["tags"] as? [String: String] }
    for source in streams + [format["tags"] as? [String: String] ?? [:]] {
      for (key, value) in source { tags[key.lowercased()] = value }
    }
    return (chapters, tags, Double(format["duration"] as? String ?? "") ?? -1)
  }
}
