import CLibXML2
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An XML feed read by FoundationXML's `XMLParser` into a small element tree. Element names carry a
/// fixed prefix for the namespaces feeds use (`content:encoded`, `dc:creator`, `atom:entry`), whatever
/// prefix the feed itself chose.
final class XMLFeedTree {
  /// A child: an element or a run of text (CDATA included).
  enum Node {
    case element(XMLFeedTree)
    case text(String)
  }

  /// Namespace URIs and the prefix Vorleser names their elements with.
  private static let prefixes = [
    "http://www.w3.org/2005/Atom": "atom",
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://purl.org/rss/1.0/": "",
    "http://www.itunes.com/dtds/podcast-1.0.dtd": "itunes",
    "http://www.w3.org/1999/xhtml": "",
  ]

  /// The name, prefixed by namespace (see above); unknown namespaces give `{uri}name`.
  let name: String
  /// The attributes by their local names.
  let attributes: [String: String]
  private(set) var children: [Node] = []

  init(name: String, attributes: [String: String]) {
    self.name = name
    self.attributes = attributes
  }

  /// The first child element named `name`.
  func child(_ name: String) -> XMLFeedTree? {
    for case .element(let element) in children where element.name == name { return element }
    return nil
  }

  /// Every child element named `name`.
  func children(_ name: String) -> [XMLFeedTree] {
    children.compactMap { node in
      if case .element(let element) = node, element.name == name { element } else { nil }
    }
  }

  /// The text of the element and everything below it, trimmed; nil when there is none.
  var text: String? {
    let text = allText.trimmingCharacters(in: .whitespacesAndNewlines)
    return text.isEmpty ? nil : text
  }

  /// The text of child `name`, trimmed; nil when the child is missing or empty.
  func text(of name: String) -> String? { child(name)?.text }

  /// The text below, in document order. Iterative, like everything that walks the tree: a feed may nest
  /// elements tens of thousands deep.
  private var allText: String {
    var text = ""
    var stack: [Node] = children.reversed()
    while let node = stack.popLast() {
      switch node {
      case .text(let piece): text += piece
      case .element(let element): stack.append(contentsOf: element.children.reversed())
      }
    }
    return text
  }

  /// The children written back as markup (for Atom's inline XHTML content).
  var innerMarkup: String {
    /// A node to write, or the end tag of an element whose children were written.
    enum Step {
      case node(Node)
      case close(String)
    }
    var markup = ""
    var stack: [Step] = children.reversed().map(Step.node)
    while let step = stack.popLast() {
      switch step {
      case .close(let name): markup += "</\(name)>"
      case .node(.text(let text)): markup += Self.escaped(text)
      case .node(.element(let element)):
        let name = element.name.split(separator: "}").last.map(String.init) ?? element.name
        let attributes = element.attributes.sorted { $0.key < $1.key }
          .map { " \($0.key)=\"\(Self.escaped($0.value))\"" }.joined()
        markup += "<\(name)\(attributes)>"
        stack.append(.close(name))
        stack.append(contentsOf: element.children.reversed().map(Step.node))
      }
    }
    return markup
  }

  deinit {
    // Released one by one, not recursively: a deep tree would overflow the stack.
    var stack = children
    children = []
    while let node = stack.popLast() {
      if case .element(let element) = node {
        stack.append(contentsOf: element.children)
        element.children = []
      }
    }
  }

  private static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }

  fileprivate func append(_ node: Node) {
    children.append(node)
  }

  fileprivate static func qualifiedName(_ localName: String, namespace: String?) -> String {
    guard let namespace, !namespace.isEmpty else { return localName }
    guard let prefix = prefixes[namespace] else { return "{\(namespace)}\(localName)" }
    return prefix.isEmpty ? localName : "\(prefix):\(localName)"
  }

  /// The root element of the XML in `data`, prepared first (encoding, entities: see `XMLPreparation`).
  static func parse(_ data: Data, source: String) throws(FeedError) -> XMLFeedTree {
    try parseStrictly(XMLPreparation.prepared(data, source: source), source: source)
  }

  private static func parseStrictly(_ data: Data, source: String) throws(FeedError) -> XMLFeedTree {
    // Read as a stream: given the data at once, libxml2 refuses documents over 10 MB ("huge input").
    let parser = XMLParser(stream: InputStream(data: data))
    parser.shouldProcessNamespaces = true
    parser.shouldResolveExternalEntities = false
    let builder = Builder()
    parser.delegate = builder
    guard parser.parse(), builder.mismatch == nil, builder.isComplete, let root = builder.root else {
      let reason = builder.mismatch ?? parser.parserError.map(Self.describe) ?? "unclosed elements"
      throw .notAFeed(source: source, reason: "broken XML at line \(parser.lineNumber): \(reason)")
    }
    return root
  }

  /// A few words for the XML errors feeds run into; the code for the rest. FoundationXML passes on
  /// libxml2's error numbers (its own `XMLParser.ErrorCode` is numbered differently on Linux).
  private static func describe(_ error: Error) -> String {
    let code = UInt32(clamping: (error as NSError).code)
    let known: [xmlParserErrors: String] = [
      XML_ERR_DOCUMENT_START: "no XML at the start", XML_ERR_DOCUMENT_EMPTY: "the document is empty",
      XML_ERR_DOCUMENT_END: "elements not closed in order, or cut off",
      XML_ERR_INVALID_CHAR: "a character XML does not allow",
      XML_ERR_ENTITYREF_SEMICOL_MISSING: "an & that starts no entity", XML_ERR_UNDECLARED_ENTITY: "an undefined entity",
      XML_ERR_UNKNOWN_ENCODING: "an unknown encoding", XML_ERR_INVALID_ENCODING: "bytes that are not in its encoding",
      XML_ERR_ATTRIBUTE_NOT_STARTED: "a broken attribute", XML_ERR_NAME_REQUIRED: "a tag without a name",
      XML_ERR_LT_REQUIRED: "text where an element belongs", XML_ERR_GT_REQUIRED: "an unfinished tag",
      XML_ERR_TAG_NAME_MISMATCH: "an end tag that does not match", XML_ERR_TAG_NOT_FINISHED: "an element never closed",
      XML_ERR_NOT_WELL_BALANCED: "elements not closed in order",
    ]
    return known[xmlParserErrors(rawValue: code)] ?? "XML error \(code)"
  }

  /// Collects parser events into the tree.
  private final class Builder: NSObject, XMLParserDelegate {
    var root: XMLFeedTree?
    /// What was wrong when an end tag did not close the open element.
    var mismatch: String?
    private var open: [XMLFeedTree] = []
    /// Text arrives in many small pieces; it is joined here and becomes one child when markup follows.
    private var pendingText = ""

    /// Whether every element was closed.
    var isComplete: Bool { open.isEmpty }

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      var localAttributes: [String: String] = [:]
      for (key, value) in attributes {
        localAttributes[key.split(separator: ":").last.map(String.init) ?? key] = value
      }
      finishText()
      let element = XMLFeedTree(
        name: XMLFeedTree.qualifiedName(elementName, namespace: namespaceURI), attributes: localAttributes)
      if let parent = open.last { parent.append(.element(element)) } else if root == nil { root = element }
      open.append(element)
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
      finishText()
      let name = XMLFeedTree.qualifiedName(elementName, namespace: namespaceURI)
      guard let element = open.popLast(), element.name == name else {
        mismatch = mismatch ?? "</\(elementName)> closes nothing open"
        parser.abortParsing()
        return
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      pendingText += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
      pendingText += String(decoding: block, as: UTF8.self)
    }

    private func finishText() {
      guard !pendingText.isEmpty else { return }
      open.last?.append(.text(pendingText))
      pendingText = ""
    }
  }
}
