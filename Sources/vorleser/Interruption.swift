import Foundation
import Synchronization

/// Ctrl-C (SIGINT) and SIGTERM: the first asks rendering to stop cleanly, a second one kills at once.
enum Interruption {
  /// Whether a stop was requested.
  static let requested = Atomic<Bool>(false)

  /// Installs the handlers.
  static func install() {
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
