import Articles
import Foundation
import Testing

@testable import Vorleser

/// Feeds over HTTP from a server on 127.0.0.1 that the tests start themselves.
@Suite("Feed download over HTTP", .serialized)
struct FeedDownloadTests {
  static let feed = Data(
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0"><channel><title>Lokal</title><link>http://127.0.0.1/</link>
    <item><title>Erste Meldung</title><guid>l-1</guid><link>/eins.html</link>
    <pubDate>Tue, 24 Nov 2026 08:00:00 +0100</pubDate><description>Die erste Meldung kommt über das Netz.</description></item>
    <item><title>Zweite Meldung</title><guid>l-2</guid>
    <description>&lt;p&gt;Die zweite auch.&lt;/p&gt;</description></item>
    </channel></rss>
    """.utf8)

  let server: LocalHTTPServer

  init() throws {
    server = try LocalHTTPServer(answers: [
      "/feed.xml": .init(headers: ["Content-Type": "application/rss+xml"], body: Self.feed),
      "/moved": .init(status: 302, headers: ["Location": "/feed.xml"]),
      "/loop": .init(status: 302, headers: ["Location": "/loop"]),
      "/slow.xml": .init(body: Self.feed, delay: 4),
      "/broken": .init(status: 500, body: Data("kaputt".utf8)),
      "/page.html": .init(body: Data("<html><body><p>Keine Meldungen</p></body></html>".utf8)),
      "/big.xml": .init(body: Data(repeating: UInt8(ascii: " "), count: 300_000)),
    ])
  }

  func load(
    _ path: String, timeout: TimeInterval = 5, sizeLimit: Int = 1_000_000, from other: LocalHTTPServer? = nil
  ) throws(FeedError) -> Data {
    try FeedSource((other ?? server).url(path)).load(
      timeout: timeout, sizeLimit: sizeLimit,
      fetcher: Executable.vorleser.deletingLastPathComponent()
        .appendingPathComponent("vorleser-fetch"))
  }

  func message(_ path: String, timeout: TimeInterval = 5, sizeLimit: Int = 1_000_000) -> String {
    do {
      _ = try load(path, timeout: timeout, sizeLimit: sizeLimit)
      return "no error"
    } catch {
      return error.description
    }
  }

  @Test("a feed downloads, also through a redirect")
  func download() throws {
    #expect(try load("/feed.xml") == Self.feed)
    #expect(try load("/moved") == Self.feed)
  }

  @Test("HTTP errors, redirect loops, timeouts and oversized feeds give a one-line reason naming the address")
  func failures() {
    #expect(message("/missing") == "\(server.url("/missing")): cannot read the feed: HTTP 404 Not Found")
    #expect(message("/broken").hasSuffix("cannot read the feed: HTTP 500 Internal Server Error"))
    #expect(message("/loop").hasSuffix("too many redirects (more than 10, or a loop)"))
    let started = Date()
    #expect(message("/slow.xml", timeout: 1).hasSuffix("timed out after 1 seconds"))
    #expect(Date().timeIntervalSince(started) < 3.5)
    #expect(message("/big.xml", sizeLimit: 100_000).hasSuffix("larger than the limit of 100000 bytes"))
    #expect(FeedSource("http://127.0.0.1:1/feed.xml").label == "http://127.0.0.1:1/feed.xml")
    #expect(message("/feed.xml") == "no error")
  }

  @Test("vorleser feed over HTTP renders the items and resolves relative links against the feed")
  func batchOverHTTP() throws {
    let folder = try BatchFolder.make("http")
    let (run, summary) = try folder.render(server.url("/feed.xml"))
    #expect(run.status == 0, "\(run.stderr)")
    #expect(summary?.rendered == 2)
    #expect(try folder.manifest().entry("l-1")?.link == "http://127.0.0.1/eins.html")
    #expect(try folder.manifest().feed?.source == server.url("/feed.xml"))
  }

  @Test("vorleser feed: 404, timeout and a web page instead of a feed exit 2 with one line")
  func unusableOverHTTP() throws {
    let folder = try BatchFolder.make("http-bad")
    let cases: [(String, [String], String)] = [
      ("/missing", [], "HTTP 404 Not Found"),
      ("/slow.xml", ["--timeout", "1"], "timed out after 1 seconds"),
      ("/page.html", [], "unknown feed format (XML with root element <html>)"),
    ]
    for (path, options, reason) in cases {
      let (run, _) = try folder.render(server.url(path), options)
      #expect(run.status == 2)
      #expect(run.stderr.hasPrefix("vorleser: \(server.url(path)): "))
      #expect(run.stderr.contains(reason), "\(run.stderr)")
      #expect(run.stderr.filter { $0 == "\n" }.count == 1)
    }
    #expect(!FileManager.default.fileExists(atPath: folder.path))
  }

  @Test("hostile servers: each download ends in time, within the size limit and 200 MB, with a one-line reason")
  func hostileServers() throws {
    let bomb = FileManager.default.temporaryDirectory.appendingPathComponent("bombe-\(UUID().uuidString).gz")
    let make = try Executable.run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", "head -c 500000000 /dev/zero | gzip -1 > '\(bomb.path)'"])
    #expect(make.status == 0)
    let hostile = try LocalHTTPServer(answers: [
      "/trickle": .init(body: Data("<rss>".utf8), declaredLength: -1, streamBlocks: 60, streamInterval: 0.5),
      "/endless": .init(body: Data("<rss>".utf8), declaredLength: -1, streamBlocks: Int.max, streamBlock: 65536),
      "/bomb": .init(headers: ["Content-Encoding": "gzip"], body: try Data(contentsOf: bomb)),
      "/huge-length": .init(body: Data("<rss/>".utf8), declaredLength: 50_000_000, streamBlocks: 0),
      "/not-modified": .init(status: 304),
      "/to-file": .init(status: 302, headers: ["Location": "file:///etc/passwd"]),
    ])
    defer {
      hostile.stop()
      try? FileManager.default.removeItem(at: bomb)
    }
    let fetch = Executable.vorleser.deletingLastPathComponent().appendingPathComponent("vorleser-fetch")
    let time = try #require(Executable.find("time"), "GNU time is installed")
    let cases: [(String, String, Double)] = [
      ("/trickle", "took longer than 4 seconds in all", 10),
      ("/endless", "larger than the limit of 1000000 bytes", 10),
      ("/bomb", "larger than the limit of 1000000 bytes", 10),
      ("/huge-length", "larger than the limit of 1000000 bytes", 5),
      ("/not-modified", "HTTP 304 Not Modified", 5),
      ("/to-file", "redirected to a file: address (only http and https are followed)", 5),
    ]
    for (path, reason, seconds) in cases {
      let started = Date()
      let run = try Executable.run(time, ["-f", "peak %M", fetch.path, hostile.url(path), "1", "1000000"])
      let elapsed = Date().timeIntervalSince(started)
      let lines = run.stderr.split(separator: "\n")
      #expect(run.status == 1, "\(path)")
      #expect(lines.first == Substring(reason), "\(path): \(run.stderr)")
      #expect(elapsed < seconds, "\(path) took \(elapsed) s")
      let peak = lines.last { $0.hasPrefix("peak ") }.flatMap { Int($0.dropFirst("peak ".count)) } ?? Int.max
      #expect(peak < 200_000, "\(path) peaked at \(peak) KiB")
      #expect(run.stdout.utf8.count <= 1_000_000, "\(path): what was written stays within the limit")
      #expect(throws: FeedError.self) { try load(path, timeout: 1, sizeLimit: 1_000_000, from: hostile) }
    }
  }

  @Test("SIGTERM during a slow download stops the batch at once (exit 130); kill -9 takes the download with it")
  func stopDuringDownload() throws {
    let slow = try LocalHTTPServer(answers: [
      "/trickle": .init(body: Data("<rss>".utf8), declaredLength: -1, streamBlocks: 120, streamInterval: 0.5)
    ])
    defer { slow.stop() }
    for signal in [SIGTERM, SIGKILL] {
      let output = try BatchFolder.make("download-\(signal)")
      let batch = Executable.start(Executable.vorleser, ["feed", slow.url("/trickle"), "-o", output.path, "--quiet"])
      try batch.run()
      Executable.waitUntilHandling(SIGTERM, batch)
      let deadline = Date().addingTimeInterval(10)
      var fetches: [Int32] = []
      while fetches.isEmpty, Date() < deadline {
        fetches = ProcessTree.children(of: batch.processIdentifier).filter {
          ProcessTree.commandLine(of: $0).contains("vorleser-fetch")
        }
        usleep(10_000)
      }
      #expect(!fetches.isEmpty, "the download runs in vorleser-fetch")
      let sent = Date()
      kill(batch.processIdentifier, signal)
      batch.waitUntilExit()
      #expect(Date().timeIntervalSince(sent) < 3)
      if signal == SIGTERM { #expect(batch.terminationStatus == 130) }
      let gone = Date().addingTimeInterval(3)
      while Date() < gone, fetches.contains(where: ProcessTree.isAlive) { usleep(10_000) }
      #expect(!fetches.contains(where: ProcessTree.isAlive), "signal \(signal): vorleser-fetch outlived the batch")
    }
  }
}
