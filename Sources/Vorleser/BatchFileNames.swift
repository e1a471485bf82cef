import Articles

/// Names of the files a batch writes into its output folder: `YYYY-MM-DD-slug.wav` from the item's date
/// and title, with `-2`, `-3`, … where names collide. Built only from ASCII letters, digits and hyphens,
/// so nothing a feed says can name a path outside the folder.
public struct BatchFileNames {
  private var taken: Set<String>

  /// Allocates names not in `taken` (names already used in the folder).
  public init(taken: Set<String>) {
    self.taken = taken
  }

  /// Whether `name` is a plain file name of the kind a batch writes (and may therefore replace or prune).
  public static func isOwnName(_ name: String) -> Bool {
    guard !name.isEmpty, name.count <= 200, name.first != "." && name.first != "-",
      name.hasSuffix(".wav") || name.hasSuffix(".chapters.json")
    else { return false }
    return name.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-.".unicodeScalars.contains($0)
    }
      && !name.contains("..")
  }

  /// The chapters sidecar that goes with the audio file `name`.
  public static func chaptersFile(for name: String) -> String {
    String(name.dropLast(".wav".count)) + ".chapters.json"
  }

  /// Marks `name` as used.
  public mutating func claim(_ name: String) {
    taken.insert(name)
  }

  /// A free name for `article`, claimed.
  public mutating func allocate(for article: Article) -> String {
    let base = ArticleFileName.make(for: article)
    let stem = String(base.dropLast(".wav".count))
    var name = base
    var number = 2
    while taken.contains(name) || taken.contains(Self.chaptersFile(for: name)) {
      name = "\(stem)-\(number).wav"
      number += 1
    }
    taken.insert(name)
    return name
  }
}
