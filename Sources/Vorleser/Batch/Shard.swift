/// One of N disjoint shares of a feed's items (`--shard I/N`, I from 0): an item belongs to the shard its
/// identity's SHA-256 falls into, so every machine or array task computes the same partition without
/// talking to the others, and an item stays in its shard from run to run.
public struct Shard: Sendable, Equatable, Codable {
  /// Which share, 0 ..< count.
  public var index: Int
  /// How many shares.
  public var count: Int

  /// The shard written "I/N"; nil when it is not one (N ≥ 1, 0 ≤ I < N).
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
      (0..<count).contains(index)
    else { return nil }
    self.index = index
    self.count = count
  }

  /// Whether the item with identity `guid` is in this shard.
  public func contains(_ guid: String) -> Bool {
    var digest = SHA256Digest()
    digest.add(guid)
    let hex = digest.finish()
    // The first 60 bits of the digest, as a number.
    let value = UInt64(hex.prefix(15), radix: 16) ?? 0
    return Int(value % UInt64(count)) == index
  }

  /// "I/N".
  public var description: String { "\(index)/\(count)" }
}
