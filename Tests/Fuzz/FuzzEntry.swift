import CFuzzDriver
import Foundation
import FuzzTargets

// `vorleser-fuzz`: runs the libFuzzer target named by VORLESER_FUZZ_TARGET (see `FuzzTarget`). Built
// with `-sanitize=fuzzer -DFUZZING` by `make fuzz`, it hands its arguments to libFuzzer's driver; built
// plainly, it runs the inputs named on the command line once each.
nonisolated(unsafe) private var target = FuzzTarget.normalizer

private func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  target.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
  return 0
}

@main
enum FuzzEntry {
  static func main() {
    let name = ProcessInfo.processInfo.environment["VORLESER_FUZZ_TARGET"] ?? ""
    guard let named = FuzzTarget(rawValue: name) else {
      let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
      FileHandle.standardError.write(Data("vorleser-fuzz: set VORLESER_FUZZ_TARGET to one of: \(names)\n".utf8))
      exit(2)
    }
    target = named
    // `-seed_corpus=DIR`: copy the target's seeds (fixtures, relative to the package root) into DIR.
    if let option = CommandLine.arguments.dropFirst().first(where: { $0.hasPrefix("-seed_corpus=") }) {
      let folder = URL(fileURLWithPath: String(option.dropFirst("-seed_corpus=".count)))
      for seed in named.seeds(root: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        let copy = folder.appendingPathComponent("seed-" + seed.lastPathComponent)
        if !FileManager.default.fileExists(atPath: copy.path) { try? FileManager.default.copyItem(at: seed, to: copy) }
      }
      return
    }
    #if FUZZING
      var argc = CommandLine.argc
      var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
      exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzOneInput($0, $1) })
    #else
      for path in CommandLine.arguments.dropFirst() {
        let data = FileManager.default.contents(atPath: path) ?? Data()
        _ = data.withUnsafeBytes { fuzzOneInput($0.bindMemory(to: UInt8.self).baseAddress, $0.count) }
      }
    #endif
  }
}
