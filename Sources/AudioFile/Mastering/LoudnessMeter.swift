import CEBUR128
import Foundation

/// EBU R 128 loudness through libebur128; a mono signal counts as dual mono (a voice on two speakers).
final class LoudnessMeter {
  private let state: UnsafeMutablePointer<ebur128_state>
  private let measuresPeak: Bool
  private let channels: Int

  /// A meter for `sampleRate` and `channels` (interleaved); `truePeak` also measures the true peak
  /// (4× oversampled, slower). Nil for what libebur128 cannot measure (rates below 16 Hz or above
  /// 2.8 MHz, more than 64 channels: a damaged file's header may say so).
  init?(sampleRate: Int, channels: Int = 1, truePeak: Bool = false) {
    let mode = Int32(EBUR128_MODE_I.rawValue) | (truePeak ? Int32(EBUR128_MODE_TRUE_PEAK.rawValue) : 0)
    guard (16...2_822_400).contains(sampleRate), (1...64).contains(max(channels, 1)),
      let state = ebur128_init(UInt32(max(channels, 1)), UInt(sampleRate), mode)
    else { return nil }
    if channels <= 1 { ebur128_set_channel(state, 0, Int32(EBUR128_DUAL_MONO.rawValue)) }
    self.state = state
    self.channels = max(channels, 1)
    measuresPeak = truePeak
  }

  deinit {
    var state: UnsafeMutablePointer<ebur128_state>? = state
    ebur128_destroy(&state)
  }

  /// Adds 16-bit samples (interleaved when there are several channels).
  func add(_ samples: UnsafeBufferPointer<Int16>) {
    guard let base = samples.baseAddress, !samples.isEmpty else { return }
    ebur128_add_frames_short(state, base, samples.count / channels)
  }

  /// Adds samples in −1…1 (interleaved when there are several channels).
  func add(_ samples: UnsafeBufferPointer<Float>) {
    guard let base = samples.baseAddress, !samples.isEmpty else { return }
    ebur128_add_frames_float(state, base, samples.count / channels)
  }

  /// The integrated loudness of several meters' signals together, as one programme (libebur128 gates
  /// them jointly), with the highest of their true peaks.
  static func combined(_ meters: [LoudnessMeter]) -> Loudness {
    var states: [UnsafeMutablePointer<ebur128_state>?] = meters.map(\.state)
    var integrated = 0.0
    let gated =
      ebur128_loudness_global_multiple(&states, states.count, &integrated) == EBUR128_SUCCESS.rawValue
      && integrated.isFinite
    let peaks = meters.compactMap(\.loudness.truePeak)
    return Loudness(integrated: gated ? integrated : nil, truePeak: peaks.max())
  }

  /// The measurement so far.
  var loudness: Loudness {
    var integrated = 0.0
    let gated = ebur128_loudness_global(state, &integrated) == EBUR128_SUCCESS.rawValue && integrated.isFinite
    var peak = 0.0
    for channel in 0..<channels where measuresPeak {
      var channelPeak = 0.0
      if ebur128_true_peak(state, UInt32(channel), &channelPeak) == EBUR128_SUCCESS.rawValue {
        peak = max(peak, channelPeak)
      }
    }
    let peaked = measuresPeak && peak > 0
    return Loudness(integrated: gated ? integrated : nil, truePeak: peaked ? 20 * log10(peak) : nil)
  }
}
