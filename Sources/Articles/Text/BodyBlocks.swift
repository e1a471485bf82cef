import Foundation

/// Splits the body lines of a plain-text article into headings and paragraphs.
///
/// Where the body has blank lines, they separate paragraphs and the lines of one paragraph are joined
/// (hard-wrapped text), unless a line ends a sentence or no line of the block does (a list, a results
/// table: one item a line). Where it has none, every line is a paragraph. A sub-heading is a `## `
/// line, or a short line without a full stop before a paragraph (after a blank line, where there are).
struct BodyBlocks {
  /// One unit of the body.
  enum Block: Equatable {
    case heading(String)
    case paragraph(String)
  }

  let blocks: [Block]

  /// Blocks as they are.
  init(blocks: [Block]) {
    self.blocks = blocks
  }

  init(lines: [String]) {
    let separatedByBlankLines = Self.hasBlankLineBetweenText(lines)
    var blocks: [Block] = []
    var paragraph: [String] = []
    func finishParagraph() {
      if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))) }
      paragraph = []
    }
    var blockIsList = false
    for (index, line) in lines.enumerated() {
      if line.isEmpty {
        finishParagraph()
        continue
      }
      if index == 0 || lines[index - 1].isEmpty { blockIsList = Self.isList(lines[index...].prefix { !$0.isEmpty }) }
      if let heading = Self.heading(in: line) {
        finishParagraph()
        blocks.append(.heading(heading))
      } else if Self.isSubheading(index, in: lines, separatedByBlankLines: separatedByBlankLines) {
        finishParagraph()
        blocks.append(.heading(line))
      } else {
        if !separatedByBlankLines || blockIsList || Self.endsSentence(paragraph.last) { finishParagraph() }
        paragraph.append(line)
      }
    }
    finishParagraph()
    self.blocks = blocks
  }

  /// Whether the block of `lines` (between blank lines) is a list: two lines or more, none ending a sentence.
  private static func isList(_ lines: ArraySlice<String>) -> Bool {
    lines.count >= 2 && !lines.contains { endsSentence($0) }
  }

  nonisolated(unsafe) private static let attribution =
    #/^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?, (?:mein|meine|meiner|unser|unsere|der|die|das|ein|eine|sein|seine|ihr|ihre) /#

  /// Whether line `index` is a sub-heading written without `##`: short, no full stop or comma at its end,
  /// followed by a paragraph, and (where blank lines separate the blocks) after a blank line.
  private static func isSubheading(_ index: Int, in lines: [String], separatedByBlankLines: Bool) -> Bool {
    let line = lines[index]
    guard line.count <= 100, let last = line.last, !".,:;".contains(last), line.first?.isLetter == true else {
      return false
    }
    if separatedByBlankLines, index > 0, !lines[index - 1].isEmpty { return false }
    // "Ömer, mein Fahrradmechaniker": who said the quote above, not a heading.
    if line.contains(attribution) { return false }
    guard let next = lines[(index + 1)...].first(where: { !$0.isEmpty }) else { return false }
    return next.count >= 40 && (endsSentence(next) || next.hasSuffix(":"))
  }

  /// Fills the lead and the sections of `article`: the first paragraph before any heading is the lead
  /// when the article has a headline.
  func assemble(into article: inout Article) {
    var sections: [Section] = []
    var current = Section(paragraphs: [])
    for block in blocks {
      switch block {
      case .heading(let heading):
        if current.heading != nil || !current.paragraphs.isEmpty { sections.append(current) }
        current = Section(heading: heading, paragraphs: [])
      case .paragraph(let paragraph):
        let isFirstText = sections.isEmpty && current.heading == nil && current.paragraphs.isEmpty
        if isFirstText, article.lead == nil, article.headline != nil {
          article.lead = paragraph
        } else {
          current.paragraphs.append(paragraph)
        }
      }
    }
    if current.heading != nil || !current.paragraphs.isEmpty { sections.append(current) }
    article.sections = sections
  }

  private static func heading(in line: String) -> String? {
    guard line.hasPrefix("##") else { return nil }
    let heading = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
    return heading.isEmpty ? nil : heading
  }

  private static func endsSentence(_ line: String?) -> Bool {
    guard let last = line?.last else { return false }
    return ".!?\u{201C}\u{201D}\"\u{00AB}\u{00BB}".contains(last)
  }

  private static func hasBlankLineBetweenText(_ lines: [String]) -> Bool {
    guard let first = lines.firstIndex(where: { !$0.isEmpty }),
      let last = lines.lastIndex(where: { !$0.isEmpty })
    else { return false }
    return lines[first...last].contains { $0.isEmpty }
  }
}
