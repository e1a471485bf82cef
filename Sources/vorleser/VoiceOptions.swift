import ArgumentParser
import Vorleser

extension ChapterMode: ExpressibleByArgument {}

/// The options that decide how an article sounds and is cut into chapters, shared by `render` and `feed`.
struct VoiceOptions: ParsableArguments {
  @Option(help: "Voice profile: a name from voices/ (e.g. de, de-f) or a path to a profile JSON file.")
  var voice: String = "de"

  @Option(
    help: "Chapters per section (heading) or per paragraph: \(ChapterMode.allValueStrings.joined(separator: "|")).")
  var chapters: ChapterMode = .sections
}
