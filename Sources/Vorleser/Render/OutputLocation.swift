import Articles
import AudioFile
import Foundation

/// Where a rendered article goes: a file path as given, or a file named from the article inside a
/// folder (an existing folder, or a path ending in `/`, which is created).
public enum OutputLocation {
  /// The file to write for `article` in `format` given the `-o` argument (nil: the current folder).
  public static func resolve(_ argument: String?, for article: Article, format: AudioFormat) throws(RenderError) -> URL
  {
    let fileManager = FileManager.default
    let path = argument ?? fileManager.currentDirectoryPath
    var isDirectory: ObjCBool = false
    let exists = fileManager.fileExists(atPath: path, isDirectory: &isDirectory)
    if exists && isDirectory.boolValue || path.hasSuffix("/") {
      if !exists {
        do {
          try fileManager.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
          throw .badOutput(path: path, reason: "cannot create the folder")
        }
      }
      return URL(fileURLWithPath: path, isDirectory: true).appendingPathComponent(
        ArticleFileName.make(for: article, format: format))
    }
    let file = URL(fileURLWithPath: path)
    // An existing name must be a regular file (it is replaced by rename): not a device, FIFO or socket.
    var status = stat()
    if lstat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG, status.st_mode & S_IFMT != S_IFLNK {
      throw .badOutput(path: path, reason: "it is not a regular file (a device, pipe or socket)")
    }
    let folder = file.deletingLastPathComponent().path
    guard fileManager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw .badOutput(path: path, reason: "the folder \(folder) does not exist")
    }
    return file
  }
}
