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
    /// A file, or `-` for standard input.
    case local(String)
    case web(URL)
  }

  /// The source the command-line argument names.
  public init(_ argument: String) {
    if let url = URL(string: argument), let scheme = url.scheme?.lowercased(),
      scheme == "http" || scheme == "https", url.host != nil
    {
      label = argument
      baseURL = url
      location = .web(url)
    } else {
      label = argument == "-" ? "<stdin>" : argument
      baseURL = nil
      location = .local(argument)
    }
  }

  /// The feed's bytes. Downloads run `fetcher` (`vorleser-fetch`) and give up after `timeout` seconds
  /// without data, and above `sizeLimit` bytes; once `shouldStop` returns true the download is ended.
  public func load(
    timeout: TimeInterval, sizeLimit: Int, fetcher: URL, shouldStop: @escaping () -> Bool = { false }
  ) throws(FeedError) -> Data {
    switch location {
    case .local(let path):
      do {
        return try InputBytes.read(path)
      } catch {
        throw .unreadable(source: label, reason: error.reason)
      }
    case .web(let url):
      return try download(url, timeout: timeout, sizeLimit: sizeLimit, fetcher: fetcher, shouldStop: shouldStop)
    }
  }

  private func download(
    _ url: URL, timeout: TimeInterval, sizeLimit: Int, fetcher: URL, shouldStop: () -> Bool
  ) throws(FeedError) -> Data {
    let process = Process()
    process.executableURL = fetcher
    process.arguments = [url.absoluteString, String(timeout), String(sizeLimit)]
    // The helper dies with us: a batch killed mid-download leaves no download running.
    var environment = ProcessInfo.processInfo.environment
    environment[WorkerServer.parentVariable] = String(getpid())
    process.environment = environment
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    // Foundation's waitUntilExit polls every 50 ms; the handler says at once.
    let exited = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in exited.signal() }
    guard FileManager.default.isExecutableFile(atPath: fetcher.path) else {
      throw .unreadable(
        source: label,
        reason: "\(fetcher.path) is missing (it downloads http(s) feeds; make install puts it beside vorleser)")
    }
    do {
      try process.run()
    } catch {
      throw .unreadable(source: label, reason: "cannot run \(fetcher.path): \(error.localizedDescription)")
    }
    var data = Data()
    var stopped = false
    let descriptor = output.fileHandleForReading.fileDescriptor
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      if !stopped, shouldStop() {
        stopped = true
        process.terminate()
      }
      var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      guard poll(&waiting, 1, 100) != 0 else { continue }
      let count = read(descriptor, &buffer, buffer.count)
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      data.append(contentsOf: buffer[0..<count])
    }
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    exited.wait()
    if stopped { throw .interrupted(source: label) }
    guard process.terminationStatus == 0 else {
      let reason = message.split(separator: "\n").first.map(String.init) ?? "the download failed"
      throw .unreadable(source: label, reason: reason)
    }
    return data
  }
}
