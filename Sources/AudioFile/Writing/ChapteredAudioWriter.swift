import Foundation

/// Writes one chaptered audio file, safely: samples and silence stream in while they are synthesized,
/// then `finish` writes the file with its chapters and tags under a temporary name and renames it into
/// place. Until then (and after a failure or Ctrl-C) nothing stands under the destination's name.
public protocol ChapteredAudioWriter: AnyObject {
  /// Where the finished file goes.
  var destination: URL { get }
  /// Samples per second of the samples handed in.
  var sampleRate: Int { get }
  /// How many samples were handed in so far: the position the next sample lands at.
  var sampleCount: Int64 { get }
  /// Appends mono 16-bit samples.
  func write(_ samples: UnsafeBufferPointer<Int16>) throws(AudioFileError)
  /// Appends `milliseconds` of silence.
  func writeSilence(milliseconds: Int) throws(AudioFileError)
  /// Writes the file with `tags` and a marker for each of `chapters` (in input samples) and moves it into
  /// place; returns what was measured on the way.
  @discardableResult
  func finish(chapters: [ChapterMark], tags: AudioTags) throws(AudioFileError) -> WrittenAudio
}
