/// How Vorleser speaks: the espeak-ng voice, its rate, pitch and volume, and the pauses between parts.
public struct VoiceProfile: Codable, Sendable, Equatable {
  /// The profile's name, as given to `--voice`.
  public var name: String
  /// A line for listings ("Standard-Nachrichtenstimme").
  public var description: String?
  /// The espeak-ng voice, optionally with a variant: `de`, `de+f3`.
  public var espeakVoice: String
  /// Speaking rate in words per minute (espeak-ng accepts 80…450).
  public var rate: Int
  /// Base pitch, 0…100.
  public var pitch: Int
  /// Pitch range, 0 (monotone) …100.
  public var pitchRange: Int
  /// Volume, 0…200 (100 is normal).
  public var volume: Int
  /// Silence between the parts of an article.
  public var pauses: Pauses

  /// Silence lengths in milliseconds.
  public struct Pauses: Codable, Sendable, Equatable {
    /// After the headline (and after the title block as a whole).
    public var afterHeadline: Int
    /// Between two paragraphs of the same section.
    public var betweenParagraphs: Int
    /// Between sections, and after the title block and the lead.
    public var betweenSections: Int

    /// Pauses from their lengths in milliseconds.
    public init(afterHeadline: Int, betweenParagraphs: Int, betweenSections: Int) {
      self.afterHeadline = afterHeadline
      self.betweenParagraphs = betweenParagraphs
      self.betweenSections = betweenSections
    }
  }

  /// A profile from its settings.
  public init(
    name: String, description: String? = nil, espeakVoice: String, rate: Int, pitch: Int, pitchRange: Int,
    volume: Int, pauses: Pauses
  ) {
    self.name = name
    self.description = description
    self.espeakVoice = espeakVoice
    self.rate = rate
    self.pitch = pitch
    self.pitchRange = pitchRange
    self.volume = volume
    self.pauses = pauses
  }

  /// The first setting outside the range espeak-ng accepts, described for an error message.
  public var problem: String? {
    let checks: [(String, Int, ClosedRange<Int>)] = [
      ("rate", rate, 80...450), ("pitch", pitch, 0...100), ("pitchRange", pitchRange, 0...100),
      ("volume", volume, 0...200), ("pauses.afterHeadline", pauses.afterHeadline, 0...10_000),
      ("pauses.betweenParagraphs", pauses.betweenParagraphs, 0...10_000),
      ("pauses.betweenSections", pauses.betweenSections, 0...10_000),
    ]
    if espeakVoice.isEmpty { return "espeakVoice is empty" }
    for (field, value, range) in checks where !range.contains(value) {
      return "\(field) \(value) is outside \(range.lowerBound)…\(range.upperBound)"
    }
    return nil
  }
}
