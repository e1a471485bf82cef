import Foundation

/// The MP3 back end: 44.1 kHz mono CBR through LAME, ID3v2.3 tags and chapters (`CTOC` and `CHAP`)
/// through TagLib. What every podcast app and browser plays.
enum MP3Format: AudioFormatBackEnd {
  static let fileExtension = "mp3"
  static let containerName = "MP3"
  static let mimeType = "audio/mpeg"
  /// LAME's low-pass at 64 kbit/s lowers the peaks rather than raising them (−1.9 dBTP from a −1.5 ceiling).
  static let peakOvershoot = 0.0

  static func makeEncoder(_ job: EncodingJob) throws(AudioFileError) -> AudioEncoder {
    try MP3Encoder(job)
  }

  static func recognizes(header: [UInt8]) -> Bool {
    guard header.count >= 3 else { return false }
    if header[0..<3].elementsEqual("ID3".utf8) { return true }
    // An MPEG audio frame sync: eleven set bits, layer III.
    return header[0] == 0xFF && header[1] & 0xE0 == 0xE0 && header[1] & 0x06 == 0x02
  }

  static func summary(of file: URL, measuringLoudness: Bool) throws(AudioFileError) -> AudioFileSummary {
    try TaggedFileReader.summary(of: file, as: .mp3, format: .mp3, measuringLoudness: measuringLoudness)
  }
}
