import AudioFile
import Foundation

/// The read-along files beside one audio file: speech marks, captions, chapters track, JSON transcript
/// and, when asked, the player page with its script and style.
public enum ReadAlongFiles {
  /// The names that go with one audio file.
  public struct Names: Sendable, Equatable {
    public var audio: String
    public var marks: String
    public var captions: String
    public var chapters: String
    public var transcript: String
    public var page: String

    /// The names for the audio file `audio` (`NAME.mp3` → `NAME.marks.json`, `NAME.vtt`, …).
    public init(audio: String) {
      self.audio = audio
      let stem = BatchFileNames.stem(of: audio)
      marks = stem + ReadAlongFiles.marksSuffix
      captions = stem + ".vtt"
      chapters = stem + ".chapters.vtt"
      transcript = stem + ".transcript.json"
      page = stem + ".html"
    }

    /// Every name but the audio's, the page's only with the player.
    public func all(player: Bool = true) -> [String] {
      [marks, captions, chapters, transcript] + (player ? [page] : [])
    }
  }

  /// The suffix of the speech marks file.
  public static let marksSuffix = ".marks.json"
  /// The endings of every read-along file's name.
  public static let suffixes = [marksSuffix, ".vtt", ".transcript.json", ".html"]

  /// Writes the files for the audio at `audio` from what `collector` gathered; returns their names.
  static func write(
    _ collector: SpeechMarkCollector, audio: URL, duration: Int, tags: AudioTags, options: ReadAlongOptions
  ) throws -> [String] {
    let folder = audio.deletingLastPathComponent()
    let names = Names(audio: audio.lastPathComponent)
    let written = collector.written
    let offsets = written.blockOffsets
    let header = SpeechMarksFile.Header(
      end: written.text.utf8.count, value: written.text, audio: names.audio, duration: duration, title: tags.title,
      artist: tags.artist, image: options.image,
      blocks: zip(written.blocks, offsets).map { .init(kind: $0.kind, start: $1, end: $1 + $0.text.utf8.count) })
    let marks = collector.marks()
    let cues = CaptionCutter(collector: collector).cues()
    let marksData = try SpeechMarksFile(header: header, marks: marks).encoded()
    let captions = WebVTT.captions(cues)
    let chapters = WebVTT.chapters(marks.filter { $0.type == .chapter })
    var files: [(String, Data)] = [
      (names.marks, marksData), (names.captions, Data(captions.utf8)), (names.chapters, Data(chapters.utf8)),
      (names.transcript, try PodcastTranscript(cues: cues).encoded()),
    ]
    if options.player {
      let page = PlayerPage(written: written, title: tags.title ?? names.audio, names: names)
      let html = try page.html(
        marks: String(decoding: marksData, as: UTF8.self), captions: captions, chapters: chapters)
      files.append((names.page, Data(html.utf8)))
      for asset in PlayerPage.assets { files.append((asset, try Data(contentsOf: try PlayerPage.asset(asset)))) }
    }
    for (name, data) in files {
      let url = folder.appendingPathComponent(name)
      do {
        try AtomicFile.write(data, to: url)
      } catch {
        throw ReadAlongError.notWritten(path: url.path, reason: "\(error)")
      }
    }
    return names.all(player: options.player)
  }
}
