import Failures
import Foundation

/// The Ogg Opus back end: voice-tuned Opus through libopus and libogg, Vorbis comments with the tags
/// and the `CHAPTERnnn` chapters ffmpeg and AntennaPod read. Small files for web players and Android.
enum OpusFormat: AudioFormatBackEnd {
  static let fileExtension = "opus"
  static let containerName = "Ogg Opus"
  static let mimeType = "audio/ogg"
  /// Opus at 32 kbit/s raises true peaks by up to 1 dB (−1.1 dBTP from a −2.1 ceiling on a long article).
  static let peakOvershoot = 1.0

  static func makeEncoder(_ job: EncodingJob) throws(AudioFileError) -> AudioEncoder {
    do {
      return try OpusEncoder(job)
    } catch let error as AudioFileError {
      throw error
    } catch {
      throw job.failure(error.oneLine)
    }
  }

  static func recognizes(header: [UInt8]) -> Bool {
    header.count >= 36 && header[0..<4].elementsEqual("OggS".utf8) && header[28..<36].elementsEqual("OpusHead".utf8)
  }

  static func summary(of file: URL, measuringLoudness: Bool) throws(AudioFileError) -> AudioFileSummary {
    try TaggedFileReader.summary(of: file, as: .opus, format: .opus, measuringLoudness: measuringLoudness)
  }
}
