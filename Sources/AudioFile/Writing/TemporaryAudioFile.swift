import Foundation

/// The temporary file a writer fills before renaming it over its destination: `.NAME.RANDOM.partial`
/// beside it, so the rename never crosses a disk and a leftover is recognizable by its name. It is
/// created new (`O_CREAT|O_EXCL|O_NOFOLLOW`, mode 600), so a planted file or symlink is never followed,
/// and gets the usual mode 644 only when it is renamed into place.
public final class TemporaryAudioFile {
  /// Where it is.
  let url: URL
  /// Its open descriptor (read and write).
  let descriptor: Int32
  private var open = true

  /// A new temporary file for `destination`.
  init(for destination: URL) throws(AudioFileError) {
    let folder = destination.deletingLastPathComponent()
    for _ in 0..<100 {
      let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
      let candidate = folder.appendingPathComponent(".\(destination.lastPathComponent).\(random).partial")
      let descriptor = Foundation.open(candidate.path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if descriptor >= 0 {
        url = candidate
        self.descriptor = descriptor
        return
      }
      guard errno == EEXIST else {
        throw .unwritable(path: destination.path, reason: String(cString: strerror(errno)))
      }
    }
    throw .unwritable(path: destination.path, reason: "cannot find a free temporary name")
  }

  deinit {
    if open {
      close(descriptor)
      unlink(url.path)
    }
  }

  /// Flushes the file to disk, gives it mode 644 and renames it over `destination`.
  func commit(to destination: URL) throws(AudioFileError) {
    guard fsync(descriptor) == 0, fchmod(descriptor, 0o644) == 0 else {
      throw .unwritable(path: destination.path, reason: String(cString: strerror(errno)))
    }
    close(descriptor)
    open = false
    guard rename(url.path, destination.path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(url.path)
      throw .unwritable(path: destination.path, reason: reason)
    }
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
