import Speech

/// `--rate` and `--pitch` over a voice profile's own.
public struct VoiceAdjustment: Sendable, Equatable {
  /// Words per minute (espeak-ng: 80–450).
  public var rate: Int?
  /// Base pitch (0–100).
  public var pitch: Int?

  /// An adjustment; nil leaves the profile's value.
  public init(rate: Int? = nil, pitch: Int? = nil) {
    self.rate = rate
    self.pitch = pitch
  }

  /// `profile` with this adjustment; a value espeak-ng does not take is bad input.
  func applied(to profile: VoiceProfile) throws(FailureReport) -> VoiceProfile {
    var profile = profile
    profile.rate = rate ?? profile.rate
    profile.pitch = pitch ?? profile.pitch
    if let rate, !(80...450).contains(rate) {
      throw FailureReport(message: "--rate \(rate) is outside 80…450 words per minute", kind: .badInput)
    }
    if let pitch, !(0...100).contains(pitch) {
      throw FailureReport(message: "--pitch \(pitch) is outside 0…100", kind: .badInput)
    }
    return profile
  }
}
