import Foundation

/// One audio format's back end: what it is called, how its files are encoded and read back.
///
/// Each back end lives in its own folder under `Formats/`; `AudioFormat` lists them.
protocol AudioFormatBackEnd {
  /// The file name extension, without the dot.
  static var fileExtension: String { get }
  /// The container's name in messages ("RIFF/WAVE").
  static var containerName: String { get }
  /// The MIME type podcast feeds give for it.
  static var mimeType: String { get }
  /// How much encoding raises true peaks, in dB: the limiter's ceiling sits this much lower, so that the
  /// encoded file keeps the target (measured with ffmpeg's ebur128 on espeak-ng speech).
  static var peakOvershoot: Double { get }
  /// The encoder for one file.
  static func makeEncoder(_ job: EncodingJob) throws(AudioFileError) -> AudioEncoder
  /// Whether a file starting with `header` (its first 64 bytes) is of this format.
  static func recognizes(header: [UInt8]) -> Bool
  /// What the file at `file` holds: format, length, tags, chapters, and its loudness when asked
  /// (which decodes the whole file).
  static func summary(of file: URL, measuringLoudness: Bool) throws(AudioFileError) -> AudioFileSummary
}
