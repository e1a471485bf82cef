import CProcess
import FeedFetch
import Foundation

// `vorleser-fetch URL TIMEOUT SIZE-LIMIT`: downloads a feed for `vorleser feed` and writes it to standard
// output; on failure writes the reason as one line to standard error and exits with 1 (what reached
// standard output by then is to be discarded). Downloads run in this separate program so that `vorleser`
// itself does not load libcurl and its dozens of libraries (about 4 ms more for every start), the way
// git leaves HTTP to git-remote-https.
let arguments = CommandLine.arguments
guard arguments.count == 4, let url = URL(string: arguments[1]), let timeout = Double(arguments[2]),
  let sizeLimit = Int(arguments[3])
else {
  FileHandle.standardError.write(Data("usage: vorleser-fetch URL TIMEOUT-SECONDS SIZE-LIMIT-BYTES\n".utf8))
  exit(2)
}
// Started by a batch, the download ends when the batch does, even by kill -9.
if let parent = ProcessInfo.processInfo.environment["VORLESER_BATCH_PID"].flatMap(Int32.init),
  vorleser_die_with_parent(parent) != 0
{
  exit(1)
}
do {
  try FeedDownload(url: url, timeout: timeout, sizeLimit: sizeLimit).run(to: STDOUT_FILENO)
} catch {
  FileHandle.standardError.write(Data("\(error.reason)\n".utf8))
  exit(1)
}
