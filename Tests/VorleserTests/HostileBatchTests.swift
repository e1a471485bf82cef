import Foundation
import Testing

@testable import Vorleser

/// Issue 14's defects seen from the command line: what a hostile feed, file or folder made Vorleser do,
/// and what it does now.
@Suite("Hostile feeds, files and folders, end to end")
struct HostileBatchTests {
  let folder: URL

  init() throws {
    folder = try ScratchFolder.make("hostile")
  }

  private func file(_ name: String, _ text: String) throws -> URL {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  private func jsonFeed(_ items: [String]) -> String {
    """
    {"version": "https://jsonfeed.org/version/1.1", "title": "Test", "items": [\(items.joined(separator: ","))]}
    """
  }

  @Test("JSON Feed: junk items never empty the feed, and a feed that lists nothing never prunes")
  func jsonFeedPrune() throws {
    let good = [
      #"{"id": "a", "title": "Erste", "content_text": "Die erste Meldung."}"#,
      #"{"id": "b", "title": "Zweite", "content_text": "Die zweite Meldung."}"#,
    ]
    let output = try BatchFolder.make("json")
    let first = try output.render(try file("feed.json", jsonFeed(good)).path)
    #expect(first.0.status == 0, "\(first.0.stderr)")
    #expect(output.wavFiles.count == 2)

    let junk = try output.render(try file("junk.json", jsonFeed(["null", "\"text\"", "3"] + good)).path, ["--prune"])
    #expect(junk.0.status == 0, "\(junk.0.stderr)")
    #expect(junk.1?.unchanged == 2)
    #expect(output.wavFiles.count == 2)

    let empty = try output.render(try file("empty.json", jsonFeed(["null", "[]"])).path, ["--prune"])
    #expect(empty.1?.pruned == 0)
    #expect(output.wavFiles.count == 2, "a feed with no usable item prunes nothing")
  }

  @Test("a planted symlink where the temporary file may go is never followed; files end up mode 644")
  func plantedSymlinks() throws {
    let victim = try file("opfer.txt", "unberührt")
    let article = try file("artikel.txt", "Überschrift\n\nEin kurzer Absatz.")
    let output = folder.appendingPathComponent("artikel.wav")
    // The old name was `.NAME.PID.partial`: plant one for every likely process id.
    let next = Int(getpid())
    for pid in next..<(next + 300) {
      try? FileManager.default.createSymbolicLink(
        atPath: folder.appendingPathComponent(".artikel.wav.\(pid).partial").path, withDestinationPath: victim.path)
    }
    let run = try Executable.run(
      Executable.vorleser, ["render", article.path, "-o", output.path, "--format", "wav", "--loudness", "off"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try String(contentsOf: victim, encoding: .utf8) == "unberührt")
    let mode = try FileManager.default.attributesOfItem(atPath: output.path)[.posixPermissions] as? Int
    #expect(mode == 0o644)
  }

  @Test("-o naming a FIFO or a device is an error (exit 2, one line); the node stays as it was")
  func outputNotAFile() throws {
    let article = try file("artikel.txt", "Überschrift\n\nEin kurzer Absatz.")
    let fifo = folder.appendingPathComponent("rohr.wav")
    #expect(mkfifo(fifo.path, 0o644) == 0)
    for target in [fifo.path, "/dev/null"] {
      let run = try Executable.run(Executable.vorleser, ["render", article.path, "-o", target, "--format", "wav"])
      #expect(run.status == 2, "\(target)")
      #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
      #expect(run.stderr.contains(target), "\(run.stderr)")
    }
    var status = stat()
    #expect(lstat(fifo.path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
  }

  @Test("titles that are Windows device names give files that Windows can open")
  func windowsNames() throws {
    let items = ["CON", "aux", "Nul", "COM1", "lpt9", "prn"].enumerated().map { index, title in
      #"{"id": "\#(index)", "title": "\#(title)", "content_text": "Ein Satz."}"#
    }
    let output = try BatchFolder.make("windows")
    let (run, _) = try output.render(try file("windows.json", jsonFeed(items)).path, ["--loudness", "off"])
    #expect(run.status == 0, "\(run.stderr)")
    let reserved: Set<String> = ["con", "aux", "nul", "com1", "lpt9", "prn"]
    for name in output.wavFiles {
      #expect(!reserved.contains(String(name.prefix { $0 != "." })), "\(name)")
    }
    #expect(output.wavFiles.count == 6)
  }

  @Test("--max-minutes: an article too long for it fails before synthesis, naming it; in a feed it fails alone")
  func audioBudget() throws {
    let long = try file(
      "lang.txt", "Überschrift\n\n" + String(repeating: "Ein Satz mit einigen Wörtern darin. ", count: 400))
    let started = Date()
    let run = try Executable.run(
      Executable.vorleser,
      ["render", long.path, "-o", folder.appendingPathComponent("lang.wav").path, "--max-minutes", "1"])
    #expect(run.status == 2)
    #expect(run.stderr.hasPrefix("vorleser: " + long.path + ": about "), "\(run.stderr)")
    #expect(run.stderr.contains("--max-minutes"))
    #expect(Date().timeIntervalSince(started) < 10, "it is refused before synthesis")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("lang.wav").path))

    let items = [
      #"{"id": "kurz", "title": "Kurz", "content_text": "Ein Satz."}"#,
      #"{"id": "lang", "title": "Lang", "content_text": "\#(String(repeating: "Noch ein Satz mit Wörtern. ", count: 400))"}"#,
    ]
    let output = try BatchFolder.make("budget")
    let (batch, summary) = try output.render(try file("budget.json", jsonFeed(items)).path, ["--max-minutes", "1"])
    #expect(batch.status == 1)
    #expect(summary?.rendered == 1)
    #expect(summary?.failures.first?.message?.hasPrefix("item 2 “Lang”: about ") == true)
  }

  @Test("control and bidi characters in titles reach neither the tags nor the terminal")
  func controlCharacters() throws {
    let page = try file(
      "seite.html",
      "<html><head><title>x</title></head><body><article><h1>Rot\u{1B}[31m und \u{202E}gedreht\u{7}</h1>"
        + "<p>Ein Absatz.</p></article></body></html>")
    let output = folder.appendingPathComponent("seite.mp3")
    let run = try Executable.run(Executable.vorleser, ["render", page.path, "-o", output.path])
    #expect(run.status == 0, "\(run.stderr)")
    let inspect = try Executable.run(Executable.vorleser, ["inspect", output.path])
    #expect(inspect.status == 0)
    for bad in ["\u{1B}", "\u{202E}", "\u{7}"] {
      #expect(!inspect.stdout.contains(bad))
      #expect(!run.stdout.contains(bad))
    }
    #expect(inspect.stdout.contains("Rot[31m und gedreht"))
  }

  @Test("only http(s) links reach feed.xml; javascript: and file: links are left out")
  func linkSchemes() throws {
    let feed = try file(
      "links.xml",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Links</title><link>javascript:alert(1)</link>
      <item><title>Skript</title><guid>1</guid><link>javascript:alert(document.cookie)</link>
        <description>Ein Satz.</description></item>
      <item><title>Datei</title><guid>2</guid><link>file:///etc/passwd</link><description>Ein Satz.</description></item>
      <item><title>Gut</title><guid>3</guid><link>https://nachrichten.example/gut</link>
        <description>Ein Satz.</description></item>
      </channel></rss>
      """)
    let output = try BatchFolder.make("links")
    let (run, _) = try output.render(feed.path, ["--loudness", "off", "--base-url", "https://audio.example/folge/"])
    #expect(run.status == 0, "\(run.stderr)")
    let xml = String(decoding: try output.data(PodcastFeed.fileName), as: UTF8.self)
    #expect(!xml.contains("javascript:"))
    #expect(!xml.contains("file:"))
    #expect(xml.contains("https://nachrichten.example/gut"))
  }

  @Test("standard input is limited like a download: 60 MB is refused in one line, quickly, in little memory")
  func standardInputLimit() throws {
    let time = try #require(Executable.find("time"), "GNU time is installed")
    let run = try Executable.run(
      URL(fileURLWithPath: "/bin/sh"),
      [
        "-c",
        "head -c 60000000 /dev/zero | tr '\\0' 'a' | '\(time.path)' -f 'peak %M' '\(Executable.vorleser.path)' "
          + "render - -o '\(folder.appendingPathComponent("x.wav").path)'",
      ])
    let lines = run.stderr.split(separator: "\n")
    #expect(run.status == 2, "\(run.stderr)")
    #expect(lines.first == "vorleser: <stdin>: cannot read the article: larger than the limit of 52428800 bytes")
    let peak = lines.last { $0.hasPrefix("peak ") }.flatMap { Int($0.dropFirst("peak ".count)) } ?? Int.max
    #expect(peak < 200_000, "peaked at \(peak) KiB: \(run.stderr)")
  }
}
