import Foundation

/// Where an installed or built Vorleser finds its parts: the resource bundles beside the real executable
/// (`make install` links them there from `share/vorleser/`), `vorleser-fetch` beside it too.
public enum Installation {
  /// The resource bundles the stages load their data files from (Swift's `Bundle.module` looks for them
  /// beside the executable and stops the program when one is missing).
  public static let bundles = [
    "Vorleser_GermanNormalizer.resources", "Vorleser_Articles.resources", "Vorleser_Vorleser.resources",
  ]

  /// The folder of the running program, past any symlink (`bin/vorleser` → `libexec/vorleser/vorleser`).
  public static var programFolder: URL {
    URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
  }

  /// What is missing for Vorleser to run, in one line, or nil when nothing is.
  public static func problem() -> String? {
    let folder = programFolder
    let missing = bundles.filter { !FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
    guard !missing.isEmpty else { return nil }
    return
      "\(missing.joined(separator: ", ")) missing beside \(folder.path)/ (the data files; reinstall with make install)"
  }
}
