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

  /// The encoding these options describe.
  var encoding: AudioEncoding {
    AudioEncoding(bitrate: bitrate, loudness: (loudness ?? LoudnessSetting(.podcast)).target)
  }

  /// Checks the bit rate against `format`.
  func validate(for format: AudioFormat) throws {
    if let bitrate, let problem = format.problem(bitrate: bitrate) {
      throw FailureReport(message: "--bitrate \(bitrate): \(problem)", kind: .badInput)
    }
  }
}
