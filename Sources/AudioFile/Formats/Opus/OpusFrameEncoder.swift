import COpusCodec
import Foundation

/// libopus on a stream of 48 kHz samples: collects 20 ms frames and hands each encoded packet on.
final class OpusFrameEncoder {
  /// Samples per packet.
  static let frame = Int(VORLESER_OPUS_FRAME)
  private let codec: OpaquePointer
  private var pending: [Float] = []
  private var packet = [UInt8](repeating: 0, count: 4000)
  private let failure: (String) -> AudioFileError
  /// Samples handed in so far.
  private(set) var samples: Int64 = 0

  init(bitrate: Int, complexity: Int32, failure: @escaping (String) -> AudioFileError) throws {
    self.failure = failure
    var reason: UnsafePointer<CChar>?
    guard let codec = vorleser_opus_codec_open(Int32(bitrate * 1000), complexity, &reason) else {
      throw failure("libopus: \(reason.map { String(cString: $0) } ?? "cannot start")")
    }
    self.codec = codec
    pending.reserveCapacity(Self.frame)
  }

  deinit {
    vorleser_opus_codec_close(codec)
  }

  /// The look-ahead a decoder skips at the start (pre-skip), in samples.
  var lookahead: Int { Int(vorleser_opus_codec_lookahead(codec)) }

  /// Encodes `input`, handing every finished packet to `packetOut`.
  func encode(
    _ input: UnsafeBufferPointer<Float>, _ packetOut: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    samples += Int64(input.count)
    var index = 0
    while index < input.count {
      let take = min(Self.frame - pending.count, input.count - index)
      pending.append(contentsOf: input[index..<index + take])
      index += take
      if pending.count == Self.frame { try encodePending(packetOut) }
    }
  }

  /// Encodes what is pending, padded with silence, and then `extra` samples of silence (the look-ahead
  /// still inside the encoder).
  func drain(extra: Int, _ packetOut: (UnsafeRawBufferPointer) throws -> Void) throws {
    var remaining = pending.count + extra
    while remaining > 0 {
      let room = Self.frame - pending.count
      pending.append(contentsOf: repeatElement(0, count: room))
      remaining -= Self.frame
      try encodePending(packetOut)
    }
  }

  /// Whether samples wait for a full frame.
  var hasPending: Bool { !pending.isEmpty }

  private func encodePending(_ packetOut: (UnsafeRawBufferPointer) throws -> Void)
    throws
  {
    let length = pending.withUnsafeBufferPointer { frame in
      packet.withUnsafeMutableBufferPointer {
        vorleser_opus_codec_encode(codec, frame.baseAddress, $0.baseAddress, Int32($0.count))
      }
    }
    guard length > 0 else { throw failure("libopus could not encode a frame") }
    pending.removeAll(keepingCapacity: true)
    try packet.withUnsafeBytes { bytes in
      try packetOut(UnsafeRawBufferPointer(rebasing: bytes[0..<Int(length)]))
    }
  }
}
