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

  func load(_ path: String, timeout: TimeInterval = 5, sizeLimit: Int = 1_000_000) throws(FeedError) -> Data {
    try FeedSource(server.url(path)).load(
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
}
