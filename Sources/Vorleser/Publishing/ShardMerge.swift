import Foundation

/// The folders of `vorleser feed --shard I/N` runs merged into one: every item's files placed in the
/// output folder (hard-linked where the file system allows, else copied; each under a temporary name,
/// then renamed), one manifest in feed order, one podcast feed. Running it again changes nothing.
struct ShardMerge {
  let output: URL
  private var manifest = Manifest()
  /// Which item holds each file name in the output folder.
  private var owners: [String: String] = [:]

  init(output: URL) {
    self.output = output
  }

  /// Adds the items of the shard folder `folder` with manifest `shard`; an item already merged from an
  /// earlier folder is kept as it is.
  mutating func add(_ shard: Manifest, from folder: URL) throws {
    manifest.feed = manifest.feed ?? shard.feed
    manifest.podcast = manifest.podcast ?? shard.podcast
    let known = Set(manifest.items.map(\.guid))
    for var entry in shard.items where !known.contains(entry.guid) {
      if let file = entry.file {
        let own = BatchFileNames.stem(of: file)
        let stem = free(stem: own, for: entry.guid, extension: String(file.dropFirst(own.count)))
        try place(&entry, stem: stem, from: folder)
      }
      manifest.items.append(entry)
    }
    for asset in PlayerPage.assets
    where FileManager.default.fileExists(atPath: folder.appendingPathComponent(asset).path) {
      try link(folder.appendingPathComponent(asset), to: asset)
    }
  }

  /// The merged manifest: items in the order of the feed, then those no longer in it.
  var merged: Manifest {
    var merged = manifest
    merged.items = manifest.items.enumerated().sorted {
      ($0.element.position ?? Int.max, $0.offset) < ($1.element.position ?? Int.max, $1.offset)
    }.map(\.element)
    return merged
  }

  /// A stem no other item's files use in the output folder: the item's own, or with `-2`, `-3`, ….
  private mutating func free(stem: String, for guid: String, extension suffix: String) -> String {
    var candidate = stem
    var number = 2
    while let owner = owners[candidate + suffix], owner != guid {
      candidate = "\(stem)-\(number)"
      number += 1
    }
    owners[candidate + suffix] = guid
    return candidate
  }

  /// Places the entry's audio, chapters and read-along files in the output folder under `stem`.
  private func place(_ entry: inout Manifest.Entry, stem: String, from folder: URL) throws {
    guard let file = entry.file else { return }
    let oldStem = BatchFileNames.stem(of: file)
    func renamed(_ name: String) -> String { stem + name.dropFirst(oldStem.count) }
    var names = [file]
    if let chapters = entry.chaptersFile { names.append(chapters) }
    names += entry.readAlongFiles ?? []
    for name in names where BatchFileNames.isOwnName(name) && name.hasPrefix(oldStem) {
      try link(folder.appendingPathComponent(name), to: renamed(name))
    }
    entry.file = renamed(file)
    entry.chaptersFile = entry.chaptersFile.map(renamed)
    entry.readAlongFiles = entry.readAlongFiles?.map(renamed)
    entry.previousFiles = nil
  }

  /// Puts `source` into the output folder as `name`: nothing to do when it is that file already.
  private func link(_ source: URL, to name: String) throws {
    let destination = output.appendingPathComponent(name)
    var from = stat()
    var to = stat()
    guard stat(source.path, &from) == 0 else { return }
    if stat(destination.path, &to) == 0, from.st_dev == to.st_dev, from.st_ino == to.st_ino { return }
    let temporary = output.appendingPathComponent(AtomicFile.temporaryName(for: name))
    if Foundation.link(source.path, temporary.path) != 0 {
      try FileManager.default.copyItem(at: source, to: temporary)
    }
    guard rename(temporary.path, destination.path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary.path)
      throw BatchError.badOutput(path: destination.path, reason: "cannot be written: \(reason)")
    }
  }
}
