import Foundation
import Synchronization

/// Ctrl-C (SIGINT) and SIGTERM: the first asks rendering to stop cleanly, a second one kills at once.
enum Interruption {
  /// Whether a stop was requested.
  static let requested = Atomic<Bool>(false)

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
        signal(received, SIG_DFL)
      }
    }
  }

  /// Whether rendering should stop now.
  static func shouldStop() -> Bool {
    requested.load(ordering: .relaxed)
  }
}
