import ArgumentParser
import Articles
import Foundation
import Speech
import Vorleser

/// `vorleser render`: one article in, one chaptered WAV file out.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render one article (plain text or HTML) into a WAV file with chapter markers.",
    discussion: """
      Prints the output path, the duration and the chapter count. Exit codes: 0 ok, 1 rendering \
      failed, 2 bad input or usage.
      """
  )

  @Argument(help: "The article: a plain-text or HTML file, or - for standard input.")
  var article: String

  @Option(
    name: .shortAndLong,
    help: "Output file, or a folder (existing, or ending in /) to name the file from the article.")
  var output: String?

  @OptionGroup var speaking: VoiceOptions

  @OptionGroup var reading: ReadingOptions

  @Option(help: "Author, written to the file's artist tag.")
  var author: String?

  @Option(help: "Publisher, written to the file's artist tag.")
  var publisher: String?

  @Option(help: "The article's web address, written to the file's comment tag.")
  var url: String?

  @Flag(help: "Print the result as JSON.")
  var json = false

  @Flag(help: "Print the spoken text, chapter by chapter, instead of rendering: what espeak-ng will be given.")
  var dryRun = false

  func run() throws {
    let source = article == "-" ? "<stdin>" : article
    let text = try ArticleText.read(from: article)
    var parsed =
      HTMLArticleParser.looksLikeHTML(text)
      ? try HTMLArticleParser().parse(text, source: source) : try PlainTextArticleParser().parse(text, source: source)
    parsed.author = author ?? parsed.author
    parsed.publisher = publisher ?? parsed.publisher
    parsed.sourceURL = url ?? parsed.sourceURL
    let catalog = VoiceCatalog.standard()
    let profile = try speaking.profile(in: catalog)
    let normalizer = try reading.normalizer(voiceFolders: catalog.folders)
    if dryRun {
      let script = SpokenArticle(
        article: parsed, mode: speaking.chapters, pauses: profile.pauses, normalizer: normalizer)
      for chapter in script.chapters {
        print("[\(chapter.title)]")
        for utterance in chapter.utterances { print(utterance.text) }
      }
      return
    }
    let destination = try OutputLocation.resolve(output, for: parsed)
    Interruption.install()
    let renderer = ArticleRenderer(
      synthesizer: try EspeakSynthesizer.shared(), normalizer: normalizer)
    let result = try renderer.render(
      parsed, source: source, to: destination, voice: profile, chapters: speaking.chapters,
      shouldStop: Interruption.shouldStop)
    if json {
      print(try JSONReport.render(result))
    } else {
      print("\(result.path)  \(TimeFormat.clock(result.duration))  \(result.chapters.count) chapters")
    }
  }
}
