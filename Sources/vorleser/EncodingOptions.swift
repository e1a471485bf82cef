import ArgumentParser
import Vorleser

extension AudioFormat: ExpressibleByArgument {}

extension LoudnessSetting: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(argument)
  }
}

/// The options that decide the audio file's format and encoding, shared by `render` and `feed`.
struct EncodingOptions: ParsableArguments {
  @Option(help: "Audio format: mp3 (default), opus or wav; for render, -o NAME.mp3|.opus|.wav decides it too.")
  var format: AudioFormat?

  @Option(help: "Bit rate in kbit/s (MP3: 64 by default, 32…320; Opus: 32 by default, 6…256).")
  var bitrate: Int?

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp(
      "Integrated loudness in LUFS, −70…−5 (default −16 for podcasts; −23 for EBU R 128), true peaks under "
        + "−1.5 dBTP; or off.",
      valueName: "LUFS|off"))
  var loudness: LoudnessSetting?

  @Option(help: "The most minutes of audio one article may become (default 180); longer ones fail before synthesis.")
  var maxMinutes: Double?

  /// The encoding these options describe.
  var encoding: AudioEncoding {
    AudioEncoding(bitrate: bitrate, loudness: (loudness ?? LoudnessSetting(.podcast)).target)
  }

  /// The audio budget these options describe.
  var budget: AudioBudget {
    get throws {
      guard let maxMinutes else { return .standard }
      guard maxMinutes > 0 else { throw FailureReport(message: "--max-minutes must be more than 0", kind: .badInput) }
      return AudioBudget(maxMinutes: maxMinutes)
    }
  }

  /// Checks the bit rate against `format`.
  func validate(for format: AudioFormat) throws {
    if let bitrate, let problem = format.problem(bitrate: bitrate) {
      throw FailureReport(message: "--bitrate \(bitrate): \(problem)", kind: .badInput)
    }
  }
}
