import CCmarkGFM
#if canImport(Glibc)
import Glibc
#endif

/// A handle on one node of a `MarkdownDocument`. Reading it never changes the tree.
public struct Node: @unchecked Sendable {
    let pointer: OpaquePointer
    /// Keeps the document (and so the C memory) alive while the handle is in use.
    let owner: MarkdownDocument

    init(_ pointer: OpaquePointer, owner: MarkdownDocument) {
        self.pointer = pointer
        self.owner = owner
    }

    func wrap(_ pointer: OpaquePointer?) -> Node? {
        pointer.map { Node($0, owner: owner) }
    }

    public var kind: NodeKind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: return .customBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: return .customInline
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link
        case CMARK_NODE_IMAGE: return .image
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference
        default:
            // GFM extension nodes have types assigned at registration; cmark names them.
            let name = cmark_node_get_type_string(pointer).map { String(cString: $0) } ?? "unknown"
            switch name {
            case "table": return .table
            case "table_row", "table_header": return .tableRow
            case "table_cell": return .tableCell
            case "strikethrough": return .strikethrough
            default: return .other(name)
            }
        }
    }

    /// The text of a text, code, code block or raw HTML node; for a footnote reference or
    /// definition, its label.
    public var literal: String? {
        cmark_node_get_literal(pointer).map { String(cString: $0) }
    }

    /// The literal's UTF-8 bytes, without building a `String` (for the matcher's hot path).
    public func withLiteralBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        guard let c = cmark_node_get_literal(pointer) else { return nil }
        let count = strlen(c)
        return try c.withMemoryRebound(to: UInt8.self, capacity: count) {
            try body(UnsafeBufferPointer(start: $0, count: count))
        }
    }

    /// 1-based line and column where the node starts in the source (0 where cmark has none).
    public var line: Int { Int(cmark_node_get_start_line(pointer)) }
    public var column: Int { Int(cmark_node_get_start_column(pointer)) }

    public var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    public var url: String? { cmark_node_get_url(pointer).map { String(cString: $0) } }

    public var parent: Node? { wrap(cmark_node_parent(pointer)) }
    public var firstChild: Node? { wrap(cmark_node_first_child(pointer)) }
    public var lastChild: Node? { wrap(cmark_node_last_child(pointer)) }
    public var next: Node? { wrap(cmark_node_next(pointer)) }
    public var previous: Node? { wrap(cmark_node_previous(pointer)) }

    /// The direct children, first to last. Collected eagerly so the tree may be edited while iterating.
    public var children: [Node] {
        var result: [Node] = []
        var child = firstChild
        while let c = child {
            result.append(c)
            child = c.next
        }
        return result
    }

    /// Whether two handles point at the same node.
    public func isSame(as other: Node) -> Bool { pointer == other.pointer }
}
