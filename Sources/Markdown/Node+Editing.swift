import CCmarkGFM

/// Tree edits used by the annotation stage. Markup given here is emitted verbatim by the
/// HTML renderer, also in safe mode, so callers must pass already-escaped HTML.
extension Node {
    /// Splits a text node at a UTF-8 byte offset into two adjacent text nodes and returns
    /// the second one. An offset at either end (or a node that is not text) splits nothing
    /// and returns `self`.
    @discardableResult
    public func splitText(atUTF8Offset offset: Int) -> Node {
        let bytes = Array((literal ?? "").utf8)
        guard kind == .text, offset > 0, offset < bytes.count else { return self }
        let head = String(decoding: bytes[..<offset], as: UTF8.self)
        let tail = String(decoding: bytes[offset...], as: UTF8.self)
        cmark_node_set_literal(pointer, head)
        let second = cmark_node_new(CMARK_NODE_TEXT)!
        cmark_node_set_literal(second, tail)
        cmark_node_insert_after(pointer, second)
        return Node(second, owner: owner)
    }

    /// Wraps the siblings `self` through `last` (same parent, in order) in a custom node
    /// whose HTML is `enter` before them and `exit` after. Inline or block follows `self`.
    @discardableResult
    public func wrapSiblings(through last: Node, enter: String, exit: String) -> Node {
        let wrapper = cmark_node_new(kind.isBlock ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE)!
        cmark_node_set_on_enter(wrapper, enter)
        cmark_node_set_on_exit(wrapper, exit)
        cmark_node_insert_before(pointer, wrapper)
        var current: OpaquePointer? = pointer
        while let node = current {
            let following = cmark_node_next(node)
            cmark_node_append_child(wrapper, node)
            if node == last.pointer { break }
            current = following
        }
        return Node(wrapper, owner: owner)
    }

    /// Replaces this block (e.g. a paragraph) with a custom block that keeps its children
    /// and renders `enter`/`exit` in place of the block's own tags (e.g. `<p id="…">`).
    @discardableResult
    public func replaceBlock(enter: String, exit: String) -> Node {
        let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
        cmark_node_set_on_enter(wrapper, enter)
        cmark_node_set_on_exit(wrapper, exit)
        while let child = cmark_node_first_child(pointer) {
            cmark_node_append_child(wrapper, child)
        }
        cmark_node_replace(pointer, wrapper)
        // Inline literals can point into the block's own buffer: keep the block alive
        // (detached) until the document goes.
        owner.detached.append(pointer)
        return Node(wrapper, owner: owner)
    }

    /// Replaces this inline node's literal text.
    public func setLiteral(_ text: String) {
        cmark_node_set_literal(pointer, text)
    }

    /// Removes this node (and its children) from the tree and frees it.
    public func remove() {
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }
}

extension Node {
    /// Inserts an empty custom inline carrying `html` just after this node.
    public func insertMarkup(after html: String) {
        let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
        cmark_node_set_on_enter(node, html)
        cmark_node_insert_after(pointer, node)
    }
}
