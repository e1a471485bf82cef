import Articles
import AudioFile
import Foundation
import GermanNormalizer

/// One libFuzzer target: a parser that must take any bytes without crashing, hanging or running out of
/// memory. `make fuzz` runs each; the crashers found are kept in `Tests/FuzzTests/Fixtures/crashers`.
public enum FuzzTarget: String, CaseIterable, Sendable {
  case normalizer
  case plainText = "plain-text"
  case html
  case rss
  case atom
  case jsonFeed = "json-feed"
  case audio

  /// The folders of test fixtures and seeds its corpus starts from, relative to the package root, and the
  /// file extensions taken from them.
  public var seedSources: (folders: [String], extensions: Set<String>) {
    switch self {
    case .normalizer, .plainText:
      (["seeds", "Tests/GermanNormalizerTests/Fixtures", "Tests/ArticlesTests/Fixtures/pages"], ["txt", "tsv"])
    case .html: (["Tests/ArticlesTests/Fixtures", "Tests/ArticlesTests/Fixtures/pages"], ["html"])
    case .rss, .atom: (["seeds", "Tests/ArticlesTests/Fixtures", "Tests/VorleserTests/Fixtures"], ["xml"])
    case .jsonFeed: (["Tests/ArticlesTests/Fixtures"], ["json"])
    case .audio: (["Tests/FuzzTests/Fixtures/audio"], ["wav", "mp3", "opus"])
    }
  }

  /// The seed files under the package root `root`.
  public func seeds(root: URL) -> [URL] {
    let (folders, extensions) = seedSources
    return folders.flatMap { folder -> [URL] in
      let url = root.appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      return names.sorted().map { url.appendingPathComponent($0) }.filter { extensions.contains($0.pathExtension) }
    }
  }

  /// Runs the target on one input. It may throw (bad input is expected); it must not crash.
  public func run(_ data: Data) {
    switch self {
    case .normalizer:
      _ = Self.spoken(data)
    case .plainText:
      guard let text = try? ArticleText.decode(data, source: "fuzz.txt") else { return }
      _ = try? PlainTextArticleParser().parse(text, source: "fuzz.txt")
    case .html:
      _ = try? HTMLArticleParser().parse(String(decoding: data, as: UTF8.self), source: "fuzz.html")
    case .rss, .atom, .jsonFeed:
      // The three feed targets differ by their seeds; each goes in where a feed does, format told by content.
      _ = try? FeedParser().parse(data, source: "fuzz.feed", base: URL(string: "https://example.org/"))
    case .audio:
      // The readers behind `inspect` read files: one scratch file per process, rewritten per input.
      guard (try? data.write(to: Self.audioFile)) != nil else { return }
      _ = try? AudioFormat.summary(of: Self.audioFile, measuringLoudness: data.count < 200_000)
    }
  }

  /// What the normalizer says for `data` (the normalizer target's output).
  public static func spoken(_ data: Data) -> String {
    sharedNormalizer.normalize(String(decoding: data, as: UTF8.self))
  }

  private static let sharedNormalizer = GermanNormalizer()
  private static let audioFile = FileManager.default.temporaryDirectory.appendingPathComponent(
    "vorleser-fuzz-\(getpid()).audio")
}
