import Foundation
import FuzzTargets
import Testing

/// Every input a fuzzer crashed on (kept in `Fixtures/crashers/TARGET/`), and each target's seed corpus,
/// run once through its target: none may crash again.
@Suite("Fuzz crashers and seeds")
struct FuzzRegressionTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The files in `folder` (relative to the package root).
  static func files(in folder: String) -> [URL] {
    let url = root.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.sorted().map { url.appendingPathComponent($0) }
  }

  @Test("the crashers found so far run through their targets", arguments: FuzzTarget.allCases)
  func crashers(target: FuzzTarget) throws {
    for file in Self.files(in: "Tests/FuzzTests/Fixtures/crashers/\(target.rawValue)") {
      target.run(try Data(contentsOf: file))
    }
  }

  @Test("each target's seed corpus runs through it", arguments: FuzzTarget.allCases)
  func seeds(target: FuzzTarget) throws {
    let files = target.seeds(root: Self.root)
    #expect(!files.isEmpty)
    for file in files { target.run(try Data(contentsOf: file)) }
  }
}
