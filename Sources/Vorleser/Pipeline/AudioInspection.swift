import AudioFile
import Foundation

/// `vorleser inspect`: what an audio file Vorleser wrote holds.
public enum AudioInspection {
  /// The summary of the audio file at `path`, whichever format its content shows, with its loudness.
  public static func inspect(_ path: String) throws(AudioFileError) -> AudioFileSummary {
    try AudioFormat.summary(of: URL(fileURLWithPath: path), measuringLoudness: true)
  }
}
