import Foundation

/// The temporary file a writer fills before renaming it over its destination: `.NAME.PID.partial`
/// beside it, so a rename never crosses a disk and a leftover is recognizable by its name.
public enum TemporaryAudioFile {
  /// Where process `process` writes the file for `destination` before renaming it into place.
  static func url(for destination: URL, process: Int32 = getpid()) -> URL {
    destination.deletingLastPathComponent().appendingPathComponent(
      ".\(destination.lastPathComponent).\(process).partial")
  }

  /// Removes what writers killed while writing `destination` left behind (any process's temporary file).
  /// Only for folders nobody else writes into at the same time (a locked batch folder).
  public static func removeLeftovers(for destination: URL) {
    let folder = destination.deletingLastPathComponent()
    let prefix = ".\(destination.lastPathComponent)."
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    for name in names where name.hasPrefix(prefix) && name.hasSuffix(".partial") {
      try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
    }
  }
}
