import Speech

/// Turns the synthesizer's word and sentence events, utterance by utterance, into marks on the written
/// text: each spoken word is traced through the normalizer's alignment back to the written token it says,
/// and the words of one written token ("09.02.2025" → three spoken words) become one mark.
struct SpeechMarkCollector {
  /// A word mark before it is placed in bytes.
  struct Word {
    var time: Int
    var block: Int
    var written: Range<Int>
    var spoken: String
  }

  /// A sentence: its words, when it starts and ends.
  struct Sentence {
    var block: Int
    var words: [Word]
    var time: Int
    var endTime: Int
  }

  let written: WrittenText
  let sampleRate: Int
  private let blockOffsets: [Int]
  private(set) var sentences: [Sentence] = []
  private(set) var chapters: [SpeechMark] = []

  init(written: WrittenText, sampleRate: Int) {
    self.written = written
    self.sampleRate = sampleRate
    blockOffsets = written.blockOffsets
  }

  /// Milliseconds from the start of the file at `sample`.
  func milliseconds(_ sample: Int64) -> Int {
    Int((Double(sample) * 1000 / Double(sampleRate)).rounded())
  }

  /// Adds what `utterance` said: its `events` (offsets into the utterance text, in Unicode scalars) and
  /// the sample where its speech ended.
  mutating func add(_ utterance: SpokenArticle.Utterance, events: [SpeechEvent], speechEnd: Int64) {
    guard let block = utterance.block, !utterance.pieces.isEmpty else { return }
    let spokenScalars = Array(utterance.text.unicodeScalars)
    var current: Sentence?
    var piece = 0
    func close(endingAt sample: Int64) {
      guard var sentence = current, !sentence.words.isEmpty else { return }
      sentence.time = min(sentence.time, sentence.words[0].time)
      sentence.endTime = max(milliseconds(sample), sentence.words[sentence.words.count - 1].time)
      sentences.append(sentence)
    }
    let wordStarts = events.filter { $0.kind == .word }.map(\.textOffset)
    var nextWord = 0
    for event in events {
      switch event.kind {
      case .sentence:
        close(endingAt: event.sample)
        current = Sentence(block: block, words: [], time: milliseconds(event.sample), endTime: 0)
      case .word:
        nextWord += 1
        // The piece the word starts in, or the next one after it (events come in text order).
        while piece < utterance.pieces.count, utterance.pieces[piece].spoken.upperBound <= event.textOffset {
          piece += 1
        }
        guard piece < utterance.pieces.count else { continue }
        // espeak-ng says a hyphenated compound ("Ukraine-Krieg") as one word: the pieces glued to it that
        // no other word starts in belong to it, but not the punctuation after it.
        let following = nextWord < wordStarts.count ? wordStarts[nextWord] : Int.max
        var last = piece
        func glued(_ index: Int) -> Bool {
          guard index < utterance.pieces.count else { return false }
          let next = utterance.pieces[index].spoken
          return next.lowerBound == utterance.pieces[index - 1].spoken.upperBound && next.upperBound <= following
        }
        func said(_ index: Int) -> ArraySlice<Unicode.Scalar> {
          let range = utterance.pieces[index].spoken
          return spokenScalars[min(range.lowerBound, spokenScalars.count)..<min(range.upperBound, spokenScalars.count)]
        }
        let isWord: (Unicode.Scalar) -> Bool = { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        while glued(last + 1) {
          if said(last + 1).contains(where: isWord) {
            last += 1
          } else if said(last + 1).allSatisfy({ "-‐‑/'’".unicodeScalars.contains($0) }), glued(last + 2),
            said(last + 2).contains(where: isWord)
          {
            last += 2
          } else {
            break
          }
        }
        let written = utterance.pieces[piece].written.lowerBound..<utterance.pieces[last].written.upperBound
        if current == nil { current = Sentence(block: block, words: [], time: milliseconds(event.sample), endTime: 0) }
        if let previous = current?.words.last ?? sentences.last?.words.last, previous.block == block,
          written.lowerBound < previous.written.upperBound
        {
          continue
        }
        let lower = min(utterance.pieces[piece].spoken.lowerBound, spokenScalars.count)
        let upper = min(utterance.pieces[last].spoken.upperBound, spokenScalars.count)
        current?.words.append(
          Word(
            time: milliseconds(event.sample), block: block, written: written,
            spoken: String(String.UnicodeScalarView(spokenScalars[lower..<upper]))))
      }
    }
    close(endingAt: speechEnd)
  }

  /// Adds a chapter heard from `start` to `end` (samples) that says blocks `blocks` of the text.
  mutating func addChapter(title: String, blocks: ClosedRange<Int>, start: Int64, end: Int64) {
    let last = written.blocks[blocks.upperBound].text.utf8.count
    chapters.append(
      SpeechMark(
        time: milliseconds(start), type: .chapter, start: blockOffsets[blocks.lowerBound],
        end: blockOffsets[blocks.upperBound] + last, value: title, endTime: milliseconds(end)))
  }

  /// Every mark, in the order of their times (a chapter before its sentence before its word).
  func marks() -> [SpeechMark] {
    var marks = chapters
    var block = BlockText(written: written, block: -1)
    for sentence in sentences {
      if block.index != sentence.block { block = BlockText(written: written, block: sentence.block) }
      let base = blockOffsets[sentence.block]
      let first = sentence.words[0]
      let whole =
        first.written.lowerBound..<block.endOfSentence(after: sentence.words[sentence.words.count - 1].written)
      let bytes = block.bytes(whole)
      marks.append(
        SpeechMark(
          time: sentence.time, type: .sentence, start: base + bytes.lowerBound, end: base + bytes.upperBound,
          value: block.text(bytes), endTime: sentence.endTime))
      for word in sentence.words {
        let bytes = block.bytes(word.written)
        marks.append(
          SpeechMark(
            time: word.time, type: .word, start: base + bytes.lowerBound, end: base + bytes.upperBound,
            value: block.text(bytes), spoken: word.spoken))
      }
    }
    return marks.enumerated().sorted {
      ($0.element.time, $0.element.rank, $0.offset) < ($1.element.time, $1.element.rank, $1.offset)
    }.map(\.element)
  }
}

/// One block's scalars and their UTF-8 offsets, computed once per block.
struct BlockText {
  let index: Int
  let scalars: [Unicode.Scalar]
  private let utf8: [UInt8]
  private let offsets: [Int]

  init(written: WrittenText, block index: Int) {
    self.index = index
    let text = written.blocks.indices.contains(index) ? written.blocks[index].text : ""
    scalars = Array(text.unicodeScalars)
    utf8 = Array(text.utf8)
    var offsets = [0]
    for scalar in scalars { offsets.append(offsets[offsets.count - 1] + UTF8.width(scalar)) }
    self.offsets = offsets
  }

  /// The UTF-8 offsets of scalars `range`.
  func bytes(_ range: Range<Int>) -> Range<Int> {
    let last = offsets.count - 1
    return offsets[min(range.lowerBound, last)]..<offsets[min(range.upperBound, last)]
  }

  /// The text of the bytes `range`.
  func text(_ range: Range<Int>) -> String {
    String(decoding: utf8[range], as: UTF8.self)
  }

  /// Where a sentence ending in the word `last` ends: after the word and the punctuation that follows it.
  func endOfSentence(after last: Range<Int>) -> Int {
    var end = min(last.upperBound, scalars.count)
    while end < scalars.count, !scalars[end].properties.isWhitespace, !scalars[end].properties.isAlphabetic,
      !("0"..."9").contains(scalars[end])
    {
      end += 1
    }
    return end
  }
}
