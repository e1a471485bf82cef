import Foundation
import Synchronization

/// Ctrl-C (SIGINT) and SIGTERM: the first asks rendering to stop cleanly, a second one kills at once.
enum Interruption {
  /// Whether a stop was requested.
  static let requested = Atomic<Bool>(false)
  /// A child process that is asked to stop too (SIGTERM) when we are; 0 for none.
  static let child = Atomic<Int32>(0)

  /// Installs the handlers for `signals`.
  static func install(for signals: [Int32] = [SIGINT, SIGTERM]) {
    // A parent may start us with these signals blocked (test runners, some job schedulers).
    var blocked = sigset_t()
    sigemptyset(&blocked)
    for signalNumber in signals { sigaddset(&blocked, signalNumber) }
    pthread_sigmask(SIG_UNBLOCK, &blocked, nil)
    for signalNumber in signals {
      signal(signalNumber) { received in
        Interruption.requested.store(true, ordering: .relaxed)
        let child = Interruption.child.load(ordering: .relaxed)
        if child > 0 { kill(child, SIGTERM) }
        signal(received, SIG_DFL)
      }
    }
  }

  /// Whether rendering should stop now.
  static func shouldStop() -> Bool {
    requested.load(ordering: .relaxed)
  }
}
