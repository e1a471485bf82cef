import Foundation

/// The format-specific end of a writer: takes mastered samples and makes them a file's bytes.
protocol AudioEncoder: AnyObject {
  /// Samples per second it takes (the writer resamples to it).
  var sampleRate: Int { get }
  /// Encodes samples in −1…1.
  func encode(_ samples: UnsafeBufferPointer<Float>) throws(AudioFileError)
  /// Ends the stream: trailing frames, headers, tags. The writer closes the file.
  func finish() throws(AudioFileError)
}

/// An encoder that also takes the synthesizer's 16-bit samples as they are, for audio that passes the
/// mastering unchanged (`--loudness off` into WAV): no conversion, no copy.
protocol PCMAudioEncoder: AudioEncoder {
  /// Encodes 16-bit samples at the source rate.
  func encode(pcm samples: UnsafeBufferPointer<Int16>) throws(AudioFileError)
}

/// What an encoder needs to know about the file it writes, known before the first sample goes in.
struct EncodingJob {
  /// The temporary file being written.
  let file: TemporaryAudioFile
  /// The destination, for messages.
  let destination: URL
  /// Samples per second of the synthesized audio, in which the chapters are counted.
  let sourceRate: Int
  /// How many source samples there are.
  let sampleCount: Int64
  let chapters: [ChapterMark]
  let tags: AudioTags
  let encoding: AudioEncoding

  /// The failure `reason` for the destination.
  func failure(_ reason: String) -> AudioFileError {
    .unwritable(path: destination.path, reason: reason)
  }

  /// Chapter `index` in milliseconds: its start, and the next one's start (or the end) as its end.
  func milliseconds(ofChapter index: Int) -> (start: UInt32, end: UInt32) {
    func ms(_ sample: Int64) -> UInt32 { UInt32(clamping: (sample * 1000 + Int64(sourceRate) / 2) / Int64(sourceRate)) }
    let start = chapters[index].startSample
    let end = index + 1 < chapters.count ? chapters[index + 1].startSample : sampleCount
    return (ms(start), ms(end))
  }
}
