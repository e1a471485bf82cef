/// A manifest with an index by guid, so that recording a finished item takes constant time however long
/// the feed (a linear search per item made 40,000 items take seconds, a million hours).
struct ManifestBook {
  private(set) var manifest: Manifest
  private var positions: [String: Int] = [:]

  /// The book of `manifest`.
  init(_ manifest: Manifest) {
    self.manifest = manifest
    for (index, entry) in manifest.items.enumerated() where positions[entry.guid] == nil {
      positions[entry.guid] = index
    }
  }

  /// The entry for `guid`.
  func entry(_ guid: String) -> Manifest.Entry? {
    positions[guid].map { manifest.items[$0] }
  }

  /// Puts `entry` in, replacing the entry with the same guid.
  mutating func record(_ entry: Manifest.Entry) {
    if let index = positions[entry.guid] {
      manifest.items[index] = entry
    } else {
      positions[entry.guid] = manifest.items.count
      manifest.items.append(entry)
    }
  }

  /// Notes a failed attempt. A rendering from an earlier run stays in place (nothing is lost) while its
  /// file does (`earlierFileKept`); its old fingerprint makes the next run try again.
  mutating func recordFailure(_ entry: Manifest.Entry, reason: String, earlierFileKept: Bool = true) {
    if earlierFileKept, let index = positions[entry.guid], manifest.items[index].status == .rendered {
      manifest.items[index].error = reason
      return
    }
    var failed = entry
    failed.status = .failed
    failed.error = reason
    failed.file = nil
    failed.chaptersFile = nil
    failed.hash = nil
    failed.source = nil
    record(failed)
  }

  /// Forgets the audio of the entry for `guid` when it names `file`: the next run renders it again.
  mutating func forgetAudio(_ guid: String, file: String) {
    guard let index = positions[guid], manifest.items[index].file == file else { return }
    manifest.items[index].status = .failed
    manifest.items[index].hash = nil
    manifest.items[index].source = nil
  }
}
