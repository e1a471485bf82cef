import Foundation

/// Parses the plain-text shape of a copied news article into an `Article`.
///
/// The full shape is: kicker, headline, dateline and byline (in any order, with web-page leftovers and
/// captions between them), lead, body paragraphs, one per line or separated by blank lines, with
/// sub-headings (`## heading`, or a short line without a full stop before a paragraph). Furniture lines
/// are dropped first (`CopiedTextFurniture`); tab-separated rows are read as a table. Every part may be
/// missing: a title with paragraphs, or a lone paragraph, still makes an article.
public struct PlainTextArticleParser: Sendable {
  private let leftovers: WebLeftovers
  private let furniture: PageFurniture
  private let agencies: AgencyCredits
  private let datelines = DatelineParser()

  /// The most lines the title block (kicker, headline and what stands between them) may take.
  private static let titleBlockLimit = 8

  /// A parser that drops the lines in `leftovers` and those `furniture` and `agencies` recognize.
  public init(
    leftovers: WebLeftovers = .standard, furniture: PageFurniture = .standard, agencies: AgencyCredits = .standard
  ) {
    self.leftovers = leftovers
    self.furniture = furniture
    self.agencies = agencies
  }

  /// The article in `text`; `source` names the input in error messages.
  public func parse(_ text: String, source: String) throws(ArticleError) -> Article {
    var lines = text.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n")
      .replacingOccurrences(of: "\u{FEFF}", with: "")
      .components(separatedBy: "\n")
      .map { Self.withoutFootnoteMarks($0.trimmingCharacters(in: .whitespaces)) }
    guard lines.contains(where: { !$0.isEmpty }) else { throw .empty(source: source) }
    lines.removeAll { !$0.isEmpty && !Self.isReadable($0) }
    let cleaner = CopiedTextFurniture(
      leftovers: leftovers, furniture: furniture, agencies: agencies, datelines: datelines)
    let (cleaned, meta) = cleaner.clean(TextTables.reading(lines))
    lines = cleaned
    guard lines.contains(where: { !$0.isEmpty }) else { throw .noReadableText(source: source) }

    var article = Article()
    article.dateline = meta.dateline
    article.authors = meta.authors
    let bodyStart = readTitleBlock(lines, into: &article, cleaner: cleaner)
    BodyBlocks(lines: Array(lines[bodyStart...])).assemble(into: &article)
    if let lead = article.lead {
      article.lead = agencies.strippingTag(lead)
    } else if let first = article.sections.first?.paragraphs.first {
      article.sections[0].paragraphs[0] = agencies.strippingTag(first)
    }
    return article
  }

  /// Fills kicker and headline from the top lines; returns where the body starts. Titles are the first
  /// lines without a full stop, one after the other; the title block ends at the first paragraph. A
  /// short sentence between titles and a paragraph that follows is a caption.
  private func readTitleBlock(_ lines: [String], into article: inout Article, cleaner: CopiedTextFurniture) -> Int {
    var titles: [String] = []
    var bodyStart = 0
    var seen = 0
    var titlesEnded = false
    for (index, line) in lines.enumerated() {
      if line.isEmpty {
        titlesEnded = titlesEnded || !titles.isEmpty
        continue
      }
      seen += 1
      if line.hasPrefix("# "), titles.isEmpty {
        titles.append(String(line.dropFirst(2)))
        bodyStart = index + 1
        break
      }
      guard seen <= Self.titleBlockLimit, !line.hasPrefix("##"), !cleaner.isParagraph(line) else { break }
      if cleaner.isTitleLike(line) {
        guard !titlesEnded else { break }
        titles.append(line)
      } else {
        // A short sentence: a caption when a paragraph comes soon after it, else where the body starts.
        let ahead = lines[(index + 1)...].prefix(Self.titleBlockLimit)
        guard ahead.contains(where: cleaner.isParagraph) else { break }
        titlesEnded = true
      }
      bodyStart = index + 1
    }
    if titles.count >= 2 {
      article.kicker = titles[0]
      article.headline = titles[1]
    } else {
      article.headline = titles.first
    }
    return titles.isEmpty ? 0 : bodyStart
  }

  nonisolated(unsafe) private static let gluedMark = #/(\p{Ll})\d{1,2}(?=[.,;:!?])/#
  nonisolated(unsafe) private static let markAfterSentence = #/(\p{L}[.!?»“”])\d{1,2}(?=\s+\p{Lu})/#

  /// `line` without footnote marks glued to a word ("Vorjahreszeitraum1.", "seien.1 Schon"), which
  /// would be read as numbers.
  static func withoutFootnoteMarks(_ line: String) -> String {
    guard line.contains(where: \.isNumber) else { return line }
    return line.replacing(gluedMark) { String($0.1) }.replacing(markAfterSentence) { String($0.1) }
  }

  private static func isReadable(_ line: String) -> Bool {
    line.unicodeScalars.contains { CharacterSet.alphanumerics.contains($0) }
  }
}
