import Foundation

/// A Podcasting 2.0 JSON transcript (`application/json`): the captions as segments with start and end
/// in seconds.
struct PodcastTranscript: Codable {
  /// One segment.
  struct Segment: Codable {
    var startTime: Double
    var endTime: Double
    var body: String
  }

  var version = "1.0.0"
  var segments: [Segment]

  init(cues: [CaptionCue]) {
    segments = cues.map {
      Segment(
        startTime: Double($0.start) / 1000, endTime: Double($0.end) / 1000, body: $0.lines.joined(separator: " "))
    }
  }

  func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }
}
