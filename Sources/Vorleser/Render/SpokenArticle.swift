import Articles
import Failures
import GermanNormalizer
import Speech

/// An article as it will be spoken: chapters of normalized utterances, each followed by a pause.
public struct SpokenArticle: Sendable, Equatable, Codable {
  /// A chapter: its title as written, and what is said in it.
  public struct Chapter: Sendable, Equatable, Codable {
    /// The title players show; never normalized.
    public var title: String
    /// What is said, in order.
    public var utterances: [Utterance]
  }

  /// One call to the synthesizer and the silence after it.
  public struct Utterance: Sendable, Equatable, Codable {
    /// The normalized text.
    public var text: String
    /// Silence after it, in milliseconds.
    public var pauseAfter: Int
    /// The block of `written` it says, if any.
    public var block: Int? = nil
    /// Which written characters each piece of `text` says (for speech marks).
    public var pieces: [Piece] = []
    /// The language of a passage in another language, said as written with that language's voice.
    public var language: String? = nil
  }

  /// A piece of an utterance and the written characters it says, both in Unicode scalars from the start of
  /// the utterance and of its block.
  public struct Piece: Sendable, Equatable, Codable {
    /// Where it is in the utterance.
    public var spoken: Range<Int>
    /// What it says in the block.
    public var written: Range<Int>
  }

  /// The chapters in reading order.
  public private(set) var chapters: [Chapter] = []
  /// The text as written, which the utterances' pieces point into.
  public private(set) var written = WrittenText()

  /// The spoken form of `article`, cut into chapters by `mode`, with `pauses` between the parts; its
  /// passages in one of `languages` (the engine's other voices) are said in that language.
  public init(
    article: Article, mode: ChapterMode, pauses: VoiceProfile.Pauses, normalizer: GermanNormalizer = .init(),
    languages: Set<String> = []
  ) {
    var titleBlock: [Utterance] = []
    var written = WrittenText()
    let foreign = ForeignSegments(passages: article.foreignPassages, languages: languages)
    func say(_ text: String?, as kind: WrittenText.Kind, pause: Int, into utterances: inout [Utterance]) {
      guard let text else { return }
      let block = written.append(kind, text)
      var said: [Utterance] = []
      for segment in foreign.segments(of: text) {
        if let language = segment.language {
          said.append(
            Utterance(
              text: segment.text, pauseAfter: 0, block: block, pieces: ForeignSegments.wordPieces(segment),
              language: language))
          continue
        }
        let normalized = normalizer.normalizeDetailed(segment.text)
        guard !normalized.spoken.isEmpty else { continue }
        let pieces = normalized.alignment.map {
          Piece(
            spoken: $0.output, written: ($0.input.lowerBound + segment.start)..<($0.input.upperBound + segment.start))
        }
        said.append(Utterance(text: normalized.spoken, pauseAfter: 0, block: block, pieces: pieces))
      }
      guard !said.isEmpty else { return }
      said[said.count - 1].pauseAfter = pause
      utterances += said
    }
    say(article.kicker, as: .kicker, pause: pauses.betweenParagraphs, into: &titleBlock)
    say(article.headline, as: .headline, pause: pauses.afterHeadline, into: &titleBlock)
    if let dateline = article.dateline {
      let spoken = normalizer.verbalize(dateline)
      let shown = dateline.shown
      titleBlock.append(
        Utterance(
          text: spoken, pauseAfter: pauses.afterHeadline, block: written.append(.dateline, shown),
          pieces: Self.pieces(saying: shown, as: spoken)))
    }
    append(ChapterTitle.titleBlock, titleBlock)

    var lead: [Utterance] = []
    say(article.lead, as: .lead, pause: pauses.betweenSections, into: &lead)
    append(ChapterTitle.lead, lead)

    let perSection = mode == .sections && article.hasHeadings
    for section in article.sections {
      var utterances: [Utterance] = []
      var title = section.heading
      say(section.heading, as: .heading, pause: pauses.betweenParagraphs, into: &utterances)
      for (index, paragraph) in section.paragraphs.enumerated() {
        let isLast = index == section.paragraphs.count - 1
        say(
          paragraph, as: .paragraph, pause: isLast ? pauses.betweenSections : pauses.betweenParagraphs,
          into: &utterances)
        if !perSection {
          append(title ?? ChapterTitle.firstWords(of: paragraph), utterances)
          utterances = []
          title = nil
        }
      }
      append(title ?? section.paragraphs.first.map { ChapterTitle.firstWords(of: $0) } ?? "", utterances)
    }
    if let last = chapters.indices.last, let lastUtterance = chapters[last].utterances.indices.last {
      chapters[last].utterances[lastUtterance].pauseAfter = 0
    }
    self.written = written
  }

  /// Puts `intro` before the article and `outro` after it, each a chapter of its own ("Einleitung",
  /// "Abspann") that the speech marks leave out, as it is not part of the written text.
  public mutating func frame(intro: String?, outro: String?, pauses: VoiceProfile.Pauses, normalizer: GermanNormalizer)
  {
    func chapter(_ title: String, _ text: String?) -> Chapter? {
      guard let spoken = text.map(normalizer.normalize), !spoken.isEmpty else { return nil }
      return Chapter(title: title, utterances: [Utterance(text: spoken, pauseAfter: pauses.betweenSections)])
    }
    if let intro = chapter(ChapterTitle.intro, intro) { chapters.insert(intro, at: 0) }
    if let outro = chapter(ChapterTitle.outro, outro) {
      if let last = chapters.indices.last, let utterance = chapters[last].utterances.indices.last {
        chapters[last].utterances[utterance].pauseAfter = pauses.betweenSections
      }
      var closing = outro
      closing.utterances[0].pauseAfter = 0
      chapters.append(closing)
    }
  }

  /// The pieces of a dateline: its parts between commas ("09.02.2025" / "07:30 Uhr") when the spoken form
  /// has as many, else the whole line as one piece.
  static func pieces(saying written: String, as spoken: String) -> [Piece] {
    func parts(_ text: String) -> [Range<Int>] {
      let scalars = Array(text.unicodeScalars)
      var ranges: [Range<Int>] = []
      var start = 0
      for index in 0...scalars.count where index == scalars.count || scalars[index] == "," {
        var lower = start
        while lower < index, scalars[lower] == " " { lower += 1 }
        ranges.append(lower..<index)
        start = index + 1
      }
      return ranges
    }
    let shown = parts(written)
    let said = parts(spoken)
    guard shown.count == said.count else {
      return [Piece(spoken: 0..<spoken.unicodeScalars.count, written: 0..<written.unicodeScalars.count)]
    }
    return zip(said, shown).map { Piece(spoken: $0, written: $1) }
  }

  private mutating func append(_ title: String, _ utterances: [Utterance]) {
    if !utterances.isEmpty { chapters.append(Chapter(title: title.printable, utterances: utterances)) }
  }
}
