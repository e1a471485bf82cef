import Foundation

/// An exclusive lock on a batch's output folder, so that two runs (an overlapping cron job) never write
/// the same manifest. It is a `flock` on the folder itself: no lock file is left behind, and the lock
/// goes away with the process however it ends.
final class OutputFolderLock {
  private let descriptor: Int32

  /// Takes the lock on `folder`, or fails at once when another run holds it.
  init(_ folder: URL) throws(BatchError) {
    descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw .badOutput(path: folder.path, reason: "cannot open the folder: \(String(cString: strerror(errno)))")
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      close(descriptor)
      throw .badOutput(path: folder.path, reason: "another vorleser feed is writing into this folder")
    }
  }

  deinit {
    close(descriptor)
  }
}
