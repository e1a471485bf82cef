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
  }

  /// The chapters in reading order.
  public private(set) var chapters: [Chapter] = []

  /// The spoken form of `article`, cut into chapters by `mode`, with `pauses` between the parts.
  public init(
    article: Article, mode: ChapterMode, pauses: VoiceProfile.Pauses, normalizer: GermanNormalizer = .init()
  ) {
    var titleBlock: [Utterance] = []
    func say(_ text: String?, pause: Int, into utterances: inout [Utterance]) {
      guard let text else { return }
      let spoken = normalizer.normalize(text)
      if !spoken.isEmpty { utterances.append(Utterance(text: spoken, pauseAfter: pause)) }
    }
    say(article.kicker, pause: pauses.betweenParagraphs, into: &titleBlock)
    say(article.headline, pause: pauses.afterHeadline, into: &titleBlock)
    if let dateline = article.dateline {
      titleBlock.append(Utterance(text: normalizer.verbalize(dateline), pauseAfter: pauses.afterHeadline))
    }
    append(ChapterTitle.titleBlock, titleBlock)

    var lead: [Utterance] = []
    say(article.lead, pause: pauses.betweenSections, into: &lead)
    append(ChapterTitle.lead, lead)

    let perSection = mode == .sections && article.hasHeadings
    for section in article.sections {
      var utterances: [Utterance] = []
      var title = section.heading
      say(section.heading, pause: pauses.betweenParagraphs, into: &utterances)
      for (index, paragraph) in section.paragraphs.enumerated() {
        let isLast = index == section.paragraphs.count - 1
        say(paragraph, pause: isLast ? pauses.betweenSections : pauses.betweenParagraphs, into: &utterances)
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
  }

  private mutating func append(_ title: String, _ utterances: [Utterance]) {
    if !utterances.isEmpty { chapters.append(Chapter(title: title.printable, utterances: utterances)) }
  }
}
