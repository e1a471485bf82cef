import Foundation

/// Turns the spooled speech into what an encoder takes: the gain that brings it to the target loudness,
/// true-peak limiting, and the encoder's sample rate; it measures the result on the way.
struct Mastering {
  /// The linear gain applied before limiting.
  let gain: Float
  /// The limiter's ceiling, dBTP; nil: no limiter.
  private let ceiling: Double?
  private let sourceRate: Int
  private let outputRate: Int

  /// Mastering of speech at `sourceRate` that `measured` describes, towards `target` (nil: samples pass
  /// unchanged), for an encoder taking `outputRate`.
  init(sourceRate: Int, measured: Loudness, target: LoudnessTarget?, outputRate: Int) {
    self.sourceRate = sourceRate
    self.outputRate = outputRate
    guard let target else {
      gain = 1
      ceiling = nil
      return
    }
    let change = measured.integrated.map { target.integrated - $0 } ?? 0
    gain = Float(pow(10, min(change, 40) / 20))
    ceiling = target.truePeakCeiling
  }

  /// Whether the samples come out exactly as they went in: no gain, no limiter, the same rate.
  var isIdentity: Bool { ceiling == nil && gain == 1 && outputRate == sourceRate }

  /// A meter for what comes out (integrated loudness; the true peak is the limiter's to keep); nil when
  /// the audio passes unchanged, which needs no measuring.
  func makeMeter() -> LoudnessMeter? { ceiling == nil ? nil : LoudnessMeter(sampleRate: sourceRate, truePeak: false) }

  /// Plays `spool`'s samples from `start` to `end` through the chain into `encode`, in blocks, adding
  /// them to `meter`; returns the highest true peak that went out (linear; nil without a limiter). Each
  /// call limits and resamples afresh: parallel ranges must start in silence.
  @discardableResult
  func run(
    _ spool: SampleSpool, from start: Int64 = 0, to end: Int64? = nil, meter: LoudnessMeter?,
    into encode: (UnsafeBufferPointer<Float>) throws -> Void
  ) throws -> Float? {
    let limiter = ceiling.map { TruePeakLimiter(sampleRate: sourceRate, ceilingDB: $0) }
    let resampler = outputRate == sourceRate ? nil : try Resampler(from: sourceRate, to: outputRate)
    var scaled: [Float] = []
    var limited: [Float] = []
    func deliver(_ block: UnsafeBufferPointer<Float>) throws {
      meter?.add(block)
      if let resampler { try resampler.process(block, encode) } else { try encode(block) }
    }
    let scale = gain / 32768
    try spool.replay(from: start, to: end) { block in
      if scaled.count != block.count { scaled = [Float](repeating: 0, count: block.count) }
      scaled.withUnsafeMutableBufferPointer { out in
        for index in 0..<block.count { out[index] = Float(block[index]) * scale }
      }
      guard let limiter else { return try scaled.withUnsafeBufferPointer(deliver) }
      scaled.withUnsafeBufferPointer { limiter.process($0, into: &limited) }
      try limited.withUnsafeBufferPointer(deliver)
    }
    if let limiter {
      limiter.flush(into: &limited)
      try limited.withUnsafeBufferPointer(deliver)
    }
    try resampler?.flush(encode)
    return limiter?.outputPeak
  }
}
