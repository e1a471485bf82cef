import Speech

/// Vorleser's version, written into every file it makes.
public enum VorleserVersion {
  /// The release number.
  public static let current = "0.1.0"

  /// Vorleser's and espeak-ng's versions, for `--version`: both decide the audio.
  public static var withEngine: String {
    "Vorleser \(current), espeak-ng \(EspeakSynthesizer.engineVersion)"
  }
}
