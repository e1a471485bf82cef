import ArgumentParser
import Vorleser

/// On or off, for `--timings`.
enum Switch: String, ExpressibleByArgument, CaseIterable {
  case on, off
}

/// The options for the files beside the audio, shared by `render` and `feed`.
struct ReadAlongArguments: ParsableArguments {
  @Option(
    help:
      "Speech marks (NAME.marks.json), captions (NAME.vtt, NAME.chapters.vtt) and a JSON transcript: on (the default) or off."
  )
  var timings: Switch?

  @Flag(
    help: "Also write NAME.html, the article with the \"Artikel anhören\" player, and the player's script and style.")
  var player = false

  func validate() throws {
    if timings == .off, player { throw ValidationError("--player needs the timings: leave out --timings off") }
  }

  /// The options these arguments give.
  var options: ReadAlongOptions {
    ReadAlongOptions(timings: timings != .off, player: player)
  }
}
