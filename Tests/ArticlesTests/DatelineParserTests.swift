import Testing

@testable import Articles

@Suite("Dateline parser")
struct DatelineParserTests {
  let parser = DatelineParser()

  @Test(
    "datelines as German sites print them",
    arguments: [
      ("09.02.2025, 07:30 Uhr", "2025-02-09T07:30"),
      ("9.2.2025 7.30 Uhr", "2025-02-09T07:30"),
      ("Stand: 09.02.2025 07:30 Uhr", "2025-02-09T07:30"),
      ("09.02.2025 | 07:30", "2025-02-09T07:30"),
      ("09.02.2025", "2025-02-09"),
      ("9. Februar 2025, 07:30 Uhr", "2025-02-09T07:30"),
      ("3. Okt. 2025", "2025-10-03"),
      ("29.02.2024, 00:00 Uhr", "2024-02-29T00:00"),
      ("31.12.1999, 23:59 Uhr", "1999-12-31T23:59"),
    ])
  func recognized(line: String, iso: String) {
    #expect(parser.parse(line)?.iso8601 == iso)
    #expect(parser.parse(line)?.original == line)
  }

  @Test(
    "lines that are not datelines, or dates that do not exist",
    arguments: [
      "31.02.2025", "29.02.2025", "00.01.2025", "09.13.2025", "09.02.2025, 25:00 Uhr", "09.02.2025, 07:75 Uhr",
      "Am 09.02.2025 sprach Kim.", "Kim verspricht Putin militärische Unterstützung", "9. Brumaire 2025", "",
    ])
  func rejected(line: String) {
    #expect(parser.parse(line) == nil)
  }
}
