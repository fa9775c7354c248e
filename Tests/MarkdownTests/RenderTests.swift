import Testing
@testable import Markdown

/// Markdown in, exact HTML out: what cmark-gfm gives us through the wrapper.
@Suite struct RenderTests {
    func html(_ md: String) -> String { MarkdownDocument(md).renderHTML() }

    @Test func paragraphAndEmphasis() {
        #expect(html("Hello *world*") == "<p>Hello <em>world</em></p>\n")
    }

    @Test func escapesSpecialCharacters() {
        #expect(html("a < b & \"c\"") == "<p>a &lt; b &amp; &quot;c&quot;</p>\n")
    }

    @Test func rawHTMLIsOmittedInSafeMode() {
        #expect(html("<script>alert(1)</script>") == "<!-- raw HTML omitted -->\n")
        #expect(html("x <b>y</b>") == "<p>x <!-- raw HTML omitted -->y<!-- raw HTML omitted --></p>\n")
        #expect(html("[a](javascript:alert(1))") == "<p><a href=\"\">a</a></p>\n")
    }

    @Test func table() {
        #expect(html("| a | b |\n|---|---|\n| 1 | 2 |") ==
            "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n")
    }

    @Test func autolinkAndStrikethrough() {
        #expect(html("see https://example.org and ~~old~~") ==
            "<p>see <a href=\"https://example.org\">https://example.org</a> and <del>old</del></p>\n")
    }

    /// cmark-gfm keeps the extensions' trigger characters in a global table; parallel
    /// parses must still all see strikethrough and autolinks.
    @Test func parallelParsesKeepExtensionSyntax() async {
        let outputs = await withTaskGroup(of: String.self) { group in
            for _ in 0..<400 { group.addTask { MarkdownDocument("a ~~b~~ www.example.org").renderHTML() } }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(outputs) == ["<p>a <del>b</del> <a href=\"http://www.example.org\">www.example.org</a></p>\n"])
    }

    @Test func footnotes() {
        let out = html("Text.[^1]\n\n[^1]: The note.")
        #expect(out.contains("<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a></sup>"))
        #expect(out.contains("<li id=\"fn-1\">\n<p>The note. <a href=\"#fnref-1\" class=\"footnote-backref\""))
    }

    @Test func nodeKindsLinesAndLiterals() {
        let doc = MarkdownDocument("# Title\n\nSome `code` and *em*.\n")
        let blocks = doc.root.children
        #expect(blocks.map(\.kind) == [.heading, .paragraph])
        #expect(blocks[1].line == 3)
        #expect(blocks[1].children.map(\.kind) == [.text, .code, .text, .emphasis, .text])
        #expect(blocks[1].children[1].literal == "code")
    }

    @Test func wrapSiblingsInCustomInline() {
        let doc = MarkdownDocument("Nikita\nKhrushchev spoke")
        let para = doc.root.firstChild!
        let first = para.firstChild!
        let tail = para.children[2].splitText(atUTF8Offset: "Khrushchev".utf8.count)
        first.wrapSiblings(through: tail.previous!, enter: "<a href=\"/k/\">", exit: "</a>")
        #expect(doc.renderHTML() == "<p><a href=\"/k/\">Nikita\nKhrushchev</a> spoke</p>\n")
    }

    @Test func replaceBlockKeepsChildren() {
        let doc = MarkdownDocument("One *two*")
        doc.root.firstChild!.replaceBlock(enter: "<p id=\"x\">", exit: "</p>")
        #expect(doc.renderHTML() == "<p id=\"x\">\nOne <em>two</em>\n</p>\n")
    }

    @Test func plainText() {
        #expect(MarkdownDocument("A *b* [c](d)").renderPlainText() == "A b c\n")
    }
}
