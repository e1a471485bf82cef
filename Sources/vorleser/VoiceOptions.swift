import ArgumentParser
import Vorleser

extension ChapterMode: ExpressibleByArgument {}

/// The options that decide how an article sounds and is cut into chapters, shared by `render` and `feed`.
struct VoiceOptions: ParsableArguments {
  @Option(help: "Voice profile: a name from voices/ (default de) or a path to a profile JSON file.")
  var voice: String?

  @Option(
    help:
      "Chapters per section (heading; the default) or per paragraph: \(ChapterMode.allValueStrings.joined(separator: "|"))."
  )
  var chapters: ChapterMode?

  @Option(help: "Words per minute (80–450), over the voice profile's.")
  var rate: Int?

  @Option(help: "Base pitch (0–100), over the voice profile's.")
  var pitch: Int?

  /// The rate and pitch given.
  var adjustment: VoiceAdjustment { VoiceAdjustment(rate: rate, pitch: pitch) }
}
