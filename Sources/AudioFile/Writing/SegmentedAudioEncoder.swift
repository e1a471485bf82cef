/// An encoder that can hand the rest of a stream, from a break on, to a second encoder working at the
/// same time on another core, and joins that encoder's output after its own when it finishes.
protocol SegmentedAudioEncoder: AudioEncoder {
  /// Breaks must fall on a multiple of this many samples (at the encoder's rate).
  var segmentAlignment: Int { get }
  /// The encoder of the samples after the break. Finish it before finishing this one.
  func secondSegment() throws(AudioFileError) -> AudioEncoder
}
