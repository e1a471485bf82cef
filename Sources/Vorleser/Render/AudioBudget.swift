import Speech

/// How much audio one article may become: a limit in minutes, checked on the text before anything is
/// synthesized and on the samples while speaking. A megabyte of text would be days of audio and
/// gigabytes of disk; one such item must fail on its own, quickly, with a clear reason.
public struct AudioBudget: Sendable, Equatable, Codable {
  /// The most minutes of audio per article.
  public var maxMinutes: Double

  /// The default: three hours, beyond any article and most podcast episodes.
  public static let standard = AudioBudget(maxMinutes: 180)

  /// A budget of `maxMinutes`.
  public init(maxMinutes: Double) {
    self.maxMinutes = maxMinutes
  }

  /// About how characters turn into time with espeak-ng's German: a word per 6.2 characters of spoken
  /// text, at the profile's words per minute (the seed article: estimated 2:08, rendered 2:06).
  static let charactersPerWord = 6.2

  /// The estimated length of `script` spoken with `voice`, in minutes, pauses included.
  public func estimatedMinutes(of script: SpokenArticle, voice: VoiceProfile) -> Double {
    let characters = script.chapters.reduce(0) { $0 + $1.utterances.reduce(0) { $0 + $1.text.count } }
    let pauses = script.chapters.reduce(0) { $0 + $1.utterances.reduce(0) { $0 + $1.pauseAfter } }
    return Double(characters) / Self.charactersPerWord / Double(max(voice.rate, 1)) + Double(pauses) / 60_000
  }

  /// Fails with `RenderError.tooLong` when `script` would clearly exceed the budget.
  public func check(_ script: SpokenArticle, voice: VoiceProfile, source: String) throws(RenderError) {
    let minutes = estimatedMinutes(of: script, voice: voice)
    if minutes > maxMinutes { throw .tooLong(source: source, minutes: minutes, limit: maxMinutes) }
  }

  /// The most samples at `sampleRate` rendering may write: the budget with a fifth to spare for the
  /// estimate's error.
  func sampleLimit(at sampleRate: Int) -> Int64 {
    Int64(maxMinutes * 1.2 * 60 * Double(sampleRate))
  }
}
