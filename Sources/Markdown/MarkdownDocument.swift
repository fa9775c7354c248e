import CCmarkGFM
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A parsed Markdown document. Owns cmark's tree and parser and frees both when released;
/// every `Node` handed out is only valid while its document is alive.
///
/// Not thread-safe: use one document per task. Different documents may be used in parallel.
public final class MarkdownDocument: @unchecked Sendable {
    let parser: OpaquePointer
    let rootPointer: OpaquePointer

    /// Parses `source` with the GFM extensions (table, strikethrough, autolink, tagfilter,
    /// tasklist) and footnotes on. Parsing never fails: any text is some Markdown.
    public init(_ source: String) {
        CoreExtensions.register()
        let options = Self.parseOptions
        let parser = cmark_parser_new(options)!
        for name in ["table", "strikethrough", "autolink", "tagfilter", "tasklist"] {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var source = source
        source.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        self.parser = parser
        // cmark-gfm 0.29 switches the extensions' inline trigger characters ('~', ':', 'w'…)
        // on and off in a process-wide table around each document's inline pass, so two
        // documents finishing at once can lose each other's strikethrough or autolinks.
        // Block parsing (feed) runs in parallel; only this pass is serialised.
        Self.inlinePassLock.lock()
        self.rootPointer = cmark_parser_finish(parser)
        Self.inlinePassLock.unlock()
    }

    /// Blocks replaced by edits; freed with the document, after the tree that may borrow their text.
    var detached: [OpaquePointer] = []

    deinit {
        cmark_node_free(rootPointer)
        for node in detached { cmark_node_free(node) }
        cmark_parser_free(parser)
    }

    static let inlinePassLock = NSLock()

    /// Safe mode (cmark's default): author raw HTML and `javascript:` URLs are not passed through.
    static let parseOptions = CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8
    static let renderOptions = CMARK_OPT_FOOTNOTES

    /// The document node.
    public var root: Node { Node(rootPointer, owner: self) }

    /// Renders the (possibly edited) tree to HTML with cmark's own renderer.
    /// Custom nodes contribute their enter/exit markup as is.
    public func renderHTML() -> String {
        let extensions = cmark_parser_get_syntax_extensions(parser)
        return Self.take(cmark_render_html(rootPointer, Self.renderOptions, extensions))
    }

    /// Renders the tree as plain text (no markup, no wrapping).
    public func renderPlainText() -> String {
        Self.take(cmark_render_plaintext(rootPointer, Self.renderOptions, 0))
    }

    /// Copies a string cmark allocated and frees it.
    static func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}

/// Registers cmark-gfm's core extensions once per process, before the first parse.
enum CoreExtensions {
    private static let registered: Void = { cmark_gfm_core_extensions_ensure_registered() }()
    static func register() { _ = registered }
}
