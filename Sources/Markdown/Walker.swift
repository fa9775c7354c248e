/// Depth-first walks over a document. Walkers collect; edits go through `Node+Editing`.
extension Node {
    /// Visits this node and its descendants in document order. Return `false` from `visit`
    /// to skip a node's children. The next node is looked up after `visit` returns, so
    /// `visit` may edit the node's children but must not remove the node itself.
    public func walk(_ visit: (Node) -> Bool) {
        guard visit(self) else { return }
        var child = firstChild
        while let c = child {
            let next = c.next
            c.walk(visit)
            child = next
        }
    }

    /// The concatenated literal text of the node's descendants (soft breaks as spaces).
    public var plainText: String {
        var text = ""
        walk { node in
            switch node.kind {
            case .text, .code: text += node.literal ?? ""
            case .softBreak, .lineBreak: text += " "
            default: break
            }
            return true
        }
        return text
    }
}
