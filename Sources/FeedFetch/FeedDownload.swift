import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// One feed download through URLSession: bounded in time and size, following at most a few redirects,
/// and failing with a one-line reason (HTTP status, timeout, redirect loop, size).
public final class FeedDownload: NSObject, URLSessionDataDelegate, @unchecked Sendable {
  /// Why a download failed, in a few words ("HTTP 404 Not Found", "timed out after 30 seconds").
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
  }

  /// The most redirects followed before the download counts as a redirect loop.
  public static let redirectLimit = 10

  private let url: URL
  private let timeout: TimeInterval
  private let sizeLimit: Int
  private let done = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var received = Data()
  private var failure: String?
  private var visited: Set<URL> = []

  /// A download of `url` that gives up after `timeout` seconds without data, or above `sizeLimit` bytes.
  public init(url: URL, timeout: TimeInterval, sizeLimit: Int) {
    self.url = url
    self.timeout = timeout
    self.sizeLimit = sizeLimit
  }

  /// Downloads the feed and waits for it.
  public func run() throws(Failure) -> Data {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    configuration.timeoutIntervalForResource = timeout * 4
    configuration.httpAdditionalHeaders = [
      "User-Agent": "Vorleser (feed reader)",
      "Accept": "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8",
    ]
    let session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
    defer { session.invalidateAndCancel() }
    visited = [url]
    session.dataTask(with: url).resume()
    done.wait()
    let (data, failure) = lock.withLock { (received, self.failure) }
    if let failure { throw Failure(reason: failure) }
    return data
  }

  private func fail(_ reason: String, task: URLSessionTask) {
    lock.withLock { failure = failure ?? reason }
    task.cancel()
  }

  public func urlSession(
    _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
  ) {
    if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
      let reason =
        (300..<400).contains(http.statusCode)
        ? "too many redirects (more than \(Self.redirectLimit), or a loop)"
        : "HTTP \(http.statusCode) \(HTTPURLResponse.localizedString(forStatusCode: http.statusCode))"
      lock.withLock { failure = failure ?? reason }
      completionHandler(.cancel)
      return
    }
    if response.expectedContentLength > Int64(sizeLimit) {
      lock.withLock { failure = failure ?? "larger than the limit of \(sizeLimit) bytes" }
      completionHandler(.cancel)
      return
    }
    completionHandler(.allow)
  }

  public func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    let tooLarge = lock.withLock {
      received.append(data)
      return received.count > sizeLimit
    }
    if tooLarge { fail("larger than the limit of \(sizeLimit) bytes", task: dataTask) }
  }

  public func urlSession(
    _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
  ) {
    let allowed = lock.withLock {
      guard let next = request.url, visited.count <= Self.redirectLimit, !visited.contains(next) else { return false }
      visited.insert(next)
      return true
    }
    // Refusing the redirect makes the 3xx response the final one, reported as a redirect loop.
    completionHandler(allowed ? request : nil)
  }

  public func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
    if let error = error as? URLError {
      let reason: String
      switch error.code {
      case .timedOut: reason = "timed out after \(Int(timeout)) seconds"
      case .cannotConnectToHost: reason = "connection refused"
      case .cannotFindHost: reason = "unknown host"
      case .httpTooManyRedirects: reason = "too many redirects (more than \(Self.redirectLimit), or a loop)"
      case .cancelled: reason = "cancelled"
      default: reason = error.localizedDescription
      }
      lock.withLock { failure = failure ?? reason }
    } else if let error {
      lock.withLock { failure = failure ?? "\(error.localizedDescription)" }
    }
    done.signal()
  }
}
