import ArgumentParser
import Foundation
import Speech
import Vorleser

/// `vorleser render-worker`: a worker process of `vorleser feed`.
///
/// It starts espeak-ng once, then reads jobs from standard input, one line each (`INDEX<TAB>JOB<TAB>OUTCOME`),
/// and renders every job in a child forked from that fresh state. espeak-ng's output drifts with what a
/// process has spoken before, so no two articles share a process, yet no child pays for starting
/// Swift, Foundation and espeak-ng again. After each job it writes `INDEX<TAB>STATUS<TAB>PID` to
/// standard output.
struct RenderWorkerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render-worker",
    abstract: "Render jobs written by `vorleser feed` (a worker process; not for direct use).",
    shouldDisplay: false
  )

  func run() throws {
    // The batch decides when to stop and says so with SIGTERM; a Ctrl-C at the terminal is for the batch.
    signal(SIGINT, SIG_IGN)
    Interruption.install(for: [SIGTERM])
    let synthesizer = try EspeakSynthesizer.shared()
    var loadedVoice: VoiceProfile?
    while !Interruption.shouldStop(), let line = readLine() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 3 else { continue }
      let job: RenderJob
      do {
        job = try JSONDecoder().decode(RenderJob.self, from: Data(contentsOf: URL(fileURLWithPath: fields[1])))
      } catch {
        FileHandle.standardError.write(Data("vorleser render-worker: \(fields[1]): \(error)\n".utf8))
        report("\(fields[0])\t\(CommandFailure.renderingFailed)\t0")
        continue
      }
      // Loading the voice (and its dictionary) once here spares every child the work; all children
      // still start from the same state.
      if job.voice != loadedVoice {
        try? synthesizer.use(job.voice)
        loadedVoice = job.voice
      }
      let child = fork()
      if child == 0 {
        Interruption.child.store(0, ordering: .relaxed)
        _exit(Self.render(job, outcome: fields[2], synthesizer: synthesizer))
      }
      guard child > 0 else {
        report("\(fields[0])\t\(CommandFailure.renderingFailed)\t0")
        continue
      }
      Interruption.child.store(child, ordering: .relaxed)
      var status: Int32 = 0
      while waitpid(child, &status, 0) < 0 && errno == EINTR {}
      Interruption.child.store(0, ordering: .relaxed)
      // Exit status, or 128 + the signal that ended the child.
      let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
      report("\(fields[0])\t\(code)\t\(child)")
    }
  }

  /// One report line, written at once (unbuffered: a forked child must not inherit pending output).
  private func report(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }

  /// Renders one job in the forked child; returns the child's exit status.
  private static func render(_ job: RenderJob, outcome: String, synthesizer: EspeakSynthesizer) -> Int32 {
    do {
      let result: RenderJobOutcome
      do {
        let renderer = ArticleRenderer(synthesizer: synthesizer)
        result = RenderJobOutcome(
          try renderer.render(
            job.script, tags: job.tags, source: job.source, to: URL(fileURLWithPath: job.destination),
            voice: job.voice, shouldStop: Interruption.shouldStop))
      } catch SpeechError.cancelled {
        return CommandFailure.interrupted
      } catch {
        let message = CommandFailure(error)?.message ?? "\(error)"
        result = RenderJobOutcome(error: message.hasPrefix(job.source) ? message : "\(job.source): \(message)")
      }
      try JSONEncoder().encode(result).write(to: URL(fileURLWithPath: outcome), options: .atomic)
      return 0
    } catch {
      FileHandle.standardError.write(Data("vorleser render-worker: \(outcome): \(error)\n".utf8))
      return CommandFailure.renderingFailed
    }
  }
}
