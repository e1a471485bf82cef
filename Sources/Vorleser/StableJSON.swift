import Foundation

extension JSONEncoder {
  /// Indented JSON with sorted keys and plain slashes: the same value always gives the same bytes, so
  /// files written again unchanged stay byte-identical and diff well.
  public static var stable: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }
}
