import Testing
@testable import Markdown

@Test func rendersParagraph() {
    #expect(MarkdownDocument("Hello *world*").renderHTML() == "<p>Hello <em>world</em></p>\n")
}
