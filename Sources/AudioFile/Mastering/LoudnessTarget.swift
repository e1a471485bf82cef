/// The loudness a file is brought to: integrated loudness in LUFS (mono counted as dual mono, the way a
/// podcast voice is heard on two speakers) and the highest true peak allowed, in dBTP.
public struct LoudnessTarget: Sendable, Equatable, Codable {
  /// Integrated loudness, LUFS.
  public var integrated: Double
  /// The true-peak ceiling, dBTP. Below Apple's −1 dBTP because MP3 and Opus encoding raise true peaks.
  public var truePeakCeiling: Double

  /// A target from its parts.
  public init(integrated: Double, truePeakCeiling: Double = -1.5) {
    self.integrated = integrated
    self.truePeakCeiling = truePeakCeiling
  }

  /// Apple's podcast guidance, −16 LUFS, with headroom under −1 dBTP.
  public static let podcast = LoudnessTarget(integrated: -16)
}

/// What a file measures: integrated loudness (LUFS, dual mono) and true peak (dBTP).
public struct Loudness: Sendable, Equatable, Codable {
  /// Integrated loudness, LUFS; nil for audio too short or too quiet to gate.
  public var integrated: Double?
  /// True peak, dBTP; nil for silence.
  public var truePeak: Double?

  /// A measurement from its parts.
  public init(integrated: Double?, truePeak: Double?) {
    self.integrated = integrated
    self.truePeak = truePeak
  }
}
