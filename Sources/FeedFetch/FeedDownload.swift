import CFeedDownload
import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// One feed download through libcurl: http and https only, bounded in idle time, total time and size
/// (after decompression, stopping at once), following at most a few redirects, written to a file
/// descriptor as it arrives, and failing with a one-line reason.
///
/// libcurl directly rather than URLSession: on Linux URLSession enforces no total time limit, and it
/// buffers decompressed data beyond the delegate's reach (a 2 MB gzip bomb grew to 500 MB).
public struct FeedDownload: Sendable {
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

  /// A download of `url` that gives up after `timeout` seconds without data, after four times that in all,
  /// or above `sizeLimit` bytes.
  public init(url: URL, timeout: TimeInterval, sizeLimit: Int) {
    self.url = url
    self.timeout = timeout
    self.sizeLimit = sizeLimit
  }

  /// Downloads the feed into `output` (a file descriptor) and waits for it.
  public func run(to output: Int32) throws(Failure) {
    let idle = Int32(clamping: Int(timeout.rounded(.up)))
    var limits = vorleser_download_limits(
      idle_seconds: max(idle, 1), total_seconds: max(idle, 1) * 4, size_limit: Int64(sizeLimit),
      redirect_limit: Int32(Self.redirectLimit))
    var status = 0
    var reason = [CChar](repeating: 0, count: 512)
    let result = vorleser_download(url.absoluteString, &limits, output, &status, &reason, reason.count)
    let detail = String(decoding: reason.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    switch result {
    case VORLESER_DOWNLOAD_OK: return
    case VORLESER_DOWNLOAD_HTTP_STATUS:
      throw Failure(reason: "HTTP \(status) \(HTTPURLResponse.localizedString(forStatusCode: status))")
    case VORLESER_DOWNLOAD_TOO_LARGE: throw Failure(reason: "larger than the limit of \(sizeLimit) bytes")
    case VORLESER_DOWNLOAD_IDLE_TIMEOUT: throw Failure(reason: "timed out after \(limits.idle_seconds) seconds")
    case VORLESER_DOWNLOAD_TOTAL_TIMEOUT:
      throw Failure(reason: "took longer than \(limits.total_seconds) seconds in all")
    case VORLESER_DOWNLOAD_REDIRECTS:
      throw Failure(reason: "too many redirects (more than \(Self.redirectLimit), or a loop)")
    case VORLESER_DOWNLOAD_SCHEME:
      throw Failure(reason: "redirected to a \(detail): address (only http and https are followed)")
    case VORLESER_DOWNLOAD_WRITE_FAILED: throw Failure(reason: "cannot write the download")
    default:
      let known = [
        "Couldn't connect to server": "connection refused", "Could not resolve host": "unknown host",
      ]
      throw Failure(reason: known.first { detail.hasPrefix($0.key) }?.value ?? detail)
    }
  }
}
