import Foundation

/// `NAME.html`: the article as a self-contained page with the "Artikel anhören" player, made from the
/// shipped template, with the marks, captions and chapters inline so it works from `file://` too.
struct PlayerPage {
  /// The player's script and style, shared by every page in a folder.
  static let assets = ["vorleser-player.js", "vorleser-player.css"]

  let written: WrittenText
  let title: String
  let names: ReadAlongFiles.Names

  /// The page, from the template, with `marks`, `captions` and `chapters` (file contents) inline.
  func html(marks: String, captions: String, chapters: String) throws -> String {
    let template = try String(contentsOf: try Self.asset("player-page.html"), encoding: .utf8)
    let values: [String: String] = [
      "lang": "de", "title": Self.escaped(title), "article": article(),
      "audio": Self.escaped(names.audio), "marks": Self.escaped(names.marks), "captions": Self.escaped(names.captions),
      "chapters": Self.escaped(names.chapters), "player-js": Self.assets[0], "player-css": Self.assets[1],
      // JSON may write "<" as \u003c, so no "</script>" or "<!--" can end the data early; VTT cannot, so
      // "</" becomes "<\/", which the player undoes.
      "marks-data": marks.replacing("<", with: "\\u003c"), "captions-data": captions.replacing("</", with: "<\\/"),
      "chapters-data": chapters.replacing("</", with: "<\\/"),
    ]
    var page = ""
    var rest = Substring(template)
    while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
      page += rest[..<open.lowerBound]
      let key = String(rest[open.upperBound..<close.lowerBound])
      page += values[key] ?? ""
      rest = rest[close.upperBound...]
    }
    return page + rest
  }

  /// The article's blocks as HTML.
  private func article() -> String {
    written.blocks.map { block in
      let (tag, style): (String, String?) =
        switch block.kind {
        case .kicker: ("p", "vorleser-kicker")
        case .headline: ("h1", nil)
        case .dateline: ("p", "vorleser-dateline")
        case .lead: ("p", "vorleser-lead")
        case .heading: ("h2", nil)
        case .paragraph: ("p", nil)
        }
      let text = Self.escaped(block.text).replacing("\n", with: "<br>\n")
      return "<\(tag)\(style.map { " class=\"\($0)\"" } ?? "")>\(text)</\(tag)>"
    }.joined(separator: "\n")
  }

  /// A shipped player file.
  static func asset(_ name: String) throws -> URL {
    guard let folder = Bundle.module.url(forResource: "Player", withExtension: nil) else {
      throw ReadAlongError.notWritten(path: name, reason: "the player files are not installed")
    }
    return folder.appendingPathComponent(name)
  }

  private static func escaped(_ text: String) -> String {
    text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
      .replacing("\"", with: "&quot;")
  }
}
