/// The RIFF `LIST/adtl` chunk: a `labl` (title) and an `ltxt` (length in samples) for each cue point.
///
/// Written by hand because libsndfile writes `cue ` points but no associated-data list, and players
/// (ffmpeg among them) take chapter titles from these `labl` entries.
public enum CueLabelList {
  /// The label and region length attached to one cue point.
  public struct Entry: Sendable, Equatable {
    /// The cue point's identifier (`dwName` in the `cue ` chunk).
    public var cueID: UInt32
    /// The title, UTF-8.
    public var label: String
    /// The region's length in samples, from `ltxt`.
    public var sampleLength: UInt32?

    /// An entry from its parts.
    public init(cueID: UInt32, label: String, sampleLength: UInt32?) {
      self.cueID = cueID
      self.label = label
      self.sampleLength = sampleLength
    }
  }

  /// The payload of a `LIST` chunk (starting with the list type `adtl`): the `labl`s, then the
  /// `ltxt`s, every sub-chunk padded to an even length.
  public static func encode(_ entries: [Entry]) -> [UInt8] {
    var bytes: [UInt8] = Array("adtl".utf8)
    // Every `labl` first: ffmpeg stops reading the list at the first sub-chunk that is not a `labl`.
    for entry in entries {
      let label = littleEndian(entry.cueID) + Array(entry.label.utf8.filter { $0 != 0 }) + [0]
      appendChunk("labl", label, to: &bytes)
    }
    for entry in entries {
      if let length = entry.sampleLength {
        // Region purpose "rgn ", then country, language, dialect and code page, all unset.
        let text =
          littleEndian(entry.cueID) + littleEndian(length) + Array("rgn ".utf8) + [UInt8](repeating: 0, count: 8)
        appendChunk("ltxt", text, to: &bytes)
      }
    }
    return bytes
  }

  /// The entries in a `LIST` payload; nil when it is not an `adtl` list. Damaged sub-chunks end the
  /// list rather than fail it.
  public static func decode(_ payload: [UInt8]) -> [Entry]? {
    guard payload.count >= 4, payload[0..<4].elementsEqual("adtl".utf8) else { return nil }
    var entries: [UInt32: Entry] = [:]
    var order: [UInt32] = []
    var offset = 4
    while offset + 8 <= payload.count {
      let id = String(decoding: payload[offset..<offset + 4], as: UTF8.self)
      let size = Int(readUInt32(payload, at: offset + 4))
      let body = offset + 8
      guard size >= 4, body + size <= payload.count else { break }
      let cueID = readUInt32(payload, at: body)
      if entries[cueID] == nil {
        entries[cueID] = Entry(cueID: cueID, label: "", sampleLength: nil)
        order.append(cueID)
      }
      switch id {
      case "labl":
        let text = payload[(body + 4)..<(body + size)].prefix { $0 != 0 }
        entries[cueID]?.label = String(decoding: text, as: UTF8.self)
      case "ltxt" where size >= 8:
        entries[cueID]?.sampleLength = readUInt32(payload, at: body + 4)
      default:
        break
      }
      offset = body + size + (size & 1)
    }
    return order.compactMap { entries[$0] }
  }

  private static func appendChunk(_ id: String, _ body: [UInt8], to bytes: inout [UInt8]) {
    bytes += Array(id.utf8) + littleEndian(UInt32(body.count)) + body
    if body.count % 2 == 1 { bytes.append(0) }
  }

  static func littleEndian(_ value: UInt32) -> [UInt8] {
    withUnsafeBytes(of: value.littleEndian) { Array($0) }
  }

  static func readUInt32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
    (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * UInt32($1)) }
  }
}
