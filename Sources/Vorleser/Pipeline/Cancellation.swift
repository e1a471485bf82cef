import Foundation
import Synchronization

/// A request to stop cleanly, polled while speaking: set by `request()` or, once the handlers are
/// installed, by Ctrl-C (SIGINT) and SIGTERM. A second signal ends the process at once. A child process
/// registered with `forward(to:)` is asked to stop too (SIGTERM) when the signal arrives.
public final class Cancellation: Sendable {
  /// The process's cancellation: the one the signal handlers set.
  public static let process = Cancellation()

  private let requested = Atomic<Bool>(false)
  private let child = Atomic<Int32>(0)

  /// A cancellation nothing has requested yet.
  public init() {}

  /// Whether a stop was requested.
  public var isRequested: Bool { requested.load(ordering: .relaxed) }

  /// Asks everything polling this cancellation to stop.
  public func request() {
    requested.store(true, ordering: .relaxed)
  }

  /// The check to hand to code that polls: true once a stop was requested.
  public var shouldStop: @Sendable () -> Bool { { [self] in isRequested } }

  /// Makes the next signal also send SIGTERM to `process` (0: to no process).
  public func forward(to process: Int32) {
    child.store(process, ordering: .relaxed)
  }

  /// The process's cancellation, with `signals` (default: Ctrl-C and SIGTERM) handled: the first asks
  /// for a clean stop, a second one kills at once.
  @discardableResult
  public static func handlingSignals(_ signals: [Int32] = [SIGINT, SIGTERM]) -> Cancellation {
    // A parent may start us with these signals blocked (test runners, some job schedulers).
    var blocked = sigset_t()
    sigemptyset(&blocked)
    for signalNumber in signals { sigaddset(&blocked, signalNumber) }
    pthread_sigmask(SIG_UNBLOCK, &blocked, nil)
    for signalNumber in signals {
      signal(signalNumber) { received in
        Cancellation.process.request()
        let child = Cancellation.process.child.load(ordering: .relaxed)
        if child > 0 { kill(child, SIGTERM) }
        signal(received, SIG_DFL)
      }
    }
    return process
  }
}
