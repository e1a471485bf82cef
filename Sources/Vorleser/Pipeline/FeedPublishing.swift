import Foundation

/// `vorleser publish`: the output folders of sharded feed runs merged into one folder, with one manifest
/// and one podcast feed — the same feed a single run over all items would have written.
public enum FeedPublishing {
  /// What was published.
  public struct Summary: Sendable {
    /// The merged folder.
    public var output: String
    /// How many items it lists, and how many of them have audio.
    public var items: Int
    public var rendered: Int
  }

  /// Merges the shard folders `shards` into `output` (created when missing); `baseURL` is where the folder
  /// will be served (default: the folder itself).
  public static func publish(_ shards: [String], into output: String, baseURL: URL?) throws -> Summary {
    guard !shards.isEmpty else { throw FailureReport(message: "no shard folders given", kind: .badInput) }
    let folder = URL(fileURLWithPath: output)
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw BatchError.badOutput(path: output, reason: "cannot create the folder: \(error.oneLine)")
    }
    let lock = try OutputFolderLock(folder)
    defer { withExtendedLifetime(lock) {} }
    var merge = ShardMerge(output: folder)
    for shard in shards {
      let url = URL(fileURLWithPath: shard)
      guard FileManager.default.fileExists(atPath: url.appendingPathComponent(Manifest.fileName).path) else {
        throw BatchError.badManifest(
          path: shard, reason: "no \(Manifest.fileName): not the folder of a vorleser feed run")
      }
      try merge.add(try Manifest.load(from: url), from: url)
    }
    let manifest = merge.merged
    try manifest.save(to: folder)
    try AtomicFile.write(
      PodcastFeed(manifest: manifest, baseURL: baseURL ?? folder.standardizedFileURL).xmlData(),
      to: folder.appendingPathComponent(PodcastFeed.fileName))
    return Summary(
      output: output, items: manifest.items.count, rendered: manifest.items.count { $0.status == .rendered })
  }
}
