import Failures

/// Why a voice could not be used; each message names the voice and what is available instead.
public enum VoiceError: ClassifiedError, Equatable {
  /// No profile of that name in any voices folder.
  case unknownProfile(name: String, available: [String])
  /// The profile file exists but cannot be used.
  case invalidProfile(path: String, reason: String)
  /// espeak-ng has no such voice or variant.
  case unknownEspeakVoice(name: String, available: [String])

  /// A one-line message.
  public var description: String {
    switch self {
    case .unknownProfile(let name, let available):
      let list = available.isEmpty ? "none found" : available.joined(separator: ", ")
      return "unknown voice profile \"\(name)\"; available: \(list)"
    case .invalidProfile(let path, let reason):
      return "\(path): invalid voice profile: \(reason)"
    case .unknownEspeakVoice(let name, let available):
      return "espeak-ng has no voice \"\(name)\"; German voices: \(available.joined(separator: ", "))"
    }
  }

  /// A voice that cannot be used was asked for by name or file: bad input.
  public var kind: FailureKind { .badInput }
}
