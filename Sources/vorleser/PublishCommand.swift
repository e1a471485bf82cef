import ArgumentParser
import Foundation
import Vorleser

/// `vorleser publish`: the folders of `feed --shard` runs merged into one.
struct PublishCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "publish",
    abstract: "Merge the output folders of sharded feed runs into one folder with one manifest and podcast feed.",
    discussion: """
      Each item's files are hard-linked (or copied) into the output folder; the manifest lists the items in \
      the feed's order and feed.xml is the one a single run would have written. Running it again changes nothing.
      """
  )

  @Argument(help: "The shard folders (vorleser feed --shard I/N -o DIR).")
  var shards: [String]

  @Option(name: .shortAndLong, help: "The merged folder (created when missing; may be one of the shards).")
  var output: String

  @Option(help: "Where the merged folder will be served, for the enclosure addresses (http or https).")
  var baseURL: String?

  func validate() throws {
    if shards.isEmpty { throw ValidationError("give at least one shard folder") }
    if let baseURL, URL(string: baseURL)?.scheme.map({ ["http", "https"].contains($0.lowercased()) }) != true {
      throw ValidationError("--base-url wants an http(s):// address, not \(baseURL)")
    }
  }

  func run() throws {
    let summary = try FeedPublishing.publish(shards, into: output, baseURL: baseURL.flatMap { URL(string: $0) })
    print(
      "\(summary.items) items (\(summary.rendered) with audio) from \(shards.count) folders; \(summary.output)/feed.xml"
    )
  }
}
