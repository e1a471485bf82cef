import Foundation

/// `NAME.marks.json`: JSON Lines, a header with the written text first, then every mark in time order.
public struct SpeechMarksFile: Sendable, Equatable, Codable {
  /// The header line: the written text the marks' byte offsets point into, its blocks, and the audio.
  public struct Header: Sendable, Equatable, Codable {
    /// One block of the text and its bytes.
    public struct Block: Sendable, Equatable, Codable {
      public var kind: WrittenText.Kind
      public var start: Int
      public var end: Int
    }

    public var type = "text"
    public var format = "vorleser-marks"
    public var version = 1
    public var time = 0
    public var start = 0
    /// The written text's length in bytes.
    public var end: Int
    /// The written text: the blocks joined by blank lines.
    public var value: String
    /// What `start` and `end` count: bytes of UTF-8, as in Amazon Polly's marks.
    public var offsets = "utf8"
    /// The audio file's name.
    public var audio: String
    /// Its length in milliseconds.
    public var duration: Int
    public var title: String?
    public var artist: String?
    public var image: String?
    public var language = "de"
    public var blocks: [Block]
  }

  /// The header.
  public var header: Header
  /// The marks in time order.
  public var marks: [SpeechMark]

  /// The file's lines.
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(header) + Data("\n".utf8)
    for mark in marks { data += try encoder.encode(mark) + Data("\n".utf8) }
    return data
  }

  /// The marks file `data`; `source` names it in errors.
  public static func decode(_ data: Data, source: String) throws(ReadAlongError) -> SpeechMarksFile {
    let lines = data.split(separator: UInt8(ascii: "\n")).filter { !$0.allSatisfy { $0 == 32 || $0 == 13 } }
    let decoder = JSONDecoder()
    do {
      guard let first = lines.first else { throw ReadAlongError.badMarks(source: source, reason: "the file is empty") }
      let header = try decoder.decode(Header.self, from: Data(first))
      return SpeechMarksFile(
        header: header, marks: try lines.dropFirst().map { try decoder.decode(SpeechMark.self, from: Data($0)) })
    } catch let error as ReadAlongError {
      throw error
    } catch {
      throw .badMarks(source: source, reason: "not speech marks of Vorleser")
    }
  }
}
