/// The article's text as published — kicker, headline, dateline, lead, headings and paragraphs, one block
/// each, joined by blank lines — which speech marks, captions and the player point into.
public struct WrittenText: Sendable, Equatable, Codable {
  /// What a block is on the page.
  public enum Kind: String, Sendable, Codable {
    case kicker, headline, dateline, lead, heading, paragraph
  }

  /// One block of the text.
  public struct Block: Sendable, Equatable, Codable {
    /// What it is on the page.
    public var kind: Kind
    /// Its text as written.
    public var text: String
  }

  /// The blocks in reading order.
  public private(set) var blocks: [Block] = []

  /// What separates two blocks in `text`.
  public static let separator = "\n\n"

  /// The whole text: the blocks joined by blank lines.
  public var text: String { blocks.map(\.text).joined(separator: Self.separator) }

  /// Where each block starts in `text`, in UTF-8 bytes.
  public var blockOffsets: [Int] {
    var offsets: [Int] = []
    var offset = 0
    for block in blocks {
      offsets.append(offset)
      offset += block.text.utf8.count + Self.separator.utf8.count
    }
    return offsets
  }

  /// Adds a block and returns its index.
  mutating func append(_ kind: Kind, _ text: String) -> Int {
    blocks.append(Block(kind: kind, text: text))
    return blocks.count - 1
  }
}
