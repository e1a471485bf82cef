import Foundation
import Testing

@testable import Vorleser

/// The worker protocol's lines and statuses, without processes.
@Suite("Worker protocol")
struct WorkerProtocolTests {
  @Test("requests: encoded and decoded, with and without a time limit; broken lines are not requests")
  func requests() {
    let timed = WorkerRequest(
      index: 3, jobFile: "/tmp/s/job-3.json", outcomeFile: "/tmp/s/job-3.outcome.json", timeout: 90.5)
    #expect(timed.line == "3\t/tmp/s/job-3.json\t/tmp/s/job-3.outcome.json\t90.5")
    #expect(WorkerRequest(line: timed.line) == timed)
    let open = WorkerRequest(index: 0, jobFile: "a", outcomeFile: "b", timeout: nil)
    #expect(open.line == "0\ta\tb\t-")
    #expect(WorkerRequest(line: open.line) == open)
    for broken in [
      "", "1\ta\tb", "x\ta\tb\t-", "1\t\tb\t-", "1\ta\tb\t0", "1\ta\tb\t-5", "1\ta\tb\tlang", "1\ta\tb\t-\t-",
    ] {
      #expect(WorkerRequest(line: broken) == nil, "\(broken)")
    }
  }

  @Test(
    "reports: every status survives its line",
    arguments: [
      WorkerStatus.finished, .stopped, .timedOut(seconds: 2), .timedOut(seconds: 61.25), .exited(1),
      .killed(signal: 11),
    ])
  func reports(status: WorkerStatus) {
    let report = WorkerReport(index: 7, status: status, process: 4242)
    #expect(WorkerReport(line: report.line) == report)
  }

  @Test("report lines as written, and lines that are not reports")
  func reportLines() {
    #expect(WorkerReport(index: 1, status: .finished, process: 99).line == "1\tfinished\t99")
    #expect(WorkerReport(index: 2, status: .timedOut(seconds: 30), process: 5).line == "2\ttimed-out 30.0\t5")
    #expect(WorkerReport(index: 3, status: .killed(signal: 9), process: 5).line == "3\tkilled 9\t5")
    for broken in ["", "1\tfinished", "1\tweg\t5", "1\texited\t5", "1\ttimed-out x\t5", "a\tfinished\t5"] {
      #expect(WorkerReport(line: broken) == nil, "\(broken)")
    }
  }

  @Test("a child's wait status: its own exit codes, the batch's SIGTERM, and crashes")
  func waitStatuses() {
    func exited(_ code: Int32) -> Int32 { code << 8 }
    #expect(WorkerStatus(waitStatus: exited(0)) == .finished)
    #expect(WorkerStatus(waitStatus: exited(130)) == .stopped)
    #expect(WorkerStatus(waitStatus: exited(1)) == .exited(1))
    #expect(WorkerStatus(waitStatus: SIGTERM) == .stopped)
    #expect(WorkerStatus(waitStatus: SIGSEGV) == .killed(signal: SIGSEGV))
    #expect(WorkerStatus(waitStatus: SIGKILL) == .killed(signal: SIGKILL))
  }

  @Test("the default time limit grows with the text: a minute plus a second per 100 bytes")
  func defaultTimeout() {
    let script = SpokenArticle(
      article: .init(headline: "Test", sections: [.init(paragraphs: [String(repeating: "Wort ", count: 2000)])]),
      mode: .sections, pauses: VoicePauses.profile.pauses)
    let job = RenderJob(
      source: "x", destination: "/tmp/x.wav", format: .wav, voice: VoicePauses.profile, script: script,
      tags: AudioTags())
    #expect(job.spokenLength > 9_000)
    #expect(job.defaultTimeout == 60 + Double(job.spokenLength) / 100)
  }
}
