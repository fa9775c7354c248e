/// What a node of the Markdown tree is. Mirrors cmark-gfm's node types, plus the GFM
/// extension nodes, which cmark identifies by name rather than by a fixed number.
public enum NodeKind: Equatable, Sendable {
    case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock
    case paragraph, heading, thematicBreak, footnoteDefinition
    case table, tableRow, tableCell
    case text, softBreak, lineBreak, code, htmlInline, customInline
    case emphasis, strong, link, image, footnoteReference, strikethrough
    /// A node type this wrapper does not name (a future extension).
    case other(String)

    /// Whether the node is a block (paragraph, heading…) rather than an inline.
    public var isBlock: Bool {
        switch self {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .customBlock,
             .paragraph, .heading, .thematicBreak, .footnoteDefinition, .table, .tableRow, .tableCell:
            return true
        default:
            return false
        }
    }
}
