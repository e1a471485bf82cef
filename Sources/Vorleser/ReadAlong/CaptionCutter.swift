/// Cuts sentences into captions: a sentence that fits two lines and seven seconds is one cue; a longer one
/// is split, at a clause boundary (comma, semicolon, colon, dash, bracket) nearest its middle where there
/// is one, else at the word boundary nearest its middle, until every part fits.
struct CaptionCutter {
  let collector: SpeechMarkCollector

  /// The cues of every sentence, in order.
  func cues() -> [CaptionCue] {
    var cues: [CaptionCue] = []
    var block = BlockText(written: collector.written, block: -1)
    for sentence in collector.sentences {
      if block.index != sentence.block { block = BlockText(written: collector.written, block: sentence.block) }
      let end = block.endOfSentence(after: sentence.words[sentence.words.count - 1].written)
      let cutter = SentenceCut(sentence: sentence, text: block.scalars, end: end)
      cues += cutter.cues(sentence.words.indices)
    }
    // A cue ends where the next begins at the latest.
    for index in cues.indices.dropLast() where cues[index].end > cues[index + 1].start {
      cues[index].end = max(cues[index].start, cues[index + 1].start)
    }
    return cues
  }
}

/// One sentence being cut.
private struct SentenceCut {
  let sentence: SpeechMarkCollector.Sentence
  let text: [Unicode.Scalar]
  let end: Int

  private static let clauseMarks: Set<Unicode.Scalar> = [",", ";", ":", "–", "—", "(", ")"]

  func cues(_ words: Range<Int>) -> [CaptionCue] {
    let start = sentence.words[words.lowerBound].time
    let finish = words.upperBound < sentence.words.count ? sentence.words[words.upperBound].time : sentence.endTime
    let lines = CaptionCue.lines(of: written(words))
    if words.count == 1 || (lines.count <= CaptionCue.maxLines && finish - start <= CaptionCue.maxDuration) {
      return [CaptionCue(start: start, end: max(finish, start), lines: lines)]
    }
    let cut = cutPoint(words)
    return cues(words.lowerBound..<cut) + cues(cut..<words.upperBound)
  }

  /// The written text of `words`, with the punctuation after the last one, on one line.
  private func written(_ words: Range<Int>) -> String {
    let lower = sentence.words[words.lowerBound].written.lowerBound
    let upper =
      words.upperBound < sentence.words.count ? sentence.words[words.upperBound].written.lowerBound : end
    let scalars = text[min(lower, text.count)..<min(max(upper, lower), text.count)]
    let string = String(String.UnicodeScalarView(scalars))
    return string.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Where to cut `words` (the index of the first word of the second part).
  private func cutPoint(_ words: Range<Int>) -> Int {
    let candidates = (words.lowerBound + 1)..<words.upperBound
    let first = sentence.words[words.lowerBound].written.lowerBound
    let middle = Double(first + sentence.words[words.upperBound - 1].written.upperBound) / 2
    func distance(_ index: Int) -> Double { abs(Double(sentence.words[index].written.lowerBound) - middle) }
    let clauses = candidates.filter { index in
      let gap = sentence.words[index - 1].written.upperBound..<sentence.words[index].written.lowerBound
      return text[min(gap.lowerBound, text.count)..<min(max(gap.upperBound, gap.lowerBound), text.count)]
        .contains { Self.clauseMarks.contains($0) }
    }
    // A clause boundary wins unless it would leave a part of a word or two.
    let balanced = clauses.filter { $0 - words.lowerBound >= 2 && words.upperBound - $0 >= 2 }
    return (balanced.isEmpty ? Array(candidates) : balanced).min { distance($0) < distance($1) }!
  }
}
