import Foundation
import Testing

@testable import Vorleser

/// What of a page is read, from the command line: a publisher's page rules, tables, and the feed preview.
@Suite("Page rules, tables and the feed preview, end to end")
struct PageReadingTests {
  let folder: URL

  init() throws {
    folder = try ScratchFolder.make("pages")
  }

  private func file(_ name: String, _ text: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  private static let page = """
    <html lang="de"><body><article><h1>Bad wird saniert</h1>
    <p>Die Gemeinde hat am Dienstag beschlossen, das Hallenbad im kommenden Jahr zu sanieren, sagte der Bürgermeister.</p>
    <p class="beipackzettel">Dieser Absatz gehört nur dann zum Artikel, wenn keine eigene Regel ihn streicht.</p>
    <table><thead><tr><th>Jahr</th><th>Besucher</th></tr></thead><tbody><tr><td>2023</td><td>41.000</td></tr>
    <tr><td>2024</td><td>38.500</td></tr></tbody></table></article></body></html>
    """

  @Test("--page-rules drops what the publisher's rule names; a bad rule is one line with FILE:LINE, exit 2")
  func pageRules() throws {
    let page = try file("seite.html", Self.page)
    let shipped = try Executable.run(Executable.vorleser, ["render", page, "--dry-run"])
    #expect(shipped.stdout.contains("gehört nur dann"))
    #expect(shipped.stdout.contains("Besucher"))
    let rules = try file("regeln.txt", "# eigene Regeln\nclass\tbeipackzettel\n")
    let mine = try Executable.run(
      Executable.vorleser, ["render", page, "--dry-run", "--page-rules", rules, "--tables", "skip"])
    #expect(mine.status == 0, "\(mine.stderr)")
    #expect(!mine.stdout.contains("gehört nur dann"))
    #expect(!mine.stdout.contains("Besucher"))
    let bad = try file("kaputt.txt", "class\tgut\nklasse\tschlecht\n")
    let run = try Executable.run(Executable.vorleser, ["render", page, "--dry-run", "--page-rules", bad])
    #expect(run.status == 2)
    #expect(run.stderr.split(separator: "\n").count == 1)
    #expect(run.stderr.contains("\(bad):2: unknown rule \"klasse\""), "\(run.stderr)")
  }

  @Test("feed --dry-run prints every item's script and writes nothing; a broken item is listed, exit 1")
  func feedPreview() throws {
    let output = folder.appendingPathComponent("nie")
    let run = try Executable.run(
      Executable.vorleser, ["feed", FeedBatchTests.fixture.path, "--dry-run", "-o", output.path])
    #expect(run.status == 1)
    #expect(run.stdout.contains("== item 1 “Bundestag beschließt Haushalt”"))
    #expect(run.stdout.contains("[Kritik]"))
    #expect(run.stdout.contains("failed: item 11 “Leere Meldung”: the article is empty"))
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }
}
