import AudioFile
import Foundation
import Testing

/// The `vorleser` program as a user runs it: arguments, output, exit codes.
@Suite("Command line", .serialized)
struct CommandLineTests {
  let folder: URL
  let seed = EndToEndTests.seed.path

  init() throws {
    folder = try ScratchFolder.make("cli")
  }

  func vorleser(_ arguments: String..., input: String = "") throws -> Executable.Run {
    try Executable.run(Executable.vorleser, arguments, input: input, in: EndToEndTests.root)
  }

  @Test("render reads an HTML page: headings become chapters, page metadata goes into the INFO tags")
  func renderHTML() throws {
    let page = EndToEndTests.root.appendingPathComponent("Tests/ArticlesTests/Fixtures/seite.html").path
    let run = try vorleser("render", page, "-o", folder.path + "/", "--json", "--format", "wav")
    #expect(run.status == 0, "\(run.stderr)")
    let file = folder.appendingPathComponent("2025-02-09-kim-verspricht-putin-militaerische-unterstuetzung.wav")
    let summary = try AudioFormat.summary(of: file)
    #expect(summary.chapters.map(\.title).prefix(2) == ["Titel", "Vorspann"])
    #expect(summary.chapters.map(\.title).contains("Soldaten an der Front"))
    #expect(summary.chapters.map(\.title).last == "Reaktionen")
    #expect(summary.tags.title == "Kim verspricht Putin militärische Unterstützung")
    #expect(summary.tags.artist == "Max Muster, Weltblick")
    #expect(summary.tags.date == "2025-02-09T07:30+01:00")
    #expect(summary.tags.comment == "https://weltblick.example/ausland/kim-putin.html")
    let dryRun = try vorleser("render", page, "--dry-run")
    #expect(!dryRun.stdout.contains("anhören"))
    #expect(!dryRun.stdout.contains("Foto"))
  }

  @Test("render prints the path, duration and chapter count; inspect lists the chapters")
  func renderAndInspect() throws {
    let run = try vorleser("render", seed, "-o", folder.path + "/", "--format", "wav")
    #expect(run.status == 0, "\(run.stderr)")
    let file = folder.appendingPathComponent("2025-02-09-kim-verspricht-putin-militaerische-unterstuetzung.wav")
    #expect(run.stdout.hasPrefix(file.path + "  "))
    #expect(run.stdout.contains("6 chapters"))
    let inspect = try vorleser("inspect", file.path)
    #expect(inspect.status == 0)
    #expect(inspect.stdout.contains("22050 Hz, mono"))
    #expect(inspect.stdout.contains("Title:     Kim verspricht Putin militärische Unterstützung"))
    #expect(inspect.stdout.contains("Chapters:  6"))
    #expect(inspect.stdout.contains("0:00.000"))
    #expect(inspect.stdout.contains("Vorspann"))
    let labels = try vorleser("inspect", file.path, "--labels")
    let rows = labels.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    #expect(rows.count == 6)
    #expect(rows.first == ["0.000000", rows[1][0], "Titel"])
    #expect(rows.allSatisfy { $0.count == 3 })
  }

  @Test("--json on render and inspect, and - reads the article from standard input")
  func json() throws {
    let file = folder.appendingPathComponent("stdin.wav")
    let text = try String(contentsOfFile: seed, encoding: .utf8)
    let run = try vorleser(
      "render", "-", "-o", file.path, "--json", "--chapters", "paragraphs", "--url", "https://example.org/kim",
      input: text)
    #expect(run.status == 0, "\(run.stderr)")
    let rendered = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    #expect(rendered?["path"] as? String == file.path)
    #expect((rendered?["chapters"] as? [Any])?.count == 6)
    let inspect = try vorleser("inspect", file.path, "--json")
    let inspected = try JSONSerialization.jsonObject(with: Data(inspect.stdout.utf8)) as? [String: Any]
    #expect((inspected?["chapters"] as? [Any])?.count == 6)
    #expect((inspected?["tags"] as? [String: Any])?["comment"] as? String == "https://example.org/kim")
  }

  @Test("bad input: one line naming the file and the problem, exit code 2, no file written")
  func badInput() throws {
    let empty = folder.appendingPathComponent("leer.txt")
    try Data("  \n".utf8).write(to: empty)
    let badLexicon = folder.appendingPathComponent("namen.tsv")
    try Data("# eigene Namen\nMacron Makrong\n".utf8).write(to: badLexicon)
    let cases: [([String], String)] = [
      (["render", empty.path, "-o", folder.path], "\(empty.path): the article is empty"),
      (["render", folder.path + "/fehlt.txt", "-o", folder.path], "fehlt.txt: cannot read the article: no such file"),
      (
        ["render", seed, "--voice", "klaus", "-o", folder.path], "unknown voice profile \"klaus\"; available: de"
      ),
      (["render", seed, "--chapters", "kapitel"], "kapitel"),
      (["render", seed, "-o", folder.path + "/fehlt/x.wav"], "does not exist"),
      (["inspect", empty.path], "not an MP3, Ogg Opus or RIFF/WAVE file"),
      (
        ["normalize", "--lexicon", badLexicon.path, "x"], "\(badLexicon.path):2: expected a word, a tab and its reading"
      ),
      (
        ["render", seed, "--lexicon", folder.path + "/fehlt.tsv", "-o", folder.path],
        "fehlt.tsv: cannot read the lexicon"
      ),
    ]
    for (arguments, message) in cases {
      let run = try Executable.run(Executable.vorleser, arguments, in: EndToEndTests.root)
      #expect(run.status == 2, "\(arguments)")
      #expect(run.stderr.contains(message), "\(run.stderr)")
      #expect(!run.stderr.isEmpty)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["leer.txt", "namen.tsv"])
  }

  @Test("two runs give byte-identical files (espeak-ng drifts within one process, so each run is a process)")
  func deterministic() throws {
    let files = ["eins.wav", "zwei.wav"].map { folder.appendingPathComponent($0) }
    for file in files {
      #expect(try vorleser("render", seed, "-o", file.path).status == 0)
    }
    #expect(try Data(contentsOf: files[0]) == Data(contentsOf: files[1]))
  }

  @Test("normalize: arguments, --explain, --dateline")
  func normalizeArguments() throws {
    let run = try vorleser("normalize", "Am 09.02.2025 stieg der Preis um 3 %.", "Er wurde 3.")
    #expect(run.status == 0)
    #expect(
      run.stdout == "Am neunten Februar zweitausendfünfundzwanzig stieg der Preis um drei Prozent.\nEr wurde Dritter.\n"
    )
    let explained = try vorleser("normalize", "--explain", "um 7:30 Uhr")
    #expect(explained.stdout.contains("7:30 Uhr\t→ sieben Uhr dreißig\t[time: time with Uhr]"))
    let dateline = try vorleser("normalize", "--dateline", "09.02.2025, 07:30 Uhr")
    #expect(dateline.stdout == "neunter Februar zweitausendfünfundzwanzig, sieben Uhr dreißig\n")
    let notDateline = try vorleser("normalize", "--dateline", "gestern")
    #expect(notDateline.status == 2)
    #expect(notDateline.stderr.contains("not a dateline: gestern"))
  }

  @Test("normalize as a pipe: one line out per line in, each flushed before the next is read")
  func normalizePipe() throws {
    let process = Executable.start(Executable.vorleser, ["normalize"])
    try process.run()
    let input = (process.standardInput as! Pipe).fileHandleForWriting
    let output = (process.standardOutput as! Pipe).fileHandleForReading
    func readLine() -> String {
      var bytes = Data()
      while bytes.last != UInt8(ascii: "\n") {
        let chunk = output.availableData
        if chunk.isEmpty { break }
        bytes += chunk
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    for (line, spoken) in [
      ("Bei −12 °C", "Bei minus zwölf Grad Celsius\n"), ("", "\n"), ("Es waren 3.", "Es waren drei.\n"),
    ] {
      input.write(Data((line + "\n").utf8))
      #expect(readLine() == spoken)
    }
    try input.close()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  @Test("--help everywhere")
  func help() throws {
    for arguments in [["--help"], ["render", "--help"], ["inspect", "--help"], ["normalize", "--help"]] {
      let run = try Executable.run(Executable.vorleser, arguments)
      #expect(run.status == 0)
      #expect(run.stdout.contains("USAGE"))
    }
  }

  @Test("Ctrl-C while rendering: exit code 130, no file under the final name, nothing left behind")
  func interrupted() throws {
    let long = folder.appendingPathComponent("lang.txt")
    let text = try String(contentsOfFile: seed, encoding: .utf8)
    let body = text.split(separator: "\n").dropFirst(4).joined(separator: "\n")
    try Data((text + String(repeating: "\n" + body, count: 30)).utf8).write(to: long)
    let output = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    let process = Executable.start(Executable.vorleser, ["render", long.path, "-o", output.path + "/x.wav"])
    try process.run()
    Executable.waitUntilHandling(SIGINT, process)
    Thread.sleep(forTimeInterval: 0.3)
    process.interrupt()
    process.waitUntilExit()
    #expect(process.terminationStatus == 130)
    #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
  }
}
