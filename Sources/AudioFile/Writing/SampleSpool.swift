import Foundation

/// A raw, unnamed file of 16-bit samples that holds the audio until the chapter positions are known.
///
/// The file is unlinked as soon as it is created, so nothing is left behind if the process dies.
final class SampleSpool {
  private let descriptor: Int32
  private var buffer: [Int16] = []
  private static let bufferCapacity = 1 << 15
  /// How many samples were appended.
  private(set) var sampleCount: Int64 = 0

  /// A spool in `folder` (the output's folder, so that it uses the same disk).
  init(in folder: URL) throws(AudioFileError) {
    var template = Array(folder.appendingPathComponent(".vorleser-XXXXXX").path.utf8CString)
    let descriptor = mkstemp(&template)
    guard descriptor >= 0 else {
      throw .unwritable(path: folder.path, reason: String(cString: strerror(errno)))
    }
    unlink(template)
    self.descriptor = descriptor
    buffer.reserveCapacity(Self.bufferCapacity)
  }

  deinit {
    close(descriptor)
  }

  /// Appends samples.
  func append(_ samples: UnsafeBufferPointer<Int16>) throws(AudioFileError) {
    if buffer.count + samples.count > Self.bufferCapacity { try flush() }
    if samples.count > Self.bufferCapacity {
      try writeAll(UnsafeRawBufferPointer(samples))
    } else {
      buffer.append(contentsOf: samples)
    }
    sampleCount += Int64(samples.count)
  }

  /// Appends `count` samples of silence.
  func appendSilence(_ count: Int) throws(AudioFileError) {
    var remaining = count
    while remaining > 0 {
      if buffer.count == Self.bufferCapacity { try flush() }
      let chunk = min(remaining, Self.bufferCapacity - buffer.count)
      buffer.append(contentsOf: repeatElement(0, count: chunk))
      remaining -= chunk
    }
    sampleCount += Int64(count)
  }

  /// Hands the samples from `start` up to `end` (default: all), in blocks, to `body`. Reads with
  /// `pread`, so two threads may replay different ranges at once, once `finishWriting` was called.
  func replay(from start: Int64 = 0, to end: Int64? = nil, _ body: (UnsafeBufferPointer<Int16>) throws -> Void) throws {
    let end = min(end ?? sampleCount, sampleCount)
    var position = start
    var block = [Int16](repeating: 0, count: Self.bufferCapacity)
    while position < end {
      let wanted = Int(min(Int64(Self.bufferCapacity), end - position))
      let bytesRead = block.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress, wanted * 2, off_t(position * 2))
      }
      guard bytesRead > 0 else { throw spoolError() }
      let count = bytesRead / 2
      try block.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<count])) }
      position += Int64(count)
    }
  }

  /// Whether the `count` samples before `position` are all silence (exact zeros).
  func isSilent(before position: Int64, count: Int) throws -> Bool {
    guard position >= Int64(count) else { return false }
    var silent = true
    try replay(from: position - Int64(count), to: position) { block in
      if block.contains(where: { $0 != 0 }) { silent = false }
    }
    return silent
  }

  /// Writes out what is still buffered: after this, every sample can be replayed.
  func finishWriting() throws(AudioFileError) {
    try flush()
  }

  private func flush() throws(AudioFileError) {
    guard !buffer.isEmpty else { return }
    let result = buffer.withUnsafeBytes { bytes -> Result<Void, AudioFileError> in
      do throws(AudioFileError) { try writeAll(bytes) } catch { return .failure(error) }
      return .success(())
    }
    try result.get()
    buffer.removeAll(keepingCapacity: true)
  }

  private func writeAll(_ bytes: UnsafeRawBufferPointer) throws(AudioFileError) {
    var offset = 0
    while offset < bytes.count {
      let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      guard written > 0 else { throw spoolError() }
      offset += written
    }
  }

  private func spoolError() -> AudioFileError {
    .unwritable(path: "temporary sample file", reason: String(cString: strerror(errno)))
  }
}
