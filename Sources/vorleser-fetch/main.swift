import FeedFetch
import Foundation

// `vorleser-fetch URL TIMEOUT SIZE-LIMIT`: downloads a feed for `vorleser feed` and writes it to standard
// output; on failure writes the reason as one line to standard error and exits with 1. Downloads run in
// this separate program so that `vorleser` itself does not load libcurl and its dozens of libraries
// (about 4 ms more for every start), the way git leaves HTTP to git-remote-https.
let arguments = CommandLine.arguments
guard arguments.count == 4, let url = URL(string: arguments[1]), let timeout = Double(arguments[2]),
  let sizeLimit = Int(arguments[3])
else {
  FileHandle.standardError.write(Data("usage: vorleser-fetch URL TIMEOUT-SECONDS SIZE-LIMIT-BYTES\n".utf8))
  exit(2)
}
do {
  let data = try FeedDownload(url: url, timeout: timeout, sizeLimit: sizeLimit).run()
  FileHandle.standardOutput.write(data)
} catch {
  FileHandle.standardError.write(Data("\(error.reason)\n".utf8))
  exit(1)
}
