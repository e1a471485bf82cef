import Foundation

/// Splits the body lines of a plain-text article into headings and paragraphs.
///
/// Where the body has blank lines, they separate paragraphs and the lines of one paragraph are joined
/// (hard-wrapped text), unless a line ends a sentence. Where it has none, every line is a paragraph.
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
    for line in lines {
      if line.isEmpty {
        finishParagraph()
      } else if let heading = Self.heading(in: line) {
        finishParagraph()
        blocks.append(.heading(heading))
      } else {
        if !separatedByBlankLines || Self.endsSentence(paragraph.last) { finishParagraph() }
        paragraph.append(line)
      }
    }
    finishParagraph()
    self.blocks = blocks
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
