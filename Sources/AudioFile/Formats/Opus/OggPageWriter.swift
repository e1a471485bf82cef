import COgg
import Foundation

/// One Ogg logical stream written through libogg into a file descriptor: packets in, pages out.
final class OggPageWriter {
  private var stream = ogg_stream_state()
  private let descriptor: Int32
  private let failure: (String) -> AudioFileError
  private var packetNumber: Int64 = 0

  /// A stream with `serial` writing to `descriptor`; `failure` makes the errors.
  init(serial: Int32, descriptor: Int32, failure: @escaping (String) -> AudioFileError) throws {
    self.descriptor = descriptor
    self.failure = failure
    guard ogg_stream_init(&stream, serial) == 0 else { throw failure("libogg cannot start a stream") }
  }

  deinit {
    ogg_stream_clear(&stream)
  }

  /// Adds a packet ending at `granule`; `flush` ends the page after it (headers stand on pages of their
  /// own), `last` ends the stream.
  func add(_ packet: UnsafeRawBufferPointer, granule: Int64, flush: Bool = false, last: Bool = false)
    throws
  {
    var message = ogg_packet()
    message.packet = UnsafeMutablePointer(mutating: packet.bindMemory(to: UInt8.self).baseAddress)
    message.bytes = packet.count
    message.b_o_s = packetNumber == 0 ? 1 : 0
    message.e_o_s = last ? 1 : 0
    message.granulepos = granule
    message.packetno = packetNumber
    packetNumber += 1
    guard ogg_stream_packetin(&stream, &message) == 0 else { throw failure("libogg refused a packet") }
    var page = ogg_page()
    while (flush || last ? ogg_stream_flush(&stream, &page) : ogg_stream_pageout(&stream, &page)) != 0 {
      try write(page.header, page.header_len)
      try write(page.body, page.body_len)
    }
  }

  private func write(_ bytes: UnsafeMutablePointer<UInt8>?, _ count: Int) throws {
    var offset = 0
    while offset < count, let bytes {
      let written = Foundation.write(descriptor, bytes + offset, count - offset)
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { throw failure(String(cString: strerror(errno))) }
      offset += written
    }
  }
}
