import ArgumentParser
import Foundation
import GermanNormalizer
import Speech
import Vorleser

extension GenderForms: ExpressibleByArgument {}

/// The options that decide how text is read, shared by `render` and `normalize`.
struct ReadingOptions: ParsableArguments {
  @Option(help: "Inclusive forms (Bürger*innen): pause (\"Bürger innen\") or both (\"Bürgerinnen und Bürger\").")
  var genderForms: GenderForms = .pause

  @Option(
    name: .customLong("lexicon"),
    help: "A pronunciation lexicon (word<TAB>respelling or [[phonemes]]) added to voices/lexicon/de.tsv; repeatable.")
  var lexicons: [String] = []

  /// The normalizer these options describe, with the lexicon from the first of `voiceFolders` that has one.
  func normalizer(voiceFolders: [URL]) throws -> GermanNormalizer {
    GermanNormalizer(
      genderForms: genderForms,
      pronunciations: try PronunciationLexicons.load(extraFiles: lexicons, voiceFolders: voiceFolders))
  }

  /// A fingerprint of the reading these options describe (see `ReadingIdentity`).
  func identity(voiceFolders: [URL]) -> String {
    ReadingIdentity.make(
      genderForms: genderForms,
      lexiconFiles: PronunciationLexicons.files(extraFiles: lexicons, voiceFolders: voiceFolders))
  }
}
