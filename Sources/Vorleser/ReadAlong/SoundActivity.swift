import Speech

/// How loud each 5 ms of the current utterance is, kept while it is spoken, so that an event espeak-ng
/// places in the pause before a word (it does after a full stop or comma, by 50–90 ms) can be moved to
/// where the word's sound starts. A byte per frame: an hour of one utterance costs 720 KB, not 160 MB.
struct SoundActivity {
  /// Samples at or below this peak count as silence (about −40 dBFS of espeak-ng's output).
  static let silence: Int16 = 300
  /// The furthest an event is moved, in milliseconds.
  static let reach = 150

  let frameLength: Int
  private(set) var origin: Int64 = 0
  private var loud: [Bool] = []
  private var position: Int64 = 0
  private var current = false

  init(sampleRate: Int) {
    frameLength = max(1, sampleRate / 200)
  }

  /// Starts a new utterance at sample `sample`.
  mutating func start(at sample: Int64) {
    origin = sample
    position = sample
    loud.removeAll(keepingCapacity: true)
    current = false
  }

  /// Takes the next samples of the utterance.
  mutating func record(_ samples: UnsafeBufferPointer<Int16>) {
    for sample in samples {
      if sample > Self.silence || sample < -Self.silence { current = true }
      position += 1
      if (position - origin) % Int64(frameLength) == 0 {
        loud.append(current)
        current = false
      }
    }
  }

  /// `events` with each one that falls into silence moved to the first sound after it (within `reach`).
  /// The frame an event falls in may still hold the end of the word before, so the silence is looked for
  /// in the frame after it.
  func refined(_ events: [SpeechEvent]) -> [SpeechEvent] {
    let reachFrames = Self.reach / 5
    return events.map { event in
      var moved = event
      let next = Int((event.sample - origin) / Int64(frameLength)) + 1
      guard next >= 1, next < loud.count, !loud[next] else { return event }
      if let sound = (next..<min(loud.count, next + reachFrames)).first(where: { loud[$0] }) {
        moved.sample = origin + Int64(sound * frameLength)
      }
      return moved
    }
  }
}
