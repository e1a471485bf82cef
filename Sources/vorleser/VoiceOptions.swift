import ArgumentParser
import Vorleser

extension ChapterMode: ExpressibleByArgument {}

/// The options that decide how an article sounds and is cut into chapters, shared by `render` and `feed`.
struct VoiceOptions: ParsableArguments {
  @Option(help: "Voice profile: a name from voices/ (default de; also de-f) or a path to a profile JSON file.")
  var voice: String?

  @Option(
    help:
      "Chapters per section (heading; the default) or per paragraph: \(ChapterMode.allValueStrings.joined(separator: "|"))."
  )
  var chapters: ChapterMode?
}
