import Foundation

/// A job for a worker process: read a feed item, or render a script into a file.
public enum WorkerJob: Codable, Sendable, Equatable {
  case plan(PlanJob)
  case render(RenderJob)

  /// Names the item in messages.
  public var source: String {
    switch self {
    case .plan(let job): job.source
    case .render(let job): job.source
    }
  }

  /// The time limit when none is given: it grows with what the job has to read or say.
  public var defaultTimeout: Double {
    switch self {
    case .plan(let job): job.defaultTimeout
    case .render(let job): job.defaultTimeout
    }
  }

  /// The file the job writes, if any.
  var destination: URL? {
    if case .render(let job) = self { URL(fileURLWithPath: job.destination) } else { nil }
  }
}

/// What a worker reports back for a job.
public enum WorkerOutcome: Codable, Sendable, Equatable {
  /// The item as read.
  case planned(PlannedItem)
  /// The file written.
  case rendered(RenderJobOutcome)
  /// Why the job failed, in one line naming the item.
  case failed(String)
}
