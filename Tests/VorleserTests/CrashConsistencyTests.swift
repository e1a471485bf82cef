import Foundation
import Testing

@testable import Vorleser

/// kill -9 of a batch and of its workers at moments spread over a run: nothing finished is lost, nothing
/// is written after the batch is gone, and the next run ends with exactly one file per item.
@Suite("Crash consistency: kill -9 of the batch and of a worker", .serialized)
struct CrashConsistencyTests {
  static let fixture = EndToEndTests.root.appendingPathComponent("Tests/VorleserTests/Fixtures/batch-feed.xml")
  /// The fixture's items, and those that render (three are broken on purpose).
  static let items = 14
  static let goodItems = 11
  static let moments = 10

  @Test("kill -9 of the batch parent at 10 moments; workers die with it; a re-run completes the folder")
  func killTheBatch() throws {
    let (full, expected) = try Self.fullRun()
    var midRun = 0
    for moment in 0..<Self.moments {
      let folder = try BatchFolder.make("killed-\(moment)")
      let delay = full * Self.fraction(moment)
      let batch = try Self.start(folder)
      usleep(UInt32(delay * 1e6))
      let descendants = ProcessTree.descendants(of: batch.processIdentifier)
      kill(batch.processIdentifier, SIGKILL)
      batch.waitUntilExit()
      // Workers and their children die with the batch: nothing of theirs runs (or renames) afterwards.
      let deadline = Date().addingTimeInterval(5)
      while Date() < deadline, descendants.contains(where: ProcessTree.isAlive) { usleep(10_000) }
      #expect(!descendants.contains(where: ProcessTree.isAlive), "moment \(moment): survivors \(descendants)")
      let summary = try Self.expectCompletedByRerun(folder, as: expected, moment: moment)
      if let summary, summary.unchanged > 0, summary.rendered > 0 { midRun += 1 }
    }
    // The moments fall while rendering too, not only before the first item or after the last.
    #expect(midRun >= 2, "kills that left part of the work: \(midRun)")
  }

  @Test("kill -9 of a worker at 10 moments fails its item only; a re-run completes the folder")
  func killAWorker() throws {
    let (full, expected) = try Self.fullRun()
    for moment in 0..<Self.moments {
      let folder = try BatchFolder.make("worker-killed-\(moment)")
      let delay = full * Self.fraction(moment + Self.moments)
      let batch = try Self.start(folder)
      usleep(UInt32(delay * 1e6))
      let workers = ProcessTree.children(of: batch.processIdentifier).filter {
        ProcessTree.commandLine(of: $0).contains("render-worker")
      }
      if !workers.isEmpty { kill(workers[moment % workers.count], SIGKILL) }
      batch.waitUntilExit()
      #expect([0, 1].contains(batch.terminationStatus), "moment \(moment): exit \(batch.terminationStatus)")
      try Self.expectCompletedByRerun(folder, as: expected, moment: moment)
    }
  }

  /// Where in a run the kill of moment `index` falls, from 0 to 1: one moment in each tenth of the run,
  /// placed in it by the golden ratio's sequence — spread like random moments, yet the same every run.
  private static func fraction(_ index: Int) -> Double {
    let jitter = (Double(index) * 0.618_033_988_75).truncatingRemainder(dividingBy: 1)
    return (Double(index % moments) + jitter) / Double(moments)
  }

  /// A re-run of a folder a kill interrupted: exit 1 (the broken items), one audio file and one chapters
  /// file per good item under the names an uninterrupted run gives (`expected`) and nothing else, every
  /// item in the manifest, no state or temporary files left.
  @discardableResult
  private static func expectCompletedByRerun(
    _ folder: BatchFolder, as expected: [String], moment: Int
  ) throws -> BatchSummary? {
    let (run, summary) = try folder.render(fixture.path, ["--jobs", "2"])
    #expect(run.status == 1, "moment \(moment): \(run.stderr)")
    #expect(summary?.failed == items - goodItems, "moment \(moment)")
    let audio = folder.files.filter { $0.hasSuffix(".wav") }
    let sidecars = folder.files.filter { $0.hasSuffix(".chapters.json") }
    #expect(audio.count == goodItems, "moment \(moment): \(audio)")
    #expect(sidecars.count == goodItems, "moment \(moment): \(sidecars)")
    #expect(folder.files == expected, "moment \(moment): \(folder.files)")
    let manifest = try folder.manifest()
    #expect(manifest.items.count == items, "moment \(moment)")
    let rendered = manifest.items.filter { $0.status == .rendered }
    #expect(Set(rendered.compactMap(\.file)) == Set(audio), "moment \(moment)")
    for entry in rendered {
      let report = try Executable.run(
        Executable.vorleser, ["inspect", folder.url.appendingPathComponent(entry.file!).path])
      #expect(report.status == 0, "moment \(moment): \(entry.file!) \(report.stderr)")
    }
    return summary
  }

  /// Starts `vorleser feed` on the fixture into `folder`, output discarded.
  private static func start(_ folder: BatchFolder) throws -> Process {
    let process = Process()
    process.executableURL = Executable.vorleser
    process.arguments = ["feed", fixture.path, "-o", folder.path, "--format", "wav", "--jobs", "2", "--quiet"]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// How long an uninterrupted run of the fixture takes here, and the files it leaves.
  private static func fullRun() throws -> (seconds: Double, files: [String]) {
    let folder = try BatchFolder.make("full")
    let start = Date()
    let (run, _) = try folder.render(fixture.path, ["--jobs", "2"])
    #expect(run.status == 1)
    // Each item's audio, chapters JSON and read-along files; the manifest and the podcast feed.
    #expect(folder.files.count == (2 + ReadAlongFiles.Names(audio: "x.wav").all(player: false).count) * goodItems + 2)
    return (Date().timeIntervalSince(start), folder.files)
  }
}

/// The process tree as /proc shows it.
enum ProcessTree {
  /// The processes whose parent is `parent`.
  static func children(of parent: Int32) -> [Int32] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return names.compactMap(Int32.init).filter { parentOf($0) == parent }
  }

  /// The children of `parent`, theirs, and so on.
  static func descendants(of parent: Int32) -> [Int32] {
    let direct = children(of: parent)
    return direct + direct.flatMap(descendants)
  }

  /// Whether `process` runs (a zombie waiting to be reaped does not).
  static func isAlive(_ process: Int32) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(process)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return false }
    return !stat[stat.index(after: close)...].hasPrefix(" Z")
  }

  static func commandLine(of process: Int32) -> String {
    let data = FileManager.default.contents(atPath: "/proc/\(process)/cmdline") ?? Data()
    return String(decoding: data.map { $0 == 0 ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
  }

  private static func parentOf(_ process: Int32) -> Int32? {
    guard let stat = try? String(contentsOfFile: "/proc/\(process)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return nil }
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    return fields.count > 1 ? Int32(fields[1]) : nil
  }
}
