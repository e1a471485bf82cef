import Foundation

/// The WAV back end: 16-bit PCM RIFF WAVE at the synthesizer's rate, chapters as `cue ` points with
/// `LIST/adtl` labels, tags as `LIST/INFO`.
enum WAVFormat: AudioFormatBackEnd {
  static let fileExtension = "wav"
  static let containerName = "RIFF/WAVE"
  static let mimeType = "audio/wav"

  static func makeWriter(destination: URL, sampleRate: Int) throws(AudioFileError) -> ChapteredAudioWriter {
    try ChapteredWaveWriter(destination: destination, sampleRate: sampleRate)
  }

  static func recognizes(header: [UInt8]) -> Bool {
    header.count >= 12 && header[0..<4].elementsEqual("RIFF".utf8) && header[8..<12].elementsEqual("WAVE".utf8)
  }

  static func summary(of file: URL) throws(AudioFileError) -> AudioFileSummary {
    try WaveFileReader.summary(of: file)
  }
}
