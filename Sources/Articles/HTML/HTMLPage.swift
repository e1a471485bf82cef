import CLibXML2
import Foundation

/// An HTML document parsed by libxml2's forgiving HTML parser, with the few look-ups the article
/// parser needs. Owns the libxml2 tree and frees it.
final class HTMLPage {
  typealias Node = UnsafeMutablePointer<xmlNode>

  private let document: htmlDocPtr

  /// Parses `html`; nil only when libxml2 cannot build any tree at all. `XML_PARSE_HUGE` lifts libxml2's
  /// limit of 256 levels of nesting, past which it silently drops the rest of a page (nothing here walks
  /// the tree recursively); it has no entities or network to open up in HTML.
  init?(_ html: String) {
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
    let bytes = Array(html.utf8)
    guard
      let document = bytes.withUnsafeBufferPointer({ buffer in
        buffer.baseAddress.flatMap { base in
          base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
            htmlReadMemory($0, Int32(clamping: buffer.count), nil, "UTF-8", options)
          }
        }
      })
    else { return nil }
    self.document = document
  }

  deinit {
    xmlFreeDoc(document)
  }

  /// The `<html>` element (libxml2 adds it when the input is a fragment).
  var root: Node? { xmlDocGetRootElement(document) }

  /// The element's lower-case tag name; nil for text, comments and other nodes.
  static func elementName(_ node: Node) -> String? {
    guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return nil }
    return String(cString: name).lowercased()
  }

  /// The text of a text or CDATA node; nil for every other kind (comments included).
  static func text(_ node: Node) -> String? {
    guard node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE,
      let content = node.pointee.content
    else { return nil }
    return String(cString: content)
  }

  /// The value of attribute `name`, entities decoded.
  static func attribute(_ node: Node, _ name: String) -> String? {
    guard let value = xmlGetProp(node, name) else { return nil }
    defer { vorleser_xml_free(value) }
    return String(cString: value)
  }

  /// The node's children in document order.
  static func children(_ node: Node) -> UnfoldSequence<Node, Node?> {
    sequence(state: node.pointee.children) { next in
      guard let current = next else { return nil }
      next = current.pointee.next
      return current
    }
  }

  /// Every element below `node` (depth first, document order) named `name`.
  static func descendants(_ node: Node, named name: String) -> [Node] {
    var found: [Node] = []
    var stack = Array(children(node).reversed())
    while let current = stack.popLast() {
      if elementName(current) == name { found.append(current) }
      stack.append(contentsOf: children(current).reversed())
    }
    return found
  }

  /// Calls `body` with every element below `node` and its lower-case name, in document order (without
  /// recursion: pages nest elements thousands deep).
  static func forEachElement(below node: Node, _ body: (Node, String) -> Void) {
    var stack = Array(children(node).reversed())
    while let current = stack.popLast() {
      if let name = elementName(current) { body(current, name) }
      stack.append(contentsOf: children(current).reversed())
    }
  }

  /// Whether `node` is a table cell (`td` or `th`).
  static func isCell(_ node: Node) -> Bool {
    let name = elementName(node)
    return name == "td" || name == "th"
  }

  /// The parent element of `node`, nil at the top.
  static func parent(_ node: Node) -> Node? {
    guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
    return parent
  }

  /// The text inside `node` as written (a script's source), nil when empty.
  static func rawText(_ node: Node) -> String? {
    guard let content = xmlNodeGetContent(node) else { return nil }
    defer { vorleser_xml_free(content) }
    let text = String(cString: content)
    return text.isEmpty ? nil : text
  }

  /// All text below `node`, white space collapsed.
  static func plainText(_ node: Node) -> String {
    guard let content = xmlNodeGetContent(node) else { return "" }
    defer { vorleser_xml_free(content) }
    return HTMLText.collapsingWhiteSpace(String(cString: content))
  }
}
