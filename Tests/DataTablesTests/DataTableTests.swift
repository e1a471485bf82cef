import Testing

@testable import DataTables

@Suite("Data-table reader")
struct DataTableTests {
  @Test("rows, fields and line numbers; comments, blank lines and carriage returns skipped")
  func rows() throws {
    let text = "# a comment\n\nz.B.\tzum Beispiel\r\n  # an indented comment\n#\nNr. \t Nummer \tfinal\n#\tHashtag\n"
    let table = try DataTable(text: text, file: "abk.tsv", columns: 2...3)
    #expect(table.rows.map(\.line) == [3, 6, 7])
    #expect(table.rows.map(\.fields) == [["z.B.", "zum Beispiel"], ["Nr.", "Nummer", "final"], ["#", "Hashtag"]])
    #expect(table.rows[0][2] == nil)
    #expect(table.rows[1].value(2) == "final")
  }

  @Test(
    "a malformed row is an error naming the file and the line",
    arguments: [
      ("eins\n", 2...2, 1, "expected 2 tab-separated fields, found 1"),
      ("# ok\na\tb\tc\td\n", 2...3, 2, "expected 2 to 3 tab-separated fields, found 4"),
      ("\tb\n", 2...2, 1, "the first field is empty"),
      ("a\tb\n", 1...1, 1, "expected 1 tab-separated field, found 2"),
    ])
  func malformed(text: String, columns: ClosedRange<Int>, line: Int, reason: String) {
    #expect(throws: DataTableError(file: "x.tsv", line: line, reason: reason)) {
      try DataTable(text: text, file: "x.tsv", columns: columns)
    }
    #expect(DataTableError(file: "x.tsv", line: line, reason: reason).description == "x.tsv:\(line): \(reason)")
  }

  @Test("a row's own problem names its line; a file that cannot be read names the file")
  func errors() throws {
    let table = try DataTable(text: "#\n\nm\tx\n", file: "nouns.tsv", columns: 2...2)
    #expect(
      table.error(table.rows[0], "the gender must be m, f, n or pl").description
        == "nouns.tsv:3: the gender must be m, f, n or pl")
    #expect(
      throws: DataTableError(file: "/gibt/es/nicht.tsv", line: 0, reason: "cannot read the file (missing, or a folder)")
    ) {
      try DataTable.file("/gibt/es/nicht.tsv", columns: 1...2)
    }
    #expect(DataTableError(file: "a.tsv", line: 0, reason: "not UTF-8 text").description == "a.tsv: not UTF-8 text")
  }
}
