import Foundation

/// Runs an encoder on a thread of its own, fed blocks of samples through a short queue, so that
/// mastering (gain, limiter, resampling, measuring) and encoding run at the same time on two cores.
final class EncoderThread: @unchecked Sendable {
  private let encoder: AudioEncoder
  private let lock = NSCondition()
  private var queue: [[Float]] = []
  private var closed = false
  private var failure: AudioFileError?
  private let done = DispatchSemaphore(value: 0)
  /// How many blocks may wait: enough to smooth out both sides, small enough to keep memory flat.
  private static let depth = 8

  /// Starts the thread for `encoder`.
  init(_ encoder: AudioEncoder) {
    self.encoder = encoder
    let thread = Thread { [self] in self.drain() }
    thread.stackSize = 1 << 20
    thread.start()
  }

  /// Hands `samples` to the encoder; throws the encoder's failure once there is one.
  func encode(_ samples: UnsafeBufferPointer<Float>) throws(AudioFileError) {
    lock.lock()
    while queue.count >= Self.depth && failure == nil { lock.wait() }
    if let failure {
      lock.unlock()
      throw failure
    }
    queue.append(Array(samples))
    lock.signal()
    lock.unlock()
  }

  /// Waits until every block is encoded and the encoder has finished its stream.
  func finish() throws(AudioFileError) {
    lock.lock()
    closed = true
    lock.signal()
    lock.unlock()
    done.wait()
    if let failure { throw failure }
  }

  /// Stops the thread after a failure elsewhere; the encoder's output is discarded.
  func abandon() {
    lock.lock()
    closed = true
    failure = failure ?? .unwritable(path: "", reason: "abandoned")
    queue.removeAll()
    lock.broadcast()
    lock.unlock()
    done.wait()
  }

  private func drain() {
    defer { done.signal() }
    while true {
      lock.lock()
      while queue.isEmpty && !closed { lock.wait() }
      if failure != nil || queue.isEmpty && closed {
        lock.unlock()
        break
      }
      let block = queue.removeFirst()
      lock.signal()
      lock.unlock()
      do {
        try block.withUnsafeBufferPointer { (samples) throws(AudioFileError) in try encoder.encode(samples) }
      } catch {
        fail(error)
        return
      }
    }
    guard failure == nil else { return }
    do {
      try encoder.finish()
    } catch {
      fail(error)
    }
  }

  private func fail(_ error: AudioFileError) {
    lock.lock()
    failure = failure ?? error
    lock.broadcast()
    lock.unlock()
  }
}
