import Foundation
import Testing

@testable import Vorleser

/// Running Vorleser in production: shards merged by `publish`, several feeds from one config file, the
/// voice's rate and pitch, an intro and outro, the version, and the shipped service and scheduler files.
@Suite("Operations: shards, several feeds, voice settings, service files", .serialized)
struct OperationsTests {
  static let service = EndToEndTests.root.appendingPathComponent("Sources/Vorleser/Resources/Service")

  let folder: URL

  init() throws {
    folder = try ScratchFolder.make("operations")
  }

  private func vorleser(_ arguments: [String], in place: URL? = nil) throws -> Executable.Run {
    try Executable.run(Executable.vorleser, arguments, in: place)
  }

  @Test("Shard I/N: a stable partition; 3 shards run at once cover every item once; publish equals a single run")
  func shardsAndPublish() throws {
    #expect(Shard("2/3") == Shard("2/3") && Shard("3/3") == nil && Shard("-1/3") == nil && Shard("1/0") == nil)
    let guids = (0..<3000).map { "https://zeitung.example/artikel/\($0)" }
    let shards = (0..<4).map { Shard("\($0)/4")! }
    let counts = shards.map { shard in guids.count { shard.contains($0) } }
    #expect(guids.allSatisfy { guid in shards.count { $0.contains(guid) } == 1 })
    #expect(counts.allSatisfy { (600...900).contains($0) }, "\(counts)")

    let feed = FeedBatchTests.fixture.path
    let base = ["--format", "mp3", "--timings", "off", "--base-url", "https://zeitung.example/audio/", "--quiet"]
    let single = try vorleser(["feed", feed, "-o", folder.appendingPathComponent("single").path] + base)
    #expect(single.status == 1)
    let runs = (0..<3).map { index in
      Executable.start(
        Executable.vorleser,
        ["feed", feed, "-o", folder.appendingPathComponent("shard-\(index)").path, "--shard", "\(index)/3"] + base)
    }
    for run in runs { try run.run() }
    for run in runs { run.waitUntilExit() }
    let manifests = try (0..<3).map { try Manifest.load(from: folder.appendingPathComponent("shard-\($0)")) }
    let all = try Manifest.load(from: folder.appendingPathComponent("single"))
    let shardGUIDs = manifests.flatMap { $0.items.map(\.guid) }
    #expect(shardGUIDs.sorted() == all.items.map(\.guid).sorted())
    #expect(Set(shardGUIDs).count == shardGUIDs.count)

    let published = folder.appendingPathComponent("public")
    let shardPaths = (0..<3).map { folder.appendingPathComponent("shard-\($0)").path }
    for _ in 0..<2 {  // twice: the second run changes nothing
      let publish = try vorleser(
        ["publish"] + shardPaths + ["-o", published.path, "--base-url", "https://zeitung.example/audio/"])
      #expect(publish.status == 0, "\(publish.stderr)")
      #expect(publish.stdout.hasPrefix("14 items (11 with audio) from 3 folders"))
      let feedXML = try Data(contentsOf: published.appendingPathComponent("feed.xml"))
      #expect(feedXML == (try Data(contentsOf: folder.appendingPathComponent("single/feed.xml"))))
      let merged = try Manifest.load(from: published)
      #expect(merged.items.map(\.guid) == all.items.map(\.guid))
      #expect(merged.items.map(\.file) == all.items.map(\.file))
      let files = try FileManager.default.contentsOfDirectory(atPath: published.path).filter { !$0.hasPrefix(".") }
      #expect(Set(files) == Set(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/single")))
    }

    let bad = try vorleser(["feed", feed, "-o", folder.appendingPathComponent("x").path, "--shard", "3/3"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("--shard wants I/N"))
    let notAShard = try vorleser(["publish", folder.path, "-o", folder.appendingPathComponent("y").path])
    #expect(notAShard.status == 2)
    #expect(notAShard.stderr.contains("no manifest.json"))
  }

  @Test("several feeds from one config file: each into its folder, one unusable feed stops none, exit 2")
  func severalFeeds() throws {
    try FileManager.default.copyItem(
      at: EndToEndTests.root.appendingPathComponent("seeds/feed-beispiel.xml"),
      to: folder.appendingPathComponent("a.xml"))
    let local = """
      <rss version="2.0"><channel><title>Lokales</title>
      <item><title>Stadtfest</title><guid>s1</guid><description>Das Stadtfest beginnt am Freitag.</description></item>
      <item><title>Leer</title><guid>s2</guid><description></description></item></channel></rss>
      """
    try Data(local.utf8).write(to: folder.appendingPathComponent("b.xml"))
    let config = """
      {"format": "mp3", "timings": false, "intro": "Sie hören einen Artikel von {publisher}.", "outro": "Ende.",
       "feeds": [{"feed": "a.xml", "output": "out-a"}, {"feed": "b.xml", "output": "out-b", "rate": 220},
                 {"feed": "fehlt.xml", "output": "out-c"}]}
      """
    try Data(config.utf8).write(to: folder.appendingPathComponent("config.json"))
    let run = try vorleser(["feed", "--config", "config.json", "--quiet"], in: folder)
    #expect(run.status == 2, "\(run.stderr)")
    #expect(run.stderr.contains("fehlt.xml: cannot read the feed"))
    #expect(run.stderr.contains("3 feeds: 2 read, 1 unusable; items: 4 rendered, 1 failed"))
    let a = try Manifest.load(from: folder.appendingPathComponent("out-a"))
    let b = try Manifest.load(from: folder.appendingPathComponent("out-b"))
    #expect(a.items.count { $0.status == .rendered } == 3)
    #expect(b.items.map(\.status) == [.rendered, .failed])
    let chapters = try #require(b.items.first?.chapters).map(\.title)
    #expect(chapters.first == "Einleitung" && chapters.last == "Abspann")

    // Only item failures: exit 1. A feed on the command line beside "feeds": a usage error.
    let withoutMissing =
      #"{"timings": false, "feeds": [{"feed": "a.xml", "output": "out-a"}, {"feed": "b.xml", "output": "out-b"}]}"#
    try Data(withoutMissing.utf8).write(to: folder.appendingPathComponent("config.json"))
    #expect(try vorleser(["feed", "--config", "config.json", "--quiet"], in: folder).status == 1)
    let both = try vorleser(["feed", "a.xml", "--config", "config.json"], in: folder)
    #expect(both.status == 2)
    #expect(both.stderr.contains("give no feed and no -o"))
    try Data(#"{"feeds": [{"feed": "a.xml", "output": "o", "voise": "de"}]}"#.utf8).write(
      to: folder.appendingPathComponent("typo.json"))
    let typo = try vorleser(["feed", "--config", "typo.json"], in: folder)
    #expect(typo.stderr.contains("unknown setting \"feeds[0].voise\""))
  }

  @Test("--rate and --pitch override the profile; out of range is bad input")
  func rateAndPitch() throws {
    let seed = EndToEndTests.root.appendingPathComponent("seeds/002_wetter_kurz.txt").path
    func duration(_ arguments: [String]) throws -> Double {
      let out = folder.appendingPathComponent("r-\(arguments.joined()).wav")
      let run = try vorleser(["render", seed, "-o", out.path, "--timings", "off", "--loudness", "off"] + arguments)
      #expect(run.status == 0, "\(run.stderr)")
      return try AudioInspection.inspect(out.path).duration
    }
    let normal = try duration([])
    #expect(try duration(["--rate", "320"]) < normal * 0.8)
    #expect(try duration(["--pitch", "20"]) > 0)
    for bad in [["--rate", "30"], ["--pitch", "101"]] {
      let run = try vorleser(["render", seed, "-o", folder.appendingPathComponent("bad.wav").path] + bad)
      #expect(run.status == 2)
      #expect(run.stderr.hasPrefix("vorleser: \(bad[0]) \(bad[1]) is outside"))
    }
  }

  @Test("--version names Vorleser's and espeak-ng's versions")
  func version() throws {
    let run = try vorleser(["--version"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("Vorleser \(VorleserVersion.current), espeak-ng 1."))
  }

  @Test("the shipped config, Kubernetes and Slurm examples parse, and the README shows them as they are")
  func examples() throws {
    let config = try FeedConfiguration.load(Self.service.appendingPathComponent("feeds.json").path)
    #expect(config.feeds?.count == 2)
    #expect(
      try FeedConfiguration().runs(over: config).map(\.output) == [
        "/var/lib/vorleser/politik", "/var/lib/vorleser/lokales",
      ])
    let bash = try #require(Executable.find("bash"))
    let slurm = Self.service.appendingPathComponent("slurm-array.sh")
    #expect(try Executable.run(bash, ["-n", slurm.path]).status == 0)
    let job = Self.service.appendingPathComponent("kubernetes-job.yaml")
    do {
      let python = try #require(Executable.find("python3"), "python3 (with python3-yaml) is installed")
      let check = try Executable.run(
        python,
        [
          "-c",
          "import sys, yaml; d = yaml.safe_load(open(sys.argv[1])); s = d['spec']; "
            + "assert d['kind'] == 'Job' and s['completionMode'] == 'Indexed' and s['completions'] == 8; "
            + "assert '$JOB_COMPLETION_INDEX/8' in s['template']['spec']['containers'][0]['args'][0]",
          job.path,
        ])
      #expect(check.status == 0, "\(check.stderr)")
    }
    let readme = try String(contentsOf: EndToEndTests.root.appendingPathComponent("README.md"), encoding: .utf8)
    for name in [
      "kubernetes-job.yaml", "slurm-array.sh", "vorleser-feeds.service", "vorleser-feeds.timer", "feeds.json",
    ] {
      let text = try String(contentsOf: Self.service.appendingPathComponent(name), encoding: .utf8)
      #expect(readme.contains(text), "README shows \(name) as shipped")
    }
  }
}
