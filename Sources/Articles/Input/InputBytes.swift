import Foundation

/// Reads the bytes of an input named on the command line: a file, or standard input for `-`.
public enum InputBytes {
  /// Why an input could not be read, in a few words ("no such file", "is a folder").
  public struct Failure: Error, Equatable {
    public let reason: String
  }

  /// The most bytes read from a file or standard input: as much as a download may bring.
  public static let limit = 50 * 1024 * 1024

  /// The bytes at `path`, or of standard input when `path` is `-`, at most `limit` of them.
  public static func read(_ path: String, limit: Int = limit) throws(Failure) -> Data {
    let descriptor: Int32
    if path == "-" {
      descriptor = STDIN_FILENO
    } else {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw Failure(reason: "no such file")
      }
      guard !isDirectory.boolValue else { throw Failure(reason: "is a folder") }
      descriptor = open(path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
    }
    defer { if descriptor != STDIN_FILENO { close(descriptor) } }
    // Read in blocks, never more than the limit: standard input may be endless.
    var data = Data()
    var block = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = block.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
      if count == 0 { return data }
      guard data.count + count <= limit else { throw Failure(reason: "larger than the limit of \(limit) bytes") }
      data.append(contentsOf: block[0..<count])
    }
  }
}
