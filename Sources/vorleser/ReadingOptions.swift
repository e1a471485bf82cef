import ArgumentParser
import Vorleser

extension GenderForms: ExpressibleByArgument {}

/// The options that decide how text is read, shared by `render`, `feed` and `normalize`.
struct ReadingOptions: ParsableArguments {
  @Option(
    help: "Inclusive forms (Bürger*innen): pause (\"Bürger innen\", the default) or both (\"Bürgerinnen und Bürger\").")
  var genderForms: GenderForms?

  @Option(
    name: .customLong("lexicon"),
    help: "A pronunciation lexicon (word<TAB>respelling or [[phonemes]]) added to voices/lexicon/de.tsv; repeatable.")
  var lexicons: [String] = []

  /// The reading these options describe.
  var settings: ReadingSettings { ReadingSettings(genderForms: genderForms ?? .pause, lexicons: lexicons) }
}
