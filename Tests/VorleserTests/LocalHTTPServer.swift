import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for the download tests: fixed answers per path, optionally late.
final class LocalHTTPServer: @unchecked Sendable {
  /// One canned answer.
  struct Answer: Sendable {
    var status = 200
    var headers: [String: String] = [:]
    var body = Data()
    /// Seconds to wait before answering.
    var delay: TimeInterval = 0
    /// The Content-Length to announce instead of the body's (nil: the body's; -1: none, the connection's
    /// end ends the body).
    var declaredLength: Int?
    /// After the body, this many more blocks of `streamBlock` bytes, one every `streamInterval` seconds
    /// (`Int.max`: without end, until the client goes).
    var streamBlocks = 0
    var streamBlock = 1
    var streamInterval: TimeInterval = 0
  }

  let port: UInt16
  private let listener: Int32
  private let answers: [String: Answer]

  /// Starts serving `answers` (by request path) on a free port.
  init(answers: [String: Answer]) throws {
    self.answers = answers
    let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard listener >= 0 else { throw POSIXError(.EIO) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, listen(listener, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
    }
    self.listener = listener
    port = UInt16(bigEndian: address.sin_port)
    Thread.detachNewThread { [self] in acceptLoop() }
  }

  /// The address of `path` on this server.
  func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

  func stop() {
    shutdown(listener, Int32(SHUT_RDWR))
    close(listener)
  }

  private func acceptLoop() {
    while true {
      let connection = accept(listener, nil, nil)
      guard connection >= 0 else { return }
      Thread.detachNewThread { [self] in serve(connection) }
    }
  }

  private func serve(_ connection: Int32) {
    defer { close(connection) }
    var request = Data()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while !request.contains("\r\n\r\n".utf8) {
      let count = read(connection, &buffer, buffer.count)
      guard count > 0 else { return }
      request.append(contentsOf: buffer[0..<count])
    }
    let firstLine = String(decoding: request, as: UTF8.self).split(separator: "\r\n").first ?? ""
    let path = firstLine.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
    let answer = answers[path] ?? Answer(status: 404, body: Data("not found".utf8))
    if answer.delay > 0 { Thread.sleep(forTimeInterval: answer.delay) }
    var head = "HTTP/1.1 \(answer.status) \(HTTPStatusText.reason(answer.status))\r\n"
    let length = answer.declaredLength ?? answer.body.count
    if length >= 0 { head += "Content-Length: \(length)\r\n" }
    head += "Connection: close\r\n"
    for (name, value) in answer.headers { head += "\(name): \(value)\r\n" }
    guard send(Data((head + "\r\n").utf8) + answer.body, to: connection) else { return }
    let block = Data(repeating: UInt8(ascii: " "), count: answer.streamBlock)
    var blocks = 0
    while blocks < answer.streamBlocks {
      if answer.streamInterval > 0 { Thread.sleep(forTimeInterval: answer.streamInterval) }
      guard send(block, to: connection) else { return }
      blocks += 1
    }
  }

  /// Sends all of `data`; false when the client has gone.
  private func send(_ data: Data, to connection: Int32) -> Bool {
    data.withUnsafeBytes { bytes in
      var sent = 0
      while sent < bytes.count {
        let count = Glibc.send(connection, bytes.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
        guard count > 0 else { return false }
        sent += count
      }
      return true
    }
  }
}

/// Reason phrases for the status codes the tests use.
private enum HTTPStatusText {
  static func reason(_ status: Int) -> String {
    [200: "OK", 302: "Found", 304: "Not Modified", 404: "Not Found", 500: "Internal Server Error"][status] ?? "Status"
  }
}

extension Data {
  fileprivate func contains(_ bytes: String.UTF8View) -> Bool {
    range(of: Data(bytes)) != nil
  }
}
