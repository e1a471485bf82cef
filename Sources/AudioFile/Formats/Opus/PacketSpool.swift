import Foundation

/// Encoded packets kept on disk until they can join the stream: an unnamed file beside the output, each
/// packet stored as its length (4 bytes) and its bytes; nothing is left behind if the process dies.
final class PacketSpool {
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private let failure: (String) -> AudioFileError

  /// A spool in `folder`.
  init(in folder: URL, failure: @escaping (String) -> AudioFileError) throws {
    self.failure = failure
    var template = Array(folder.appendingPathComponent(".vorleser-XXXXXX").path.utf8CString)
    let descriptor = mkstemp(&template)
    guard descriptor >= 0 else { throw failure(String(cString: strerror(errno))) }
    unlink(template)
    self.descriptor = descriptor
  }

  deinit {
    close(descriptor)
  }

  /// Keeps `packet`.
  func append(_ packet: UnsafeRawBufferPointer) throws {
    withUnsafeBytes(of: UInt32(packet.count).littleEndian) { buffer.append(contentsOf: $0) }
    buffer.append(contentsOf: packet)
    if buffer.count > 1 << 16 { try flush() }
  }

  /// Hands every packet, in order, to `body`.
  func replay(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
    try flush()
    var offset: off_t = 0
    var length = [UInt8](repeating: 0, count: 4)
    var packet = [UInt8](repeating: 0, count: 4096)
    while pread(descriptor, &length, 4, offset) == 4 {
      let count = Int(length.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)) })
      if packet.count < count { packet = [UInt8](repeating: 0, count: count) }
      guard pread(descriptor, &packet, count, offset + 4) == count else { throw failure("packet spool cut short") }
      try packet.withUnsafeBytes { bytes in
        try body(UnsafeRawBufferPointer(rebasing: bytes[0..<count]))
      }
      offset += off_t(4 + count)
    }
  }

  private func flush() throws {
    var offset = 0
    while offset < buffer.count {
      let written = buffer.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, buffer.count - offset) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { throw failure(String(cString: strerror(errno))) }
      offset += written
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
