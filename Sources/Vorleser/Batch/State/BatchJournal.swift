import Foundation

/// The append-only record of a running batch, `DIR/.vorleser/journal.jsonl`: a line, flushed to disk,
/// when a render starts and when an item is finished, before it is reported. After a kill -9 the next
/// run replays it into the manifest, so nothing finished is lost, and removes what a render that started
/// but never finished may have left.
final class BatchJournal {
  /// One line.
  enum Record: Codable {
    /// A render began that will write `file` (and `chaptersFile`).
    case started(guid: String, file: String, chaptersFile: String?)
    /// An item finished: its entry as the manifest will hold it.
    case finished(Manifest.Entry)
    /// An item failed in this run.
    case failed(Manifest.Entry, reason: String)
  }

  private let descriptor: Int32
  private let encoder = JSONEncoder()

  /// A journal appending to `url` (created when missing).
  init(_ url: URL) throws {
    descriptor = open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
  }

  deinit {
    close(descriptor)
  }

  /// Appends `record` and waits until it is on disk.
  func append(_ record: Record) throws {
    var line = try encoder.encode(record)
    line.append(UInt8(ascii: "\n"))
    let failed = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) != $0.count }
    if failed || fsync(descriptor) != 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
  }

  /// The records in the journal at `url`, in order; a line cut off by a kill ends them.
  static func records(at url: URL) -> [Record] {
    guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
    let decoder = JSONDecoder()
    var records: [Record] = []
    for line in data.split(separator: UInt8(ascii: "\n")) {
      guard let record = try? decoder.decode(Record.self, from: line) else { break }
      records.append(record)
    }
    return records
  }
}
