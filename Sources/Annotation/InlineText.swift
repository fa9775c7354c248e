import Markdown

/// The inline content of one block (paragraph, table cell) flattened to UTF-8 text, with
/// a map back to the nodes, so a match in the text can be turned into an edit of the tree.
/// Emphasis is transparent and soft breaks read as spaces, so "*Nikita*\nKhrushchev" is one name.
struct InlineText {
    struct Piece {
        var node: Node
        var start: Int
        var end: Int
        /// Text that must not be linked or matched across: code, links, explicit links, citations.
        var isBarrier: Bool
    }

    var bytes: [UInt8] = []
    var pieces: [Piece] = []

    init(block: Node, barrier: (Node) -> Bool = { _ in false }) {
        for child in block.children { add(child, barrier: barrier) }
    }

    private mutating func add(_ node: Node, barrier: (Node) -> Bool) {
        let start = bytes.count
        switch node.kind {
        case .text:
            node.withLiteralBytes { bytes.append(contentsOf: $0) }
            pieces.append(Piece(node: node, start: start, end: bytes.count, isBarrier: false))
        case .softBreak, .lineBreak:
            bytes.append(0x20)
            pieces.append(Piece(node: node, start: start, end: bytes.count, isBarrier: false))
        case .emphasis, .strong, .strikethrough:
            for child in node.children { add(child, barrier: barrier) }
        case .customInline where !barrier(node):
            for child in node.children { add(child, barrier: barrier) }
        case .footnoteReference, .htmlInline:
            // No text of the author's: a zero-width barrier.
            pieces.append(Piece(node: node, start: start, end: start, isBarrier: true))
        default:
            // Code, links, images, explicit links: their text counts for excerpts, not for matching.
            bytes.append(contentsOf: node.plainText.utf8)
            pieces.append(Piece(node: node, start: start, end: bytes.count, isBarrier: true))
        }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// Whether `range` touches a barrier (so no match may use it).
    func crossesBarrier(_ range: Range<Int>) -> Bool {
        pieces.contains { $0.isBarrier && $0.start < range.upperBound && range.lowerBound < $0.end
            || $0.isBarrier && $0.start == $0.end && range.lowerBound < $0.start && $0.start < range.upperBound }
    }

    /// Splits text nodes so that `range` is covered exactly by whole nodes, and returns them.
    /// Edits must be applied from the end of the block to its start: splitting keeps the
    /// head of a node in place, so the pieces of earlier ranges stay valid.
    func isolate(_ range: Range<Int>) -> [Node] {
        var nodes: [Node] = []
        for piece in pieces where piece.start < range.upperBound && range.lowerBound < piece.end && !piece.isBarrier {
            var node = piece.node
            var nodeStart = piece.start
            if range.lowerBound > piece.start {
                node = node.splitText(atUTF8Offset: range.lowerBound - piece.start)
                nodeStart = range.lowerBound
            }
            if range.upperBound < piece.end {
                node.splitText(atUTF8Offset: range.upperBound - nodeStart)
            }
            nodes.append(node)
        }
        return nodes
    }

    /// Wraps `range` in markup. When the range crosses emphasis, the wrapper is lifted to
    /// enclose whole emphasis nodes if it can; otherwise each part is wrapped on its own.
    func wrap(_ range: Range<Int>, enter: String, exit: String) {
        let covered = pieces.filter { !$0.isBarrier && $0.start < range.upperBound && range.lowerBound < $0.end }
        guard let firstPiece = covered.first, let lastPiece = covered.last else { return }
        let lift = liftedRange(firstPiece.node, lastPiece.node, range: range)
        let nodes = isolate(range)
        guard let first = nodes.first, let last = nodes.last else { return }
        if let (a, b) = lift {
            let from = a.isSame(as: firstPiece.node) ? first : a
            let through = b.isSame(as: lastPiece.node) ? last : b
            from.wrapSiblings(through: through, enter: enter, exit: exit)
            return
        }
        var group: [Node] = []
        for node in nodes {
            if let prev = group.last, !sameParent(prev, node) {
                group.first!.wrapSiblings(through: prev, enter: enter, exit: exit)
                group = []
            }
            group.append(node)
        }
        if let f = group.first, let l = group.last { f.wrapSiblings(through: l, enter: enter, exit: exit) }
    }

    private func sameParent(_ a: Node, _ b: Node) -> Bool {
        guard let pa = a.parent, let pb = b.parent else { return false }
        return pa.isSame(as: pb)
    }

    /// The nodes under the nearest common ancestor of `first` and `last` whose siblings
    /// `a…b` cover exactly `range`, if they exist. Called before any split.
    private func liftedRange(_ first: Node, _ last: Node, range: Range<Int>) -> (Node, Node)? {
        let firstChain = [first] + ancestors(first)
        let lastChain = [last] + ancestors(last)
        guard let common = firstChain.dropFirst().first(where: { a in lastChain.contains { $0.isSame(as: a) } }) else { return nil }
        func childOf(_ chain: [Node], under parent: Node) -> Node {
            var child = chain[0]
            for a in chain.dropFirst() {
                if a.isSame(as: parent) { return child }
                child = a
            }
            return child
        }
        let a = childOf(firstChain, under: common)
        let b = childOf(lastChain, under: common)
        // A lifted node must not hold text outside the range.
        for piece in pieces where piece.start < range.lowerBound || piece.end > range.upperBound {
            if (!a.isSame(as: first) && isDescendant(piece.node, of: a)) || (!b.isSame(as: last) && isDescendant(piece.node, of: b)) {
                return nil
            }
        }
        return (a, b)
    }

    private func ancestors(_ node: Node) -> [Node] {
        var chain: [Node] = []
        var current = node.parent
        while let c = current { chain.append(c); current = c.parent }
        return chain
    }

    private func isDescendant(_ node: Node, of ancestor: Node) -> Bool {
        var current: Node? = node
        while let c = current {
            if c.isSame(as: ancestor) { return true }
            current = c.parent
        }
        return false
    }
}
