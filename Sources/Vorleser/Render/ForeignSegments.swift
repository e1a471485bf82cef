import Articles
import Foundation
import Speech

/// Splits a block of text at the passages a page marks as another language (`lang="en"`) that the engine
/// has a voice for: those are said as written in that voice, the rest is normalized German.
struct ForeignSegments {
  /// A part of a block: its text, where it starts (in Unicode scalars), and its language when not German.
  struct Segment {
    var text: String
    var start: Int
    var language: String?
  }

  private let passages: [(text: String, language: String)]

  /// The passages of `passages` in one of `languages` ("en-GB" is said with "en-gb", else "en").
  init(passages: [ForeignPassage], languages: Set<String>) {
    self.passages = passages.compactMap { passage in
      let code = passage.language.lowercased()
      let primary = String(code.prefix { $0 != "-" && $0 != "_" })
      let text = passage.text.trimmingCharacters(in: .whitespacesAndNewlines)
      guard text.contains(where: \.isLetter), primary != "de" else { return nil }
      if languages.contains(code) { return (text, code) }
      return languages.contains(primary) ? (text, primary) : nil
    }
  }

  /// The segments of `text`, in order; the whole text as German when it holds no passage.
  func segments(of text: String) -> [Segment] {
    var segments: [Segment] = []
    var rest = text.startIndex
    var scalars = 0
    func german(upTo end: String.Index) {
      guard rest < end else { return }
      let part = String(text[rest..<end])
      segments.append(Segment(text: part, start: scalars, language: nil))
      scalars += part.unicodeScalars.count
      rest = end
    }
    while let (range, language) = nextPassage(in: text, from: rest) {
      german(upTo: range.lowerBound)
      let part = String(text[range])
      segments.append(Segment(text: part, start: scalars, language: language))
      scalars += part.unicodeScalars.count
      rest = range.upperBound
    }
    german(upTo: text.endIndex)
    return segments
  }

  private func nextPassage(in text: String, from start: String.Index) -> (Range<String.Index>, String)? {
    guard !passages.isEmpty else { return nil }
    return passages.compactMap { passage in
      text.range(of: passage.text, range: start..<text.endIndex).map { ($0, passage.language) }
    }.min { $0.0.lowerBound < $1.0.lowerBound }
  }

  /// One piece per word of a passage said as written, so each written word gets its speech mark.
  static func wordPieces(_ segment: Segment) -> [SpokenArticle.Piece] {
    var pieces: [SpokenArticle.Piece] = []
    var wordStart: Int?
    for (offset, scalar) in segment.text.unicodeScalars.enumerated() {
      if scalar.properties.isWhitespace {
        if let start = wordStart { pieces.append(piece(start, offset, segment.start)) }
        wordStart = nil
      } else if wordStart == nil {
        wordStart = offset
      }
    }
    if let start = wordStart { pieces.append(piece(start, segment.text.unicodeScalars.count, segment.start)) }
    return pieces
  }

  private static func piece(_ start: Int, _ end: Int, _ base: Int) -> SpokenArticle.Piece {
    SpokenArticle.Piece(spoken: start..<end, written: (base + start)..<(base + end))
  }
}

extension VoiceProfile {
  /// This profile with espeak-ng's voice for `language` ("en"): the same pace, pitch and pauses.
  func speaking(_ language: String) -> VoiceProfile {
    var profile = self
    profile.name = "\(name)-\(language)"
    profile.espeakVoice = language
    return profile
  }
}
