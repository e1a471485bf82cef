import Foundation
import Testing

/// ffprobe, which reads every format the players read, as the judge of what a writer wrote.
enum FFprobe {
  /// ffprobe's chapters of `file`: title and start in seconds.
  static func chapters(_ file: URL) throws -> [(String, Double)] {
    guard let ffprobe = ["/usr/bin/ffprobe", "/usr/local/bin/ffprobe"].first(where: FileManager.default.fileExists)
    else { throw SkipInfo("ffprobe is not installed") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: ffprobe)
    process.arguments = ["-v", "error", "-show_chapters", "-of", "json", file.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    let chapters = json?["chapters"] as? [[String: Any]] ?? []
    return chapters.map {
      (($0["tags"] as? [String: String])?["title"] ?? "", Double($0["start_time"] as? String ?? "") ?? -1)
    }
  }
}
