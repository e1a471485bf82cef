import Foundation

/// A batch's private state inside its output folder, `DIR/.vorleser/` (mode 700): the journal and the
/// job files of the running batch. Both are gone after a finished run; after a killed one, the next run
/// recovers from them (under the folder lock) before it plans anything.
struct BatchState {
  /// The folder's name inside the output folder.
  static let name = ".vorleser"
  let folder: URL
  var journal: URL { folder.appendingPathComponent("journal.jsonl") }
  var scratch: URL { folder.appendingPathComponent("jobs") }

  /// The state folder of `output`; it is checked to be ours (a folder, not a symlink) when it is there.
  init(output: URL) throws {
    folder = output.appendingPathComponent(Self.name)
    var status = stat()
    if lstat(folder.path, &status) == 0, status.st_mode & S_IFMT != S_IFDIR { throw POSIXError(.ENOTDIR) }
  }

  /// The state, its folder created (mode 700) when missing.
  func create() throws -> BatchState {
    var status = stat()
    if lstat(folder.path, &status) == 0 {
      // Only a folder of our own: never follow a symlink planted here.
      guard status.st_mode & S_IFMT == S_IFDIR else { throw POSIXError(.ENOTDIR) }
    } else if mkdir(folder.path, 0o700) != 0 {
      throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
    return self
  }

  /// Brings `manifest` up to date with what a killed run finished, and removes what it left half done:
  /// files of renders it started but never recorded, temporary files, job files. Returns whether the
  /// manifest changed.
  func recover(_ manifest: inout Manifest, output: URL) -> Bool {
    var book = ManifestBook(manifest)
    var changed = false
    defer { manifest = book.manifest }
    var started: [String: (file: String, chaptersFile: String?)] = [:]
    for record in BatchJournal.records(at: journal) {
      switch record {
      case .started(let guid, let file, let chaptersFile):
        started[guid] = (file, chaptersFile)
      case .finished(let entry):
        book.record(entry)
        started[entry.guid] = nil
        changed = true
      case .failed(let entry, let reason):
        let kept = entry.file.map { FileManager.default.fileExists(atPath: output.appendingPathComponent($0).path) }
        book.recordFailure(entry, reason: reason, earlierFileKept: kept ?? true)
        started[entry.guid] = nil
        changed = true
      }
    }
    // A render that started and never finished may still have renamed its file into place (or replaced
    // the item's earlier file under the same name): it is not what the manifest says, so it goes, and the
    // item renders again under its name.
    for (guid, files) in started {
      let readAlong = ReadAlongFiles.Names(audio: files.file).all()
      for name in [files.file, files.chaptersFile].compactMap({ $0 }) + readAlong where BatchFileNames.isOwnName(name) {
        try? FileManager.default.removeItem(at: output.appendingPathComponent(name))
      }
      book.forgetAudio(guid, file: files.file)
      changed = true
    }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
    let owned: (String) -> Bool = {
      BatchFileNames.isOwnName($0) || $0 == Manifest.fileName || $0 == PodcastFeed.fileName
        || PlayerPage.assets.contains($0)
    }
    for name in names where AtomicFile.isLeftover(name, of: owned) {
      try? FileManager.default.removeItem(at: output.appendingPathComponent(name))
    }
    try? FileManager.default.removeItem(at: scratch)
    return changed
  }

  /// Removes the journal and the job files of a run that finished.
  func clear() {
    try? FileManager.default.removeItem(at: journal)
    try? FileManager.default.removeItem(at: scratch)
    rmdir(folder.path)
  }
}
