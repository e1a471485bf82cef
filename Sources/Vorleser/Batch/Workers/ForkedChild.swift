import Foundation

/// A child forked from this process to run one job, waited for with a time limit.
///
/// The child starts with this process's state (a warm espeak-ng), runs `body` and exits with the status
/// it returns; it never returns into the caller's code. While it runs, the cancellation's signal is
/// forwarded to it.
enum ForkedChild {
  /// Runs `body` in a child and waits for it, at most `timeout` seconds (nil: no limit); a child that
  /// takes longer is killed. Returns how it ended and its process id (0 when none could be started).
  static func run(
    timeout: Double?, cancellation: Cancellation, _ body: () -> Int32
  ) -> (status: WorkerStatus, process: Int32) {
    // The child holds the write end of a pipe until it exits; poll() on the read end then wakes, with a
    // time limit, where waitpid() has none.
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { return (.exited(WorkerStatus.ExitCode.failed), 0) }
    let child = fork()
    if child == 0 {
      close(ends[0])
      cancellation.forward(to: 0)
      _exit(body())
    }
    close(ends[1])
    defer { close(ends[0]) }
    guard child > 0 else { return (.exited(WorkerStatus.ExitCode.failed), 0) }
    cancellation.forward(to: child)
    defer { cancellation.forward(to: 0) }
    let deadline = timeout.map { DispatchTime.now().uptimeNanoseconds + UInt64($0 * 1e9) }
    var timedOut = false
    while true {
      var wait: Int32 = -1
      if let deadline {
        let now = DispatchTime.now().uptimeNanoseconds
        guard now < deadline else {
          timedOut = true
          break
        }
        wait = Int32(clamping: (deadline - now) / 1_000_000 + 1)
      }
      var descriptor = pollfd(fd: ends[0], events: Int16(POLLIN), revents: 0)
      let ready = poll(&descriptor, 1, wait)
      // Ready: the child has exited. Interrupted: a signal was forwarded; keep waiting.
      if ready > 0 || (ready < 0 && errno != EINTR) { break }
    }
    if timedOut { kill(child, SIGKILL) }
    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0 && errno == EINTR {}
    if timedOut, let timeout { return (.timedOut(seconds: timeout), child) }
    return (WorkerStatus(waitStatus: status), child)
  }
}
