import CLibXML2
import Foundation

/// HTML's named character references (`&nbsp;`, `&auml;`, `&bdquo;`) for feeds that use them in XML,
/// where only the five XML ones are defined. libxml2's HTML tables know their code points.
enum HTMLEntities {
  nonisolated(unsafe) private static let reference = #/&([A-Za-z][A-Za-z0-9]{1,31});/#
  private static let xmlNames: Set<Substring> = ["amp", "lt", "gt", "quot", "apos"]

  /// `data` with every HTML named reference that XML does not define written as a numeric one
  /// (`&nbsp;` → `&#160;`); nil when there is none or the data is not UTF-8.
  static func numericReferences(in data: Data) -> Data? {
    guard let text = String(data: data, encoding: .utf8) else { return nil }
    var changed = false
    let repaired = text.replacing(reference) { match -> String in
      let name = match.1
      guard !xmlNames.contains(name), let entity = htmlEntityLookup(String(name)) else { return String(match.0) }
      changed = true
      return "&#\(entity.pointee.value);"
    }
    return changed ? Data(repaired.utf8) : nil
  }
}
