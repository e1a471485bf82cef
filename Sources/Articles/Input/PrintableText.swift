extension String {
  /// The text without control characters (NUL, escape, line breaks), for one-line messages about what a
  /// feed says.
  public var withoutControlCharacters: String {
    String(String.UnicodeScalarView(unicodeScalars.filter { $0.properties.generalCategory != .control }))
  }
}
