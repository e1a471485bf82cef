import Testing

@testable import GermanNormalizer

@Suite("Pronunciation lexicon")
struct PronunciationLexiconTests {
  let lexicon = try! PronunciationLexicon(
    parsing: "# comment\nSelenskyj\tSelenski\nMacron\tMakrong\n\nScholz\t[[S'Olts]]\n", file: "de.tsv")

  @Test("whole words, case-sensitive first, then ignoring case; inflected forms keep their ending")
  func matching() {
    let normalizer = GermanNormalizer(pronunciations: lexicon)
    #expect(normalizer.normalize("Selenskyj traf Macron.") == "Selenski traf Makrong.")
    // The case of the written word is kept: a lower-case word gets a lower-case reading.
    #expect(normalizer.normalize("SELENSKYJ und selenskyj") == "Selenski und selenski")
    #expect(normalizer.normalize("Selenskyjs Rede") == "Selenskis Rede")
    #expect(normalizer.normalize("Scholz und des Scholzes Plan") == "[[S'Olts]] und des [[S'Oltses]] Plan")
    #expect(normalizer.normalize("Selenskyjfan bleibt") == "Selenskyjfan bleibt")
    #expect(normalizer.normalizeDetailed("Macron").explanations.first?.rule == "lexicon entry for Macron")
  }

  @Test("brackets in the text never become phoneme input")
  func noInjection() {
    #expect(GermanNormalizer().normalize("Der [[Test]] läuft") == "Der Test läuft")
  }

  @Test("a later lexicon overrides an earlier one")
  func merging() throws {
    let own = try PronunciationLexicon(parsing: "Macron\tMackrong\n", file: "own.tsv")
    #expect(GermanNormalizer(pronunciations: lexicon.merging(own)).normalize("Macron") == "Mackrong")
    #expect(lexicon.merging(own).count == 3)
  }

  @Test(
    "bad lines name the file and the line",
    arguments: [
      ("Macron Makrong\n", 1, "expected a word, a tab and its reading"),
      ("# ok\nMacron\t\n", 2, "the reading is empty"),
      ("Emmanuel Macron\tMakrong\n", 1, "the word must be one word"),
      ("Macron\t[[makrO\n", 1, "phonemes must be written as [[...]]"),
      ("A\tB\tC\n", 1, "expected a word, a tab and its reading"),
    ])
  func badLines(text: String, line: Int, reason: String) {
    #expect(throws: LexiconError(file: "x.tsv", line: line, reason: reason)) {
      try PronunciationLexicon(parsing: text, file: "x.tsv")
    }
    #expect(LexiconError(file: "x.tsv", line: line, reason: reason).description == "x.tsv:\(line): \(reason)")
  }
}
