import Articles
import Foundation
import Testing

@testable import Vorleser

@Suite("Output file names and locations")
struct ArticleFileNameTests {
  let article = Article(
    headline: "Kim verspricht Putin militärische Unterstützung",
    dateline: Dateline(original: "09.02.2025", year: 2025, month: 2, day: 9))

  @Test("date and ASCII slug of the headline")
  func named() {
    #expect(
      ArticleFileName.make(for: article, format: .wav)
        == "2025-02-09-kim-verspricht-putin-militaerische-unterstuetzung.wav")
  }

  @Test(
    "slugs transliterate German and drop everything else",
    arguments: [
      ("Größte Straße Österreichs", "groesste-strasse-oesterreichs"),
      ("Ärger über „Fake News“!", "aerger-ueber-fake-news"),
      ("Café Crème à la carte", "cafe-creme-a-la-carte"), ("../../etc/passwd", "etc-passwd"), ("日本", ""), ("", ""),
    ])
  func slugs(text: String, slug: String) {
    #expect(ArticleFileName.slug(text) == slug)
  }

  @Test("long headlines are cut at a word boundary; empty ones fall back")
  func limits() {
    let long = ArticleFileName.slug(String(repeating: "Haushaltsdebatte ", count: 20))
    #expect(long.count <= ArticleFileName.slugLimit)
    #expect(!long.hasSuffix("-"))
    #expect(ArticleFileName.make(for: Article(headline: "…"), format: .wav) == "artikel.wav")
  }

  @Test("a folder argument names the file; a path ending in / is created; a missing folder is an error")
  func locations() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vorleser-out-\(UUID().uuidString)")
    let created = try OutputLocation.resolve(folder.path + "/", for: article, format: .wav)
    #expect(created.lastPathComponent == "2025-02-09-kim-verspricht-putin-militaerische-unterstuetzung.wav")
    #expect(FileManager.default.fileExists(atPath: folder.path))
    #expect(try OutputLocation.resolve(folder.path, for: article, format: .wav) == created)
    #expect(
      try OutputLocation.resolve(folder.path + "/eigen.wav", for: article, format: .wav).lastPathComponent
        == "eigen.wav")
    #expect(throws: RenderError.self) {
      try OutputLocation.resolve(folder.path + "/fehlt/x.wav", for: article, format: .wav)
    }
  }
}
