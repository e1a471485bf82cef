import Foundation
import Testing

@testable import Vorleser

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A batch output folder as the tests look at it: its files, manifest, podcast feed and chapters.
struct BatchFolder {
  let url: URL

  /// A new empty folder under the system's temporary folder.
  static func make(_ name: String) throws -> BatchFolder {
    let parent = try ScratchFolder.make("batch-test")
    return BatchFolder(url: parent.appendingPathComponent(name))
  }

  var path: String { url.path }

  /// The names in the folder, sorted.
  var files: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }

  var wavFiles: [String] { files.filter { $0.hasSuffix(".wav") } }

  func data(_ name: String) throws -> Data {
    try Data(contentsOf: url.appendingPathComponent(name))
  }

  func manifest() throws -> Manifest {
    try JSONDecoder().decode(Manifest.self, from: data(Manifest.fileName))
  }

  /// When each audio file was last written.
  func modificationDates() throws -> [String: Date] {
    var dates: [String: Date] = [:]
    for name in wavFiles {
      let attributes = try FileManager.default.attributesOfItem(atPath: url.appendingPathComponent(name).path)
      dates[name] = attributes[.modificationDate] as? Date
    }
    return dates
  }

  /// Runs `vorleser feed FEED -o FOLDER --format FORMAT arguments…`, with `--json`, and decodes the summary.
  /// The batch tests render WAV by default (fast, and cues are exact); the format tests choose MP3 or Opus.
  func render(
    _ feed: String, _ arguments: [String] = [], format: String = "wav"
  ) throws -> (Executable.Run, BatchSummary?) {
    let run = try Executable.run(
      Executable.vorleser, ["feed", feed, "-o", path, "--json", "--format", format] + arguments)
    return (run, try? JSONDecoder().decode(BatchSummary.self, from: Data(run.stdout.utf8)))
  }
}

/// The podcast feed read back with FoundationXML's `XMLParser`: channel title and each item's fields.
struct ParsedPodcastFeed {
  struct Item {
    var fields: [String: String] = [:]
    var enclosure: [String: String] = [:]
    var chapters: [String: String] = [:]
    /// The Podlove Simple Chapters (`psc:chapter` attributes), in order.
    var simpleChapters: [[String: String]] = []
  }

  var channelTitle = ""
  var items: [Item] = []
  /// The channel's own elements: text by name, and the attributes of those that have some.
  var channelFields: [String: String] = [:]
  var channelAttributes: [String: [String: String]] = [:]

  init(_ data: Data) throws {
    let collector = Collector()
    let parser = XMLParser(data: data)
    parser.delegate = collector
    guard parser.parse() else { throw CocoaError(.fileReadCorruptFile) }
    channelTitle = collector.channelTitle
    items = collector.items
    channelFields = collector.channelFields
    channelAttributes = collector.channelAttributes
  }

  private final class Collector: NSObject, XMLParserDelegate {
    var channelTitle = ""
    var items: [Item] = []
    var channelFields: [String: String] = [:]
    var channelAttributes: [String: [String: String]] = [:]
    private var current: Item?
    private var text = ""

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      text = ""
      switch name {
      case "item": current = Item()
      case "enclosure": current?.enclosure = attributes
      case "podcast:chapters": current?.chapters = attributes
      case "psc:chapter": current?.simpleChapters.append(attributes)
      default: if current == nil && !attributes.isEmpty { channelAttributes[name] = attributes }
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      text += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      if name == "item", let item = current {
        items.append(item)
        current = nil
      } else if current != nil {
        current?.fields[name] = text
      } else {
        channelFields[name] = text
        if name == "title" { channelTitle = text }
      }
    }
  }
}
