import Foundation

/// The WAV back end: 16-bit PCM RIFF WAVE (RF64 above 4 GiB) at the synthesizer's rate, for editing;
/// chapters as `cue ` points with `LIST/adtl` labels, tags as `LIST/INFO`.
enum WAVFormat: AudioFormatBackEnd {
  static let fileExtension = "wav"
  static let containerName = "RIFF/WAVE"
  static let mimeType = "audio/wav"
  static let peakOvershoot = 0.0

  /// The largest header libsndfile is trusted with (it refuses to grow one past 100 KiB).
  static let libsndfileHeaderLimit = 64 * 1024

  static func makeEncoder(_ job: EncodingJob) throws(AudioFileError) -> AudioEncoder {
    let rf64 = job.sampleCount * 2 > WAVEncoder.riffDataLimit
    if rf64 || WaveHeaderEncoder.header(job, rf64: false).count > libsndfileHeaderLimit {
      return try WaveHeaderEncoder(job, rf64: rf64)
    }
    return try WAVEncoder(job)
  }

  static func recognizes(header: [UInt8]) -> Bool {
    header.count >= 12 && (header[0..<4].elementsEqual("RIFF".utf8) || header[0..<4].elementsEqual("RF64".utf8))
      && header[8..<12].elementsEqual("WAVE".utf8)
  }

  static func summary(of file: URL, measuringLoudness: Bool) throws(AudioFileError) -> AudioFileSummary {
    try WaveFileReader.summary(of: file, measuringLoudness: measuringLoudness)
  }
}
