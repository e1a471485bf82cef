import Foundation

/// Lists the top-level chunks of a RIFF/WAVE (or RF64) file without reading the audio.
public struct RIFFChunks: Sendable {
  /// One top-level chunk.
  public struct Chunk: Sendable, Equatable {
    /// The four-character id ("fmt ", "cue ", "LIST", "data").
    public var id: String
    /// Where the chunk's payload starts in the file.
    public var payloadOffset: UInt64
    /// The payload's size in bytes, without padding.
    public var size: UInt32
  }

  /// The chunks in file order.
  public let chunks: [Chunk]
  private let file: URL
  private let fileSize: UInt64

  /// Reads the chunk list of the WAVE file at `file`.
  public init(file: URL) throws(AudioFileError) {
    self.file = file
    guard let handle = try? FileHandle(forReadingFrom: file) else {
      throw .unreadable(path: file.path, reason: "cannot open the file")
    }
    defer { try? handle.close() }
    guard let header = try? handle.read(upToCount: 12), header.count == 12,
      header.prefix(4).elementsEqual("RIFF".utf8) || header.prefix(4).elementsEqual("RF64".utf8),
      header.suffix(4).elementsEqual("WAVE".utf8)
    else { throw .unreadable(path: file.path, reason: "not a RIFF/WAVE file") }
    let fileSize = (try? handle.seekToEnd()) ?? 0
    var chunks: [Chunk] = []
    var offset: UInt64 = 12
    while offset + 8 <= fileSize {
      try? handle.seek(toOffset: offset)
      guard let bytes = try? handle.read(upToCount: 8), bytes.count == 8 else { break }
      let header = [UInt8](bytes)
      let size = CueLabelList.readUInt32(header, at: 4)
      let id = String(decoding: header[0..<4], as: UTF8.self)
      chunks.append(Chunk(id: id, payloadOffset: offset + 8, size: size))
      // RF64's data chunk gives its real size in `ds64`; nothing Vorleser reads comes after it.
      if size == UInt32.max { break }
      offset += 8 + UInt64(size) + UInt64(size & 1)
    }
    self.chunks = chunks
    self.fileSize = fileSize
  }

  /// What is broken in the chunk list where libsndfile 1.2.0 would misread it (a truncated `LIST`
  /// chunk, or one whose sub-chunks do not add up, sends it into an endless loop): no `fmt ` chunk, a
  /// chunk other than `data` running past the end of the file, a `LIST` chunk of another kind than
  /// four letters or with sub-chunks overrunning it; nil when nothing is.
  public var damage: String? {
    guard chunks.contains(where: { $0.id == "fmt " }) else { return "no \"fmt \" chunk" }
    for chunk in chunks where chunk.id != "data" && chunk.size != UInt32.max {
      let id = String(chunk.id.unicodeScalars.map { (32...126).contains($0.value) ? Character($0) : "?" })
      guard chunk.payloadOffset + UInt64(chunk.size) <= fileSize else {
        return "chunk \"\(id)\" runs past the end of the file"
      }
      if chunk.id == "LIST", let problem = listDamage(chunk) { return "chunk \"LIST\": \(problem)" }
    }
    return nil
  }

  /// What is wrong inside a `LIST` chunk: its kind and the sizes of its sub-chunks.
  private func listDamage(_ chunk: Chunk) -> String? {
    guard chunk.size <= 16 << 20 else { return "larger than 16 MB" }
    guard let payload = try? payload(of: chunk), payload.count >= 4 else { return "too short" }
    guard payload[0..<4].allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "z")).contains($0) }) else {
      return "not a list of a named kind"
    }
    var offset = 4
    while offset + 8 <= payload.count {
      let size = Int(CueLabelList.readUInt32(payload, at: offset + 4))
      guard size <= payload.count - offset - 8 else { return "a sub-chunk runs past its end" }
      offset += 8 + size + (size & 1)
    }
    return nil
  }

  /// The payload of `chunk`, read from the file.
  public func payload(of chunk: Chunk) throws(AudioFileError) -> [UInt8] {
    guard let handle = try? FileHandle(forReadingFrom: file) else {
      throw .unreadable(path: file.path, reason: "cannot open the file")
    }
    defer { try? handle.close() }
    try? handle.seek(toOffset: chunk.payloadOffset)
    guard let data = try? handle.read(upToCount: Int(chunk.size)), data.count == Int(chunk.size) else {
      throw .unreadable(path: file.path, reason: "chunk \"\(chunk.id)\" is cut short")
    }
    return [UInt8](data)
  }

  /// The cue points of the `cue ` chunk: identifier and sample offset, in file order.
  public func cuePoints() throws(AudioFileError) -> [(id: UInt32, offset: Int64)] {
    guard let chunk = chunks.first(where: { $0.id == "cue " }) else { return [] }
    let payload = try payload(of: chunk)
    guard payload.count >= 4 else { return [] }
    let count = min(Int(CueLabelList.readUInt32(payload, at: 0)), (payload.count - 4) / 24)
    return (0..<count).map { index in
      let entry = 4 + index * 24
      return (CueLabelList.readUInt32(payload, at: entry), Int64(CueLabelList.readUInt32(payload, at: entry + 20)))
    }
  }

  /// The entries of the first `LIST/adtl` chunk, or none.
  public func cueLabels() throws(AudioFileError) -> [CueLabelList.Entry] {
    for chunk in chunks where chunk.id == "LIST" {
      if let entries = CueLabelList.decode(try payload(of: chunk)) { return entries }
    }
    return []
  }
}
