import CSoxr

/// Sample-rate conversion through libsoxr, streaming: mono float samples in, float samples at the new
/// rate out, with libsoxr's filter delay already taken out.
final class Resampler {
  private let converter: soxr_t
  private let ratio: Double
  private var buffer: [Float] = []

  /// A converter from `inputRate` to `outputRate` at libsoxr's medium quality (beyond 16-bit precision).
  init(from inputRate: Int, to outputRate: Int) throws(AudioFileError) {
    var failure: soxr_error_t?
    var io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I)
    var quality = soxr_quality_spec(UInt(SOXR_MQ), 0)
    var runtime = soxr_runtime_spec(1)
    guard
      let converter = soxr_create(
        Double(inputRate), Double(outputRate), 1, &failure, &io, &quality, &runtime)
    else {
      throw .unwritable(
        path: "resampler", reason: failure.map { String(cString: $0) } ?? "libsoxr cannot convert \(inputRate) Hz")
    }
    self.converter = converter
    ratio = Double(outputRate) / Double(inputRate)
  }

  deinit {
    soxr_delete(converter)
  }

  /// Converts `input`, handing each converted block to `body`.
  func process(
    _ input: UnsafeBufferPointer<Float>, _ body: (UnsafeBufferPointer<Float>) throws -> Void
  ) throws {
    var consumed = 0
    let room = Int(Double(input.count) * ratio) + 1024
    if buffer.count < room { buffer = [Float](repeating: 0, count: room) }
    while consumed < input.count {
      var used = 0
      var made = 0
      let status = buffer.withUnsafeMutableBufferPointer { output in
        soxr_process(
          converter, input.baseAddress! + consumed, input.count - consumed, &used, output.baseAddress, output.count,
          &made)
      }
      if let status { throw AudioFileError.unwritable(path: "resampler", reason: String(cString: status)) }
      consumed += used
      if made > 0 { try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<made])) } }
      if used == 0 && made == 0 { break }
    }
  }

  /// The samples still inside the converter, at the end of the stream.
  func flush(_ body: (UnsafeBufferPointer<Float>) throws -> Void) throws {
    if buffer.count < 4096 { buffer = [Float](repeating: 0, count: 4096) }
    while true {
      var made = 0
      let status = buffer.withUnsafeMutableBufferPointer { output in
        soxr_process(converter, nil, 0, nil, output.baseAddress, output.count, &made)
      }
      if let status { throw AudioFileError.unwritable(path: "resampler", reason: String(cString: status)) }
      guard made > 0 else { return }
      try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<made])) }
    }
  }
}
