import Foundation

/// Takes the page furniture out of text copied from a news page, line by line, and notes what its meta
/// lines say (authors, date). Furniture: web-page phrases and patterns, agency credits, bylines and meta
/// lines, info lines joined by "·", bare author names; a teaser label with the titles after it, a
/// promotion box ending in a call to action with the lines above it, an embedded post with its
/// attribution, a caption with its credit line. Blank lines stay: they mark the blocks.
struct CopiedTextFurniture {
  let leftovers: WebLeftovers
  let furniture: PageFurniture
  let agencies: AgencyCredits
  let datelines: DatelineParser

  /// Lines a promotion box, teaser list or caption may take above or below its marker line.
  private static let boxLines = 3

  nonisolated(unsafe) private static let infoSeparator = #/\s[·•|]\s/#
  nonisolated(unsafe) private static let credit = #/^(?i:foto|fotos|bild|bilder)\s?:/#
  nonisolated(unsafe) private static let attribution = #/^[—–-]\s*.{1,80}\(@[\w]{1,30}\)/#

  /// `lines` without furniture, and what the meta lines said.
  func clean(_ lines: [String]) -> (lines: [String], meta: MetaLine) {
    var keep = lines.map { _ in true }
    var meta = MetaLine()
    // Blocks exist where a blank line stands between lines of text (not merely at the end).
    let hasBlocks =
      lines.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.contains(where: \.isEmpty)
    // First the lines that are furniture by themselves; meta lines give the tags.
    var marked: [Int] = []
    for index in lines.indices where !lines[index].isEmpty {
      let line = lines[index]
      if let found = MetaLine.parse(line, datelines: datelines) {
        keep[index] = false
        var authors = found.authors
        // A bare name right before a date: "Timo Schreiber" / "14.11.2024 11:02 Uhr".
        if authors.isEmpty, index > 0, Byline.isFullName(lines[index - 1]) { authors = [lines[index - 1]] }
        if meta.authors.isEmpty { meta.authors = authors }
        meta.dateline = meta.dateline ?? found.dateline
      } else if leftovers.matches(line) || furniture.matches(line) || agencies.isCredit(line) {
        keep[index] = false
        marked.append(index)
      } else if isInfoLine(line) {
        keep[index] = false
      }
    }
    // An author box below the article: a bare name over the author's bio (dropped as furniture above, or
    // starting with the name). Only below the title block, where kickers ("Oberliga Nord") stand.
    let bodyStart = lines.indices.first { keep[$0] && isParagraph(lines[$0]) } ?? lines.count
    for index in lines.indices where index > bodyStart && keep[index] && Byline.isFullName(lines[index]) {
      guard let next = lines.indices.first(where: { $0 > index && !lines[$0].isEmpty }) else { continue }
      if !keep[next] || lines[next].hasPrefix(lines[index]) { keep[index] = false }
    }
    // Then what goes with the marked lines: teasers under their label, a box's title lines above its call
    // to action, a section under its label, an embedded post above its attribution, a caption above its
    // photo credit.
    for index in marked {
      let line = lines[index]
      if furniture.isTeaserLabel(line), line.count <= 40 {
        var next = index + 1
        while next < lines.count, next <= index + 8, isTitleLike(lines[next]),
          !(next + 1 < lines.count && isParagraph(lines[next + 1]))
        {
          keep[next] = false
          next += 1
        }
      }
      if hasBlocks, furniture.isSectionLabel(line) {
        var start = index + 1
        if line.hasSuffix(":"), start < lines.count, lines[start].isEmpty { start += 1 }
        let end = lines[start...].firstIndex(where: \.isEmpty) ?? lines.count
        if end > start, end - start <= Self.boxLines + 3 {
          for next in start..<end { keep[next] = false }
        }
      }
      if index > bodyStart, furniture.endsBox(line) {
        dropLinesAbove(index, in: lines, keep: &keep) { !endsSentence($0) }
      }
      if line.prefixMatch(of: Self.attribution) != nil, index > 0, !lines[index - 1].isEmpty {
        keep[index - 1] = false
      }
      if hasBlocks, line.prefixMatch(of: Self.credit) != nil, index > 0, !lines[index - 1].isEmpty,
        lines[index - 1].count <= 200
      {
        keep[index - 1] = false
      }
    }
    return (lines.indices.filter { keep[$0] }.map { lines[$0] }, meta)
  }

  /// Drops up to `boxLines` kept lines right above `index` (passing over dropped ones, stopping at a blank
  /// line) while `belongs` says so.
  private func dropLinesAbove(_ index: Int, in lines: [String], keep: inout [Bool], belongs: (String) -> Bool) {
    var above = index - 1
    var dropped = 0
    while above >= 0, dropped < Self.boxLines, !lines[above].isEmpty {
      if keep[above] {
        guard belongs(lines[above]) else { return }
        keep[above] = false
        dropped += 1
      }
      above -= 1
    }
  }

  /// A line of short facts joined by "·" or "|" ("Endstand · Halbzeit 2:1 · Zuschauer: 2.350").
  private func isInfoLine(_ line: String) -> Bool {
    guard line.count <= 160 else { return false }
    let parts = line.split(separator: Self.infoSeparator)
    return parts.count >= 3 && !parts.contains { endsSentence(String($0)) }
  }

  /// Whether `line` is a paragraph of the body: a long one, or sentences of some length.
  func isParagraph(_ line: String) -> Bool {
    line.count > 150 || (line.count >= 80 && endsSentence(line))
  }

  func isTitleLike(_ line: String) -> Bool {
    !line.isEmpty && line.count <= 150 && !(line.last.map { ".,:;".contains($0) } ?? false)
  }

  func endsSentence(_ line: String) -> Bool {
    line.last.map { ".!?\u{201C}\u{201D}\"\u{00AB}\u{00BB}".contains($0) } ?? false
  }
}
