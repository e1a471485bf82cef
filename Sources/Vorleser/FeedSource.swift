import Articles
import Foundation

/// Where a feed comes from: a file, standard input (`-`) or an `http(s)://` address.
public struct FeedSource: Sendable {
  /// How the feed is named in messages and the manifest.
  public let label: String
  /// The address relative links resolve against, for downloaded feeds.
  public let baseURL: URL?
  private let location: Location

  private enum Location {
    case file(String)
    case standardInput
    case web(URL)
  }

  /// The source the command-line argument names.
  public init(_ argument: String) {
    if argument == "-" {
      label = "<stdin>"
      baseURL = nil
      location = .standardInput
    } else if let url = URL(string: argument), let scheme = url.scheme?.lowercased(),
      scheme == "http" || scheme == "https", url.host != nil
    {
      label = argument
      baseURL = url
      location = .web(url)
    } else {
      label = argument
      baseURL = nil
      location = .file(argument)
    }
  }

  /// The feed's bytes. Downloads run `fetcher` (`vorleser-fetch`) and give up after `timeout` seconds
  /// without data, and above `sizeLimit` bytes.
  public func load(timeout: TimeInterval, sizeLimit: Int, fetcher: URL) throws(FeedError) -> Data {
    switch location {
    case .standardInput:
      return FileHandle.standardInput.readDataToEndOfFile()
    case .file(let path):
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw .unreadable(source: label, reason: "no such file")
      }
      guard !isDirectory.boolValue else { throw .unreadable(source: label, reason: "is a folder") }
      guard let data = FileManager.default.contents(atPath: path) else {
        throw .unreadable(source: label, reason: "permission denied")
      }
      return data
    case .web(let url):
      return try download(url, timeout: timeout, sizeLimit: sizeLimit, fetcher: fetcher)
    }
  }

  private func download(_ url: URL, timeout: TimeInterval, sizeLimit: Int, fetcher: URL) throws(FeedError) -> Data {
    let process = Process()
    process.executableURL = fetcher
    process.arguments = [url.absoluteString, String(timeout), String(sizeLimit)]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    // Foundation's waitUntilExit polls every 50 ms; the handler says at once.
    let exited = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in exited.signal() }
    do {
      try process.run()
    } catch {
      throw .unreadable(source: label, reason: "cannot run \(fetcher.path): \(error.localizedDescription)")
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    exited.wait()
    guard process.terminationStatus == 0 else {
      let reason = message.split(separator: "\n").first.map(String.init) ?? "the download failed"
      throw .unreadable(source: label, reason: reason)
    }
    return data
  }
}
