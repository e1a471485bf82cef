import Foundation

/// Reads the bytes of an input named on the command line: a file, or standard input for `-`.
public enum InputBytes {
  /// Why an input could not be read, in a few words ("no such file", "is a folder").
  public struct Failure: Error, Equatable {
    public let reason: String
  }

  /// The bytes at `path`, or of standard input when `path` is `-`.
  public static func read(_ path: String) throws(Failure) -> Data {
    if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Failure(reason: "no such file")
    }
    guard !isDirectory.boolValue else { throw Failure(reason: "is a folder") }
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw Failure(reason: error.localizedDescription)
    }
  }
}
