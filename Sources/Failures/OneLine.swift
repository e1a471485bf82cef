import Foundation

extension Error {
  /// The error as one line for a message: a Vorleser error's own description, else Foundation's
  /// localized description (never a dump of an NSError's user info), first line only.
  public var oneLine: String {
    let text = (self as? ClassifiedError)?.description ?? (self as NSError).localizedDescription
    return text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
  }
}

extension String {
  /// The text without control characters (NUL, escape, line breaks) and without the invisible
  /// direction marks and overrides (U+200E, U+200F, U+202A…U+202E, U+2066…U+2069, U+061C) that could
  /// disguise a file name or a message: what a feed says, made safe for a terminal, a log and a tag.
  public var printable: String {
    guard unicodeScalars.contains(where: Self.isUnprintable) else { return self }
    return String(String.UnicodeScalarView(unicodeScalars.filter { !Self.isUnprintable($0) }))
  }

  private static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
    default: scalar.properties.generalCategory == .control
    }
  }
}
