import Foundation
import Speech
import Vorleser

// `vorleser-fake-worker`: a real worker loop (`WorkerServer`) whose engine is a fake, for the tests of the
// worker protocol and of per-item time limits. It speaks a tone for every text; a text containing
// "Endlosschleife" makes it hang the way a stuck espeak-ng would (deaf to stop requests), and one
// containing "Absturz" makes it crash. An item titled "Absturz beim Lesen" crashes the child reading it.
try WorkerServer(engine: { ToneSynthesizer() }) { job in
  if job.item.title == "Absturz beim Lesen" { abort() }
}
.serve()

/// Speaks 10 ms of a 440 Hz tone per character.
final class ToneSynthesizer: SpeechSynthesizing {
  let sampleRate = 22050

  func use(_ profile: VoiceProfile) throws {}

  func speak(
    _ text: String, into sink: SampleSink, firstSample: Int64, events: inout [SpeechEvent],
    shouldStop: () -> Bool
  ) throws -> Int64 {
    if text.contains("Endlosschleife") {
      while true { sleep(1) }
    }
    if text.contains("Absturz") { abort() }
    let count = text.count * sampleRate / 100
    let tone = (0..<count).map { Int16(6000 * sin(Double($0) * 2 * .pi * 440 / Double(sampleRate))) }
    try tone.withUnsafeBufferPointer { try sink.write($0) }
    events.append(SpeechEvent(kind: .sentence, sample: firstSample, textOffset: 0, length: 0))
    return Int64(count)
  }
}
