import Foundation

/// A new empty folder of one test's own under the system's temporary folder.
enum ScratchFolder {
  static func make(_ purpose: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("vorleser-\(purpose)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
