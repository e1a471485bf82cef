import Foundation

/// A look-ahead limiter that keeps a signal's true peak (its peak between samples, as a D/A converter or
/// an encoder reconstructs it) under a ceiling, with a smooth gain and no added delay in the output.
///
/// Written here because no library on Debian limits true peak: libebur128 only measures it. The peak
/// between samples is estimated by 4× interpolation (a Hann-windowed sinc over 8 samples); the gain each
/// sample needs goes through a minimum over the look-ahead window, a release, and a moving average over
/// the same window, so the gain is already down when a peak arrives and never exceeds what the peak needs.
final class TruePeakLimiter {
  /// Samples the output lags behind the input inside the limiter (dropped at the start, made up by `flush`).
  let delay: Int
  private let ceiling: Float
  private let window: Int
  private let release: Float
  /// Interpolation taps for the points k+¼, k+½ and k+¾, over samples k-3 … k+4: 3 rows of 8.
  private let taps: UnsafeMutablePointer<Float>
  /// Below this local amplitude no interpolated value can reach the ceiling: interpolation is skipped.
  private let safeAmplitude: Float
  private var state: State
  private let history: UnsafeMutablePointer<Float>
  private let delayed: UnsafeMutablePointer<Float>
  /// The estimated true peak of each delayed sample, beside it.
  private let delayedPeaks: UnsafeMutablePointer<Float>
  private let averaged: UnsafeMutablePointer<Float>
  /// The sliding minimum as a ring of (sample number, gain), gains increasing from head to tail.
  private let minimumPositions: UnsafeMutablePointer<Int>
  private let minimumGains: UnsafeMutablePointer<Float>

  /// The running values, kept together so the loop can work on a local copy.
  private struct State {
    var historyIndex = 0
    var delayedIndex = 0
    var averagedIndex = 0
    var head = 0
    var tail = 0
    var released: Float = 1
    var sum: Double
    var count = 0
    var skipped = 0
    var outputPeak: Float = 0
  }

  /// The highest true peak of what came out so far (estimated, linear).
  var outputPeak: Float { state.outputPeak }

  /// A limiter for `sampleRate` keeping the true peak under `ceilingDB` (dBTP), looking `lookAhead` seconds
  /// ahead and recovering over `releaseTime` seconds.
  init(sampleRate: Int, ceilingDB: Double, lookAhead: Double = 0.005, releaseTime: Double = 0.08) {
    ceiling = Float(pow(10, ceilingDB / 20))
    window = max(2, Int((lookAhead * Double(sampleRate)).rounded()))
    release = Float(1 - exp(-1 / (releaseTime * Double(sampleRate))))
    taps = .allocate(capacity: 24)
    var largestGain: Float = 0
    for (row, fraction) in [0.25, 0.5, 0.75].enumerated() {
      let values = (-3...4).map { offset -> Double in
        let t = Double(offset) - fraction
        return sin(Double.pi * t) / (Double.pi * t) * 0.5 * (1 + cos(Double.pi * t / 4.5))
      }
      let total = values.reduce(0, +)
      for (column, value) in values.enumerated() { taps[row * 8 + column] = Float(value / total) }
      largestGain = max(largestGain, values.reduce(0) { $0 + Float(abs($1 / total)) })
    }
    safeAmplitude = ceiling / largestGain
    delay = 4 + window - 1
    state = State(sum: Double(window))
    history = .allocate(capacity: 8)
    history.initialize(repeating: 0, count: 8)
    delayed = .allocate(capacity: window)
    delayed.initialize(repeating: 0, count: window)
    delayedPeaks = .allocate(capacity: window)
    delayedPeaks.initialize(repeating: 0, count: window)
    averaged = .allocate(capacity: window)
    averaged.initialize(repeating: 1, count: window)
    minimumPositions = .allocate(capacity: window + 1)
    minimumGains = .allocate(capacity: window + 1)
  }

  deinit {
    for pointer in [taps, history, delayed, delayedPeaks, averaged, minimumGains] { pointer.deallocate() }
    minimumPositions.deallocate()
  }

  /// Limits `input` into `output` (cleared first).
  func process(_ input: UnsafeBufferPointer<Float>, into output: inout [Float]) {
    output.removeAll(keepingCapacity: true)
    output.reserveCapacity(input.count)
    run(input.count, { input[$0] }, into: &output)
  }

  /// The samples still inside the limiter, at the end of the stream.
  func flush(into output: inout [Float]) {
    output.removeAll(keepingCapacity: true)
    run(delay, { _ in 0 }, into: &output)
  }

  @inline(__always)
  private func run(_ count: Int, _ sample: (Int) -> Float, into output: inout [Float]) {
    var s = state
    let ring = window + 1
    for index in 0..<count {
      history[s.historyIndex & 7] = sample(index)
      s.historyIndex += 1
      // Sample k = n - 4 with its neighbours k-3 … k+4, oldest first from historyIndex.
      let base = s.historyIndex
      let current = history[(base + 3) & 7]
      var peak = abs(current)
      var local: Float = 0
      for offset in 0..<8 { local = max(local, abs(history[(base + offset) & 7])) }
      if local > safeAmplitude {
        for row in 0..<3 {
          var value: Float = 0
          for offset in 0..<8 { value += taps[row * 8 + offset] * history[(base + offset) & 7] }
          peak = max(peak, abs(value))
        }
      }
      let needed = peak > ceiling ? ceiling / peak : 1
      // Minimum over the last `window` needed gains.
      while s.tail != s.head, minimumGains[(s.tail + ring - 1) % ring] >= needed { s.tail = (s.tail + ring - 1) % ring }
      minimumPositions[s.tail] = s.count
      minimumGains[s.tail] = needed
      s.tail = (s.tail + 1) % ring
      if minimumPositions[s.head] <= s.count - window { s.head = (s.head + 1) % ring }
      let held = minimumGains[s.head]
      s.released = held < s.released ? held : s.released + (held - s.released) * release
      // Moving average of the released gain over the window.
      s.sum += Double(s.released) - Double(averaged[s.averagedIndex])
      averaged[s.averagedIndex] = s.released
      s.averagedIndex = s.averagedIndex + 1 == window ? 0 : s.averagedIndex + 1
      let gain = min(Float(s.sum / Double(window)), 1)
      // The gain belongs to the sample that went in `window - 1` steps ago: the oldest in the ring.
      delayed[s.delayedIndex] = current
      delayedPeaks[s.delayedIndex] = peak
      s.delayedIndex = s.delayedIndex + 1 == window ? 0 : s.delayedIndex + 1
      let out = delayed[s.delayedIndex] * gain
      s.count += 1
      if s.skipped < delay {
        s.skipped += 1
      } else {
        output.append(out)
        s.outputPeak = max(s.outputPeak, delayedPeaks[s.delayedIndex] * gain)
      }
    }
    state = s
  }
}
