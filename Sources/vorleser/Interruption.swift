import Foundation
import Synchronization

/// Ctrl-C (SIGINT) and SIGTERM: the first asks rendering to stop cleanly, a second one kills at once.
enum Interruption {
  /// Whether a stop was requested.
  static let requested = Atomic<Bool>(false)

  /// Installs the handlers.
  static func install() {
    // A parent may start us with these signals blocked (test runners, some job schedulers).
    var signals = sigset_t()
    sigemptyset(&signals)
    sigaddset(&signals, SIGINT)
    sigaddset(&signals, SIGTERM)
    pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    for signalNumber in [SIGINT, SIGTERM] {
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
