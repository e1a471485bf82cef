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

  @Test("no digit is left in what the normalizer says for any of its fuzz inputs (seeds, crashers, corpus)")
  func noDigitLeft() throws {
    // The corpus a local `make fuzz` grew, where there is one: its short inputs (the long ones are slow here).
    let corpus = Self.files(in: ".build/fuzz/corpus/normalizer").filter {
      ((try? $0.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? .max) <= 2000
    }
    let inputs =
      FuzzTarget.normalizer.seeds(root: Self.root)
      + Self.files(in: "Tests/FuzzTests/Fixtures/crashers/normalizer")
      + Self.files(in: "Tests/FuzzTests/Fixtures/crashers/plain-text")
      + corpus
    var left: [String] = []
    for file in inputs {
      let spoken = FuzzTarget.spoken(try Data(contentsOf: file))
      guard let digit = spoken.firstIndex(where: { ("0"..."9").contains($0) }) else { continue }
      let before = spoken[..<digit].suffix(20)
      let after = spoken[digit...].prefix(20)
      left.append("\(file.lastPathComponent): …\(before)\(after)…")
    }
    #expect(left.isEmpty, "\(left.count) of \(inputs.count) inputs keep digits: \(left.prefix(10))")
  }
}
