import CEspeakNG
import Foundation

/// espeak-ng, called in process through its C library in synchronous mode.
///
/// espeak-ng keeps global state and is not thread-safe, so there is one instance per process and every
/// call holds a lock; parallel rendering means several processes.
public final class EspeakSynthesizer: SpeechSynthesizing, @unchecked Sendable {
  /// The process's synthesizer, started on first use.
  public static func shared() throws(SpeechError) -> EspeakSynthesizer {
    startLock.lock()
    defer { startLock.unlock() }
    if let instance { return instance }
    let started = try EspeakSynthesizer()
    instance = started
    return started
  }

  private nonisolated(unsafe) static var instance: EspeakSynthesizer?
  private static let startLock = NSLock()
  /// The utterance being spoken; the C callback has no other way to reach it.
  private nonisolated(unsafe) static var current: Utterance?

  /// The espeak-ng library's version ("1.51"); it decides the audio as much as the text does.
  public static var engineVersion: String {
    espeak_Info(nil).map { String(cString: $0) } ?? "unknown"
  }

  /// Samples per second (22050 for espeak-ng's voices).
  public let sampleRate: Int
  private let lock = NSLock()

  private init() throws(SpeechError) {
    let dataPath = ProcessInfo.processInfo.environment["ESPEAK_DATA_PATH"].flatMap { $0.isEmpty ? nil : $0 }
    if let dataPath, !FileManager.default.fileExists(atPath: dataPath + "/phontab") {
      throw .engineUnavailable("ESPEAK_DATA_PATH=\(dataPath) has no espeak-ng data (phontab missing)")
    }
    espeak_ng_InitializePath(dataPath)
    var context: espeak_ng_ERROR_CONTEXT?
    let status = espeak_ng_Initialize(&context)
    espeak_ng_ClearErrorContext(&context)
    guard status == ENS_OK else { throw .engineUnavailable(Self.message(for: status)) }
    let outputStatus = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nil)
    guard outputStatus == ENS_OK else { throw .engineUnavailable(Self.message(for: outputStatus)) }
    espeak_SetSynthCallback(synthesisCallback)
    sampleRate = Int(espeak_ng_GetSampleRate())
  }

  /// Selects the profile's espeak-ng voice and applies its rate, pitch, pitch range and volume.
  public func use(_ profile: VoiceProfile) throws {
    lock.lock()
    defer { lock.unlock() }
    guard espeak_ng_SetVoiceByName(profile.espeakVoice) == ENS_OK else {
      throw VoiceError.unknownEspeakVoice(name: profile.espeakVoice, available: Self.germanVoices())
    }
    let settings: [(espeak_PARAMETER, Int)] = [
      (espeakRATE, profile.rate), (espeakPITCH, profile.pitch), (espeakRANGE, profile.pitchRange),
      (espeakVOLUME, profile.volume),
    ]
    for (parameter, value) in settings {
      let status = espeak_ng_SetParameter(parameter, Int32(value), 0)
      guard status == ENS_OK else { throw SpeechError.synthesisFailed(Self.message(for: status)) }
    }
  }

  public func speak(
    _ text: String, into sink: SampleSink, firstSample: Int64, events: inout [SpeechEvent],
    shouldStop: () -> Bool
  ) throws -> Int64 {
    lock.lock()
    defer { lock.unlock() }
    return try withoutActuallyEscaping(shouldStop) { shouldStop in
      let utterance = Utterance(
        sink: sink, firstSample: firstSample, sampleRate: sampleRate, shouldStop: shouldStop)
      Self.current = utterance
      defer { Self.current = nil }
      let status = text.withCString { pointer in
        espeak_ng_Synthesize(
          pointer, strlen(pointer) + 1, 0, POS_CHARACTER, 0, UInt32(espeakCHARS_UTF8 | espeakPHONEMES), nil, nil)
      }
      events.append(contentsOf: utterance.events)
      if let error = utterance.error { throw error }
      if utterance.stopped { throw SpeechError.cancelled }
      guard status == ENS_OK else { throw SpeechError.synthesisFailed(Self.message(for: status)) }
      return utterance.samplesWritten
    }
  }

  /// espeak-ng's phonemes for `text` in the current voice (as `espeak-ng -x` prints them), for checking
  /// pronunciations without listening.
  public func phonemes(of text: String) -> String {
    lock.lock()
    defer { lock.unlock() }
    return text.withCString { cString in
      var pointer: UnsafeRawPointer? = UnsafeRawPointer(cString)
      var clauses: [String] = []
      while pointer != nil, let result = espeak_TextToPhonemes(&pointer, espeakCHARS_UTF8, 0) {
        clauses.append(String(decoding: UnsafeRawBufferPointer(start: result, count: strlen(result)), as: UTF8.self))
      }
      return clauses.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
  }

  /// Receives one buffer of samples and the events inside it from espeak-ng; returns 1 to stop.
  fileprivate static func receive(
    _ samples: UnsafeMutablePointer<Int16>?, _ count: Int32, _ events: UnsafeMutablePointer<espeak_EVENT>?
  ) -> Int32 {
    guard let utterance = current else { return 1 }
    return utterance.receive(samples, Int(count), events) ? 0 : 1
  }

  /// The language codes of espeak-ng's voices ("en", "en-us", "fr"), for passages in other languages.
  public var languages: Set<String> { Self.voiceLanguages }

  private static let voiceLanguages: Set<String> = {
    var codes = Set<String>()
    if var voice = espeak_ListVoices(nil) {
      while let entry = voice.pointee {
        if let identifier = entry.pointee.identifier, let code = String(cString: identifier).split(separator: "/").last
        {
          codes.insert(code.lowercased())
        }
        voice += 1
      }
    }
    codes.remove("de")
    return codes
  }()

  /// The names of espeak-ng's German voices and the variants that can follow them after `+`.
  static func germanVoices() -> [String] {
    var names: [String] = []
    if var voice = espeak_ListVoices(nil) {
      while let entry = voice.pointee {
        if let identifier = entry.pointee.identifier, let name = entry.pointee.name,
          String(cString: identifier).hasSuffix("/de") || String(cString: name).hasPrefix("German")
        {
          names.append(String(cString: identifier).components(separatedBy: "/").last ?? "de")
        }
        voice += 1
      }
    }
    return names + ["variants such as de+f1…de+f5, de+m1…de+m7"]
  }

  private static func message(for status: espeak_ng_STATUS) -> String {
    var buffer = [CChar](repeating: 0, count: 512)
    espeak_ng_GetStatusCodeMessage(status, &buffer, buffer.count)
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}

/// The C callback handed to espeak-ng.
private func synthesisCallback(
  samples: UnsafeMutablePointer<Int16>?, count: Int32, events: UnsafeMutablePointer<espeak_EVENT>?
) -> Int32 {
  EspeakSynthesizer.receive(samples, count, events)
}

/// The state of one `speak` call while espeak-ng calls back.
private final class Utterance {
  let sink: SampleSink
  let firstSample: Int64
  let sampleRate: Int
  let shouldStop: () -> Bool
  var samplesWritten: Int64 = 0
  var events: [SpeechEvent] = []
  var error: Error?
  var stopped = false

  init(sink: SampleSink, firstSample: Int64, sampleRate: Int, shouldStop: @escaping () -> Bool) {
    self.sink = sink
    self.firstSample = firstSample
    self.sampleRate = sampleRate
    self.shouldStop = shouldStop
  }

  /// Takes one buffer; returns false to make espeak-ng stop.
  func receive(
    _ samples: UnsafeMutablePointer<Int16>?, _ count: Int, _ list: UnsafeMutablePointer<espeak_EVENT>?
  ) -> Bool {
    if let list { record(list) }
    if let samples, count > 0 {
      do {
        try sink.write(UnsafeBufferPointer(start: samples, count: count))
        samplesWritten += Int64(count)
      } catch {
        self.error = error
        return false
      }
    }
    if shouldStop() {
      stopped = true
      return false
    }
    return true
  }

  private func record(_ list: UnsafeMutablePointer<espeak_EVENT>) {
    var event = list
    while event.pointee.type != espeakEVENT_LIST_TERMINATED {
      let kind: SpeechEvent.Kind? =
        switch event.pointee.type {
        case espeakEVENT_SENTENCE: .sentence
        case espeakEVENT_WORD: .word
        default: nil
        }
      if let kind {
        let sample = firstSample + Int64(event.pointee.audio_position) * Int64(sampleRate) / 1000
        events.append(
          SpeechEvent(
            kind: kind, sample: sample, textOffset: max(0, Int(event.pointee.text_position) - 1),
            length: kind == .word ? Int(event.pointee.length) : 0))
      }
      event += 1
    }
  }
}
