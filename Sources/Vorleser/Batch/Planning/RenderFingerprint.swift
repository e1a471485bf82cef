import Articles
import AudioFile
import Foundation
import Speech

/// Fingerprints that let a batch re-run skip work. `audio` covers everything that decides an article's
/// audio file: the spoken text with its pauses and chapter titles, the tags, the format, the voice, and the
/// versions of Vorleser and espeak-ng; equal fingerprints mean the file would come out the same. `source` covers a
/// feed item as written plus every setting that decides how it is read; when it is unchanged, even
/// normalizing the text again can be skipped.
public struct RenderFingerprint: Sendable {
  private let settings: String

  /// Fingerprints for renders into `format` encoded as `encoding`, with `voice`, chapters by `mode`, text read as `reading` (the
  /// normalizer's settings and lexicons, see `ReadingConfiguration`) and espeak-ng version `engine`.
  public init(
    format: AudioFormat, encoding: AudioEncoding, voice: VoiceProfile, mode: ChapterMode, reading: String,
    engine: String
  ) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    // Encoding a struct of strings and numbers cannot fail.
    func json(_ value: some Encodable) -> String {
      (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
    var digest = SHA256Digest()
    for part in [VorleserVersion.current, engine, format.rawValue, json(encoding), json(voice), mode.rawValue, reading]
    {
      digest.add(part)
    }
    settings = digest.finish()
  }

  /// The fingerprint of the audio for `script` tagged with `tags`.
  public func audio(script: SpokenArticle, tags: AudioTags) -> String {
    var digest = SHA256Digest()
    digest.add(settings)
    for chapter in script.chapters {
      digest.add(chapter.title)
      digest.add(chapter.utterances.count)
      for utterance in chapter.utterances {
        digest.add(utterance.text)
        digest.add(utterance.pauseAfter)
        digest.add(utterance.language)
      }
    }
    for tag in [tags.title, tags.artist, tags.album, tags.date, tags.comment, tags.software] { digest.add(tag) }
    // The speech marks point into the written text: a change there is a change of the item's files.
    for block in script.written.blocks { digest.add(block.text) }
    return digest.finish()
  }

  /// The fingerprint of `item` as the feed wrote it, published by `publisher`.
  public func source(of item: FeedItem, publisher: String?) -> String {
    var digest = SHA256Digest()
    digest.add(settings)
    for field in [item.guid, item.title, item.link, item.published?.original, publisher] { digest.add(field) }
    for list in [item.authors, item.categories] {
      digest.add(list.count)
      for entry in list { digest.add(entry) }
    }
    for content in [item.summary, item.content] {
      switch content {
      case .html(let text)?: digest.add("html:" + text)
      case .text(let text)?: digest.add("text:" + text)
      case nil: digest.add(nil as String?)
      }
    }
    return digest.finish()
  }
}
