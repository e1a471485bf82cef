import CLibXML2
import Foundation

/// Makes a feed's bytes what FoundationXML's parser reads right, before it sees them:
///
/// - Encodings: the feed is decoded here — Latin-1 and Windows-1252 as declared, everything else as UTF-8 with stray bytes as U+FFFD (a feed that is not mostly UTF-8 as
///   Windows-1252) — and handed on as UTF-8 with its declaration saying so. One Latin-1 byte no longer
///   rejects the whole feed, and no odd declaration reaches FoundationXML (which crashed on some).
/// - Entities: XMLParser drops what an internal DTD declares and, behind a DOCTYPE with an external
///   subset (RSS 0.91's Netscape DTD), every HTML entity — silently ("M&auml;nner" → "Mnner"). Internal
///   general entities are expanded here, within bounds (an entity bomb is refused), and HTML's named
///   entities written as numeric references, outside CDATA sections. External entities are never loaded.
enum XMLPreparation {
  /// The most an internal entity may nest, and the most text their expansions may add in all.
  static let entityDepth = 8
  static let expansionBudget = 10 * 1024 * 1024

  nonisolated(unsafe) private static let reference = #/&([A-Za-z_][A-Za-z0-9._-]{0,31});/#
  nonisolated(unsafe) private static let declaration =
    #/<!ENTITY\s+([A-Za-z_][A-Za-z0-9._-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/#
  private static let xmlNames: Set<Substring> = ["amp", "lt", "gt", "quot", "apos"]

  /// The feed in `data`, prepared.
  static func prepared(_ data: Data, source: String) throws(FeedError) -> Data {
    guard let text = decoded(data) else {
      throw .notAFeed(source: source, reason: "neither UTF-8 nor Windows-1252 text")
    }
    // Processing instructions after the declaration carry nothing a feed needs, and one without data
    // crashes FoundationXML's parser (it reads a null pointer): they go.
    let hasInstructions = text.contains("<?")
    guard text.contains("&") || hasInstructions else { return Data(text.utf8) }
    let entities = internalEntities(text)
    var budget = expansionBudget
    var changed = false
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for (index, (segment, isCDATA)) in segments(text).enumerated() {
      guard !isCDATA else {
        output += segment
        continue
      }
      var piece = segment
      if hasInstructions {
        let kept = withoutInstructions(segment, keepingDeclaration: index == 0)
        changed = changed || kept.count != segment.count
        piece = Substring(kept)
      }
      guard piece.contains("&") else {
        output += piece
        continue
      }
      let expanded = try expand(piece, entities, depth: 0, budget: &budget, source: source)
      changed = changed || expanded != piece
      output += expanded
    }
    return Data((changed ? output : text).utf8)
  }

  /// `text` without its processing instructions (`<?target data?>`), but for an XML declaration at the
  /// very start when `keepingDeclaration`.
  private static func withoutInstructions(_ text: Substring, keepingDeclaration: Bool) -> String {
    var output = ""
    var rest = text
    while let start = rest.range(of: "<?") {
      output += rest[..<start.lowerBound]
      let end = rest[start.upperBound...].range(of: "?>")?.upperBound ?? rest.endIndex
      if keepingDeclaration, start.lowerBound == text.startIndex, rest[start.upperBound...].hasPrefix("xml ") {
        output += rest[start.lowerBound..<end]
      }
      rest = rest[end...]
    }
    return output + rest
  }

  /// The feed's text, its XML declaration (if any) reduced to the version: the text is UTF-8 now.
  private static func decoded(_ data: Data) -> String? {
    let text: String? =
      switch declaredEncoding(data) {
      case "iso-8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "iso-8859-15", "windows-1252", "cp1252":
        String(data: data, encoding: .windowsCP1252) ?? String(data: data, encoding: .isoLatin1)
      default:
        TextDecoding.text(data)
      }
    guard var text else { return nil }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    if text.hasPrefix("<?xml"), let end = text.range(of: "?>") {
      text.replaceSubrange(text.startIndex..<end.upperBound, with: "<?xml version=\"1.0\"?>")
    }
    return text
  }

  /// The encoding the XML declaration names, lower-cased; nil when it names none.
  private static func declaredEncoding(_ data: Data) -> String? {
    let head = String(decoding: data.prefix(200), as: UTF8.self).lowercased()
    guard head.hasPrefix("<?xml"), let end = head.range(of: "?>") else { return nil }
    let declaration = head[..<end.lowerBound]
    guard let range = declaration.range(of: "encoding") else { return nil }
    let rest = declaration[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
    return String(rest.prefix { $0 != "\"" && $0 != "'" && $0 != " " })
  }

  /// The general entities the internal DTD subset declares, by name (parameter entities are not read).
  private static func internalEntities(_ text: String) -> [Substring: Substring] {
    guard let doctype = text.range(of: "<!DOCTYPE"), let open = text[doctype.upperBound...].firstIndex(of: "["),
      let close = text[open...].range(of: "]>")
    else { return [:] }
    var entities: [Substring: Substring] = [:]
    for match in text[open..<close.lowerBound].matches(of: declaration) where entities[match.1] == nil {
      entities[match.1] = match.2 ?? match.3 ?? ""
    }
    return entities
  }

  /// The text cut into runs outside and inside `<![CDATA[ … ]]>` sections.
  private static func segments(_ text: String) -> [(Substring, Bool)] {
    var segments: [(Substring, Bool)] = []
    var rest = text[...]
    while let start = rest.range(of: "<![CDATA[") {
      segments.append((rest[..<start.lowerBound], false))
      guard let end = rest[start.upperBound...].range(of: "]]>") else {
        segments.append((rest[start.lowerBound...], true))
        return segments
      }
      segments.append((rest[start.lowerBound..<end.upperBound], true))
      rest = rest[end.upperBound...]
    }
    segments.append((rest, false))
    return segments
  }

  /// `text` with internal entities expanded and HTML's named ones as numeric references.
  private static func expand(
    _ text: Substring, _ entities: [Substring: Substring], depth: Int, budget: inout Int, source: String
  ) throws(FeedError) -> String {
    var result = ""
    var last = text.startIndex
    for match in text.matches(of: reference) {
      result += text[last..<match.range.lowerBound]
      last = match.range.upperBound
      let name = match.1
      if xmlNames.contains(name) {
        result += match.0
      } else if let value = entities[name] {
        guard depth < entityDepth else {
          throw .notAFeed(source: source, reason: "entities nested more than \(entityDepth) deep (an entity bomb)")
        }
        let expanded = try expand(value, entities, depth: depth + 1, budget: &budget, source: source)
        budget -= expanded.utf8.count
        guard budget >= 0 else {
          throw .notAFeed(source: source, reason: "entities expand beyond \(expansionBudget) bytes (an entity bomb)")
        }
        result += expanded
      } else if let entity = htmlEntityLookup(String(name)) {
        result += "&#\(entity.pointee.value);"
      } else {
        result += match.0
      }
    }
    result += text[last...]
    return result
  }
}
