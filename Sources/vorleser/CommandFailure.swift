import Articles
import AudioFile
import GermanNormalizer
import Speech
import Vorleser

/// A failure reported to the user as one line, with the exit code that says whose fault it is.
struct CommandFailure: Error {
  /// Rendering failed (espeak-ng, disk).
  static let renderingFailed: Int32 = 1
  /// Bad input or usage.
  static let badInput: Int32 = 2
  /// Stopped by Ctrl-C (128 + SIGINT).
  static let interrupted: Int32 = 130

  let message: String
  let exitCode: Int32

  init(message: String, exitCode: Int32) {
    self.message = message
    self.exitCode = exitCode
  }

  /// The failure for one of Vorleser's own errors; nil for errors of the argument parser.
  init?(_ error: Error) {
    switch error {
    case let error as ArticleError: self.init(message: error.description, exitCode: Self.badInput)
    case let error as VoiceError: self.init(message: error.description, exitCode: Self.badInput)
    case let error as LexiconError: self.init(message: error.description, exitCode: Self.badInput)
    case let error as RenderError: self.init(message: error.description, exitCode: Self.badInput)
    case let error as BatchError: self.init(message: error.description, exitCode: Self.badInput)
    case let error as FeedError: self.init(message: error.description, exitCode: Self.badInput)
    case SpeechError.cancelled: self.init(message: "interrupted; no file was written", exitCode: Self.interrupted)
    case let error as SpeechError: self.init(message: error.description, exitCode: Self.renderingFailed)
    case let error as AudioFileError:
      if case .unreadable = error {
        self.init(message: error.description, exitCode: Self.badInput)
      } else {
        self.init(message: error.description, exitCode: Self.renderingFailed)
      }
    default: return nil
    }
  }
}
