import Foundation

/// Finds voice profiles (`NAME.json`) in the `voices/` folders Vorleser knows about.
public struct VoiceCatalog: Sendable {
  /// The folders searched for profiles, first match wins.
  public let folders: [URL]

  /// A catalog over `folders`.
  public init(folders: [URL]) {
    self.folders = folders
  }

  /// The standard search path: `$VORLESER_VOICES`, `./voices`, then a `voices` or `share/vorleser/voices`
  /// folder next to or above the executable (a checkout's `.build/release/vorleser` finds the checkout's
  /// `voices/`, `PREFIX/libexec/vorleser/vorleser` finds `PREFIX/share/vorleser/voices`), then the
  /// system-wide share folders.
  public static func standard() -> VoiceCatalog {
    var folders: [URL] = []
    if let custom = ProcessInfo.processInfo.environment["VORLESER_VOICES"], !custom.isEmpty {
      folders.append(URL(fileURLWithPath: custom))
    }
    folders.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("voices"))
    var directory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<5 {
      folders.append(directory.appendingPathComponent("voices"))
      folders.append(directory.appendingPathComponent("share/vorleser/voices"))
      directory.deleteLastPathComponent()
    }
    folders.append(URL(fileURLWithPath: "/usr/local/share/vorleser/voices"))
    folders.append(URL(fileURLWithPath: "/usr/share/vorleser/voices"))
    return VoiceCatalog(folders: folders)
  }

  /// The names of every profile found, sorted.
  public func availableNames() -> [String] {
    var names = Set<String>()
    for folder in folders {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      for file in files where file.hasSuffix(".json") { names.insert(String(file.dropLast(5))) }
    }
    return names.sorted()
  }

  /// The profile called `nameOrPath`: a path when it contains `/` or ends in `.json`, else a name.
  public func profile(_ nameOrPath: String) throws(VoiceError) -> VoiceProfile {
    if nameOrPath.contains("/") || nameOrPath.hasSuffix(".json") {
      return try Self.load(URL(fileURLWithPath: nameOrPath))
    }
    for folder in folders {
      let file = folder.appendingPathComponent(nameOrPath + ".json")
      if FileManager.default.fileExists(atPath: file.path) { return try Self.load(file) }
    }
    throw .unknownProfile(name: nameOrPath, available: availableNames())
  }

  /// The profile in the JSON file at `file`, checked for settings espeak-ng would reject.
  public static func load(_ file: URL) throws(VoiceError) -> VoiceProfile {
    let data: Data
    do {
      data = try Data(contentsOf: file)
    } catch {
      throw .invalidProfile(path: file.path, reason: "cannot read the file")
    }
    let profile: VoiceProfile
    do {
      profile = try JSONDecoder().decode(VoiceProfile.self, from: data)
    } catch let DecodingError.keyNotFound(key, _) {
      throw .invalidProfile(path: file.path, reason: "missing \"\(key.stringValue)\"")
    } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
      let field = context.codingPath.map(\.stringValue).joined(separator: ".")
      throw .invalidProfile(path: file.path, reason: "\"\(field)\" has the wrong type")
    } catch {
      throw .invalidProfile(path: file.path, reason: "not valid JSON")
    }
    if let problem = profile.problem { throw .invalidProfile(path: file.path, reason: problem) }
    return profile
  }
}
