import CSndFile
import Foundation

/// A file decoded by libsndfile (WAV and RF64 itself, MP3 through mpg123 with gapless trimming, Ogg Opus
/// through libopus with pre-skip): its exact length, rate, encoding name and, when asked, loudness.
struct DecodedAudio {
  var sampleRate: Int
  var channels: Int
  var frames: Int64
  /// libsndfile's names for the container and the encoding ("WAV (Microsoft) / Signed 16 bit PCM").
  var encoding: String
  var loudness: Loudness?

  /// Decodes `file`; with `measuringLoudness`, every sample goes through an EBU R 128 meter.
  init(_ file: URL, measuringLoudness: Bool) throws(AudioFileError) {
    var info = SF_INFO()
    guard let handle = sf_open(file.path, Int32(SFM_READ), &info) else {
      throw .unreadable(path: file.path, reason: String(cString: sf_strerror(nil)))
    }
    defer { sf_close(handle) }
    sampleRate = Int(info.samplerate)
    channels = Int(info.channels)
    encoding = Self.formatName(info.format)
    guard measuringLoudness || info.frames <= 0 || info.frames == Int64.max else {
      frames = Int64(info.frames)
      return
    }
    // Compressed formats may not know their length until decoded to the end.
    let channels = max(Int(info.channels), 1)
    let meter = measuringLoudness ? LoudnessMeter(sampleRate: sampleRate, channels: channels, truePeak: true) : nil
    if measuringLoudness, meter == nil {
      throw .unreadable(path: file.path, reason: "\(sampleRate) Hz and \(channels) channels cannot be measured")
    }
    var block = [Float](repeating: 0, count: 16384 * channels)
    var total: Int64 = 0
    while true {
      let read = block.withUnsafeMutableBufferPointer { sf_readf_float(handle, $0.baseAddress, 16384) }
      guard read > 0 else { break }
      total += Int64(read)
      block.withUnsafeBufferPointer { meter?.add(UnsafeBufferPointer(rebasing: $0[0..<(Int(read) * channels)])) }
    }
    frames = total
    loudness = meter?.loudness
  }

  /// libsndfile's names for the container and the encoding of `format`.
  static func formatName(_ format: Int32) -> String {
    func name(_ value: Int32) -> String {
      var info = SF_FORMAT_INFO()
      info.format = value
      guard sf_command(nil, Int32(SFC_GET_FORMAT_INFO), &info, Int32(MemoryLayout<SF_FORMAT_INFO>.size)) == 0,
        let name = info.name
      else { return "unknown" }
      return String(cString: name)
    }
    return "\(name(format & Int32(SF_FORMAT_TYPEMASK))) / \(name(format & Int32(SF_FORMAT_SUBMASK)))"
  }
}
