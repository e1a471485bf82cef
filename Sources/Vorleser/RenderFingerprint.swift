import AudioFile
import COpenSSL
import Foundation
import Speech

/// The SHA-256 of everything that decides an article's audio file: the spoken text with its pauses and
/// chapter titles, the tags, the voice profile, and the versions of Vorleser and espeak-ng. Equal
/// fingerprints mean the file would come out the same, so a batch re-run can skip it.
public enum RenderFingerprint {
  private struct Inputs: Encodable {
    var script: SpokenArticle
    var tags: WaveTags
    var voice: VoiceProfile
    var vorleser: String
    var espeakNG: String
  }

  /// The fingerprint as 64 hex digits.
  public static func make(script: SpokenArticle, tags: WaveTags, voice: VoiceProfile, engineVersion: String) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let inputs = Inputs(
      script: script, tags: tags, voice: voice, vorleser: VorleserVersion.current, espeakNG: engineVersion)
    // Encoding plain strings, numbers and arrays cannot fail.
    let data = (try? encoder.encode(inputs)) ?? Data()
    return sha256(data)
  }

  /// SHA-256 of `data` in hex, from OpenSSL's libcrypto.
  static func sha256(_ data: Data) -> String {
    var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    data.withUnsafeBytes { bytes in
      _ = EVP_Digest(bytes.baseAddress, bytes.count, &digest, &length, EVP_sha256(), nil)
    }
    return digest.prefix(Int(length)).map { String(format: "%02x", $0) }.joined()
  }
}
