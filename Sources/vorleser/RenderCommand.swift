import ArgumentParser
import Foundation
import Vorleser

/// `vorleser render`: one article in, one chaptered audio file out.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render one article (plain text or HTML) into an MP3, Opus or WAV file with chapter markers.",
    discussion: """
      Prints the output path, the duration and the chapter count. Exit codes: 0 ok, 1 rendering \
      failed, 2 bad input or usage, 130 interrupted.
      """
  )

  @Argument(help: "The article: a plain-text or HTML file, or - for standard input.")
  var article: String

  @Option(
    name: .shortAndLong,
    help: "Output file, or a folder (existing, or ending in /) to name the file from the article.")
  var output: String?

  @OptionGroup var speaking: VoiceOptions

  @OptionGroup var encoding: EncodingOptions

  @OptionGroup var reading: ReadingOptions

  @OptionGroup var page: PageOptions

  @OptionGroup var readAlong: ReadAlongArguments

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

  /// The format: `--format`, or the extension of the `-o` file, or MP3.
  private var format: AudioFormat {
    get throws {
      guard let output, !output.hasSuffix("/"), let dot = output.lastIndex(of: "."),
        output[dot...].contains(where: { $0 != "." }), !output[dot...].contains("/")
      else { return encoding.format ?? .standard }
      let named = String(output[output.index(after: dot)...])
      guard let byName = AudioFormat(fileExtension: named) else {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), isFolder.boolValue {
          return encoding.format ?? .standard
        }
        throw FailureReport(
          message: "-o \(output): .\(named) is not an audio file extension (use .mp3, .opus or .wav)", kind: .badInput)
      }
      if let asked = encoding.format, asked != byName {
        throw FailureReport(
          message: "-o \(output) names a .\(named) file, but --format says \(asked.rawValue)", kind: .badInput)
      }
      return byName
    }
  }

  func run() throws {
    var request = RenderRequest(article: article)
    request.output = output
    request.format = try format
    try encoding.validate(for: request.format)
    request.encoding = encoding.encoding
    request.budget = try encoding.budget
    request.voice = speaking.voice ?? request.voice
    request.adjustment = speaking.adjustment
    request.chapters = speaking.chapters ?? request.chapters
    request.reading = page.applied(to: reading.settings)
    request.readAlong = readAlong.options
    request.author = author
    request.publisher = publisher
    request.url = url
    if dryRun {
      for chapter in try ArticleRendering.script(request).chapters {
        print("[\(chapter.title)]")
        for utterance in chapter.utterances { print((utterance.language.map { "[\($0)] " } ?? "") + utterance.text) }
      }
      return
    }
    let result = try ArticleRendering.render(request, cancellation: .handlingSignals())
    if json {
      print(try JSONReport.render(result))
    } else {
      print("\(result.path)  \(TimeFormat.clock(result.duration))  \(result.chapters.count) chapters")
    }
  }
}
