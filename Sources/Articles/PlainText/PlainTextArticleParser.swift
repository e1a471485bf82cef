import Foundation

/// Parses the plain-text shape of a copied news article into an `Article`.
///
/// The full shape is: kicker, headline, dateline, web-page leftovers, lead, body paragraphs, one per
/// line or separated by blank lines, with `## heading` lines starting sections. Every part may be
/// missing: a title with paragraphs, or a lone paragraph, still makes an article.
public struct PlainTextArticleParser: Sendable {
  private let leftovers: WebLeftovers
  private let datelines = DatelineParser()

  /// The most lines a title block (kicker, headline, byline) may take before the dateline.
  private static let titleBlockLimit = 4
  /// The longest line taken as a kicker or headline when there is no dateline to anchor them.
  private static let longestTitle = 150

  /// A parser that drops the lines in `leftovers`.
  public init(leftovers: WebLeftovers = .standard) {
    self.leftovers = leftovers
  }

  /// The article in `text`; `source` names the input in error messages.
  public func parse(_ text: String, source: String) throws(ArticleError) -> Article {
    var lines = text.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n")
      .replacingOccurrences(of: "\u{FEFF}", with: "")
      .components(separatedBy: "\n")
      .map { $0.trimmingCharacters(in: .whitespaces) }
    guard lines.contains(where: { !$0.isEmpty }) else { throw .empty(source: source) }
    lines.removeAll { leftovers.matches($0) || ($0.isEmpty == false && !Self.isReadable($0)) }
    guard lines.contains(where: { !$0.isEmpty }) else { throw .noReadableText(source: source) }

    var article = Article()
    let bodyStart = readTitleBlock(lines, into: &article)
    BodyBlocks(lines: Array(lines[bodyStart...])).assemble(into: &article)
    return article
  }

  /// Fills kicker, headline, dateline and author from the top lines; returns where the body starts.
  private func readTitleBlock(_ lines: [String], into article: inout Article) -> Int {
    let top = lines.indices.filter { !lines[$0].isEmpty }.prefix(Self.titleBlockLimit + 1)
    if let (datelineIndex, dateline) = top.lazy.compactMap({ index in
      self.datelines.parse(lines[index]).map { (index, $0) }
    })
    .first {
      article.dateline = dateline
      assignTitles(top.filter { $0 < datelineIndex }.map { lines[$0] }, to: &article)
      var bodyStart = datelineIndex + 1
      if let next = lines[bodyStart...].firstIndex(where: { !$0.isEmpty }), let author = Byline.author(in: lines[next])
      {
        article.author = author
        bodyStart = next + 1
      }
      return bodyStart
    }
    // No dateline: a leading markdown title, or up to two adjacent short lines that do not read as
    // sentences.
    var titles: [String] = []
    var bodyStart = 0
    for (index, line) in lines.enumerated() {
      if line.isEmpty {
        if titles.isEmpty { continue } else { break }
      }
      guard titles.count < 2, isTitleLike(line) else { break }
      titles.append(line.hasPrefix("# ") ? String(line.dropFirst(2)) : line)
      bodyStart = index + 1
      if line.hasPrefix("# ") { break }
    }
    assignTitles(titles, to: &article)
    return bodyStart
  }

  private func assignTitles(_ titles: [String], to article: inout Article) {
    switch titles.count {
    case 0: break
    case 1: article.headline = titles[0]
    default:
      article.kicker = titles[0]
      article.headline = titles[1...].joined(separator: " ")
    }
  }

  private func isTitleLike(_ line: String) -> Bool {
    if line.hasPrefix("# ") { return true }
    guard !line.isEmpty, !line.hasPrefix("##"), line.count <= Self.longestTitle else { return false }
    return !line.hasSuffix(".") && !line.hasSuffix(":") && !line.hasSuffix(",")
  }

  private static func isReadable(_ line: String) -> Bool {
    line.unicodeScalars.contains { CharacterSet.alphanumerics.contains($0) }
  }
}
