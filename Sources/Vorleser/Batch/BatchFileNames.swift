import Articles
import AudioFile

/// Names of the files a batch writes into its output folder: `YYYY-MM-DD-slug.EXT` from the item's date
/// and title, with `-2`, `-3`, … where names collide. Built only from ASCII letters, digits and hyphens,
/// so nothing a feed says can name a path outside the folder.
public struct BatchFileNames {
  /// The suffix of every chapters sidecar.
  static let chaptersSuffix = ".chapters.json"

  private var taken: Set<String>
  private let format: AudioFormat

  /// Allocates names for `format` files not in `taken` (names already used in the folder).
  public init(taken: Set<String>, format: AudioFormat) {
    self.taken = taken
    self.format = format
  }

  /// Whether `name` is a plain file name of the kind a batch writes (and may therefore replace or prune).
  public static func isOwnName(_ name: String) -> Bool {
    guard !name.isEmpty, name.count <= 200, name.first != "." && name.first != "-",
      AudioFormat(fileName: name) != nil || name.hasSuffix(chaptersSuffix)
        || ReadAlongFiles.suffixes.contains(where: name.hasSuffix)
    else { return false }
    return name.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-.".unicodeScalars.contains($0)
    }
      && !name.contains("..")
  }

  /// The chapters sidecar that goes with the audio file `name`.
  public static func chaptersFile(for name: String) -> String {
    stem(of: name) + chaptersSuffix
  }

  /// `name` without its extension.
  static func stem(of name: String) -> String {
    guard let dot = name.lastIndex(of: ".") else { return name }
    return String(name[..<dot])
  }

  /// Marks `name` as used.
  public mutating func claim(_ name: String) {
    taken.insert(name)
  }

  /// A free name for the file stem `stem` (date and slug), claimed; `preferring` names a stem the item
  /// already owns (its audio in another format and its chapters sidecar), which it may keep.
  public mutating func allocate(stem: String, preferring owned: String? = nil) -> String {
    if let owned, !taken.contains(format.fileName(owned)) {
      taken.insert(format.fileName(owned))
      return format.fileName(owned)
    }
    var name = format.fileName(stem)
    var number = 2
    while ([name, Self.chaptersFile(for: name)] + ReadAlongFiles.Names(audio: name).all()).contains(
      where: taken.contains)
    {
      name = format.fileName("\(stem)-\(number)")
      number += 1
    }
    taken.insert(name)
    return name
  }

  /// A free name for `article`, claimed.
  public mutating func allocate(for article: Article) -> String {
    allocate(stem: ArticleFileName.stem(for: article))
  }
}
