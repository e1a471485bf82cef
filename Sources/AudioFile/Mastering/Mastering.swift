import Foundation

/// Turns the spooled speech into what an encoder takes: the gain that brings it to the target loudness,
/// true-peak limiting, and the encoder's sample rate; it measures the result on the way.
struct Mastering {
  /// The linear gain applied before limiting.
  let gain: Float
  private let limiter: TruePeakLimiter?
  private let sourceRate: Int
  private let outputRate: Int

  /// Mastering of speech at `sourceRate` that `measured` describes, towards `target` (nil: samples pass
  /// unchanged), for an encoder taking `outputRate`.
  init(sourceRate: Int, measured: Loudness, target: LoudnessTarget?, outputRate: Int) {
    self.sourceRate = sourceRate
    self.outputRate = outputRate
    guard let target else {
      gain = 1
      limiter = nil
      return
    }
    let change = measured.integrated.map { target.integrated - $0 } ?? 0
    gain = Float(pow(10, min(change, 40) / 20))
    limiter = TruePeakLimiter(sampleRate: sourceRate, ceilingDB: target.truePeakCeiling)
  }

  /// Plays `spool` through the chain into `encode`, in blocks; returns the loudness of what went out.
  func run(_ spool: SampleSpool, into encode: (UnsafeBufferPointer<Float>) throws -> Void) throws -> Loudness {
    let meter = LoudnessMeter(sampleRate: sourceRate, truePeak: false)
    let resampler = outputRate == sourceRate ? nil : try Resampler(from: sourceRate, to: outputRate)
    var scaled: [Float] = []
    var limited: [Float] = []
    func deliver(_ block: UnsafeBufferPointer<Float>) throws {
      meter.add(block)
      if let resampler { try resampler.process(block, encode) } else { try encode(block) }
    }
    let scale = gain / 32768
    try spool.replay { block in
      scaled.removeAll(keepingCapacity: true)
      scaled.append(contentsOf: block.lazy.map { Float($0) * scale })
      guard let limiter else { return try scaled.withUnsafeBufferPointer(deliver) }
      scaled.withUnsafeBufferPointer { limiter.process($0, into: &limited) }
      try limited.withUnsafeBufferPointer(deliver)
    }
    if let limiter {
      limiter.flush(into: &limited)
      try limited.withUnsafeBufferPointer(deliver)
    }
    try resampler?.flush(encode)
    return meter.loudness
  }
}
