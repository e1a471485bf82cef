import Foundation

/// One audio format's back end: what it is called, how its files are written and read back.
///
/// Each back end lives in its own folder under `Formats/`; `AudioFormat` lists them.
protocol AudioFormatBackEnd {
  /// The file name extension, without the dot.
  static var fileExtension: String { get }
  /// The container's name in messages ("RIFF/WAVE").
  static var containerName: String { get }
  /// The MIME type podcast feeds give for it.
  static var mimeType: String { get }
  /// A writer for a file at `destination` taking samples at `sampleRate`.
  static func makeWriter(destination: URL, sampleRate: Int) throws(AudioFileError) -> ChapteredAudioWriter
  /// Whether a file starting with `header` (its first bytes) is of this format.
  static func recognizes(header: [UInt8]) -> Bool
  /// What the file at `file` holds: format, length, tags, chapters.
  static func summary(of file: URL) throws(AudioFileError) -> AudioFileSummary
}
