import Foundation

/// Writes a file whole or not at all: into a new temporary file beside it (`.NAME.RANDOM.partial`,
/// created with `O_EXCL|O_NOFOLLOW`, so a planted symlink is never followed), flushed to disk, then
/// renamed over the old one. A kill at any moment leaves the old file or the new one, and at worst a
/// `.partial` leftover that the next batch run removes.
enum AtomicFile {
  /// Writes `data` to `url`.
  static func write(_ data: Data, to url: URL) throws {
    let folder = url.deletingLastPathComponent()
    var descriptor: Int32 = -1
    var temporary = url
    for _ in 0..<100 where descriptor < 0 {
      temporary = folder.appendingPathComponent(temporaryName(for: url.lastPathComponent))
      descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if descriptor < 0 && errno != EEXIST { break }
    }
    guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    var failure: Int32 = 0
    data.withUnsafeBytes { bytes in
      var offset = 0
      while offset < bytes.count, failure == 0 {
        let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 && errno == EINTR { continue }
        if written <= 0 { failure = errno } else { offset += written }
      }
    }
    if failure == 0, fsync(descriptor) != 0 || fchmod(descriptor, 0o644) != 0 { failure = errno }
    close(descriptor)
    if failure == 0, rename(temporary.path, url.path) != 0 { failure = errno }
    if failure != 0 {
      unlink(temporary.path)
      throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO)
    }
  }

  /// A fresh temporary name for the file `name` (`.NAME.RANDOM.partial`), which `isLeftover` recognizes.
  static func temporaryName(for name: String) -> String {
    ".\(name).\(String(UInt64.random(in: 0...UInt64.max), radix: 36)).partial"
  }

  /// Whether `name` is a temporary file this or an audio writer leaves when killed, for a file named by
  /// `owns` (`.NAME.RANDOM.partial`).
  static func isLeftover(_ name: String, of owns: (String) -> Bool) -> Bool {
    guard name.hasPrefix("."), name.hasSuffix(".partial") else { return false }
    let inner = name.dropFirst().dropLast(".partial".count)
    guard let dot = inner.lastIndex(of: ".") else { return false }
    return owns(String(inner[..<dot]))
  }
}
