import Testing
@testable import Annotation
@testable import Content

/// Random and adversarial Markdown and names through parsing, annotation and rendering:
/// no crash, no hang, and the output's tags stay balanced.
@Suite struct FuzzTests {
    static let pieces = ["Stalin", "Khrushchev", "Nikita", "Khrushchev's", "Khrushchev’s", "de-Stalinisation", "*", "**", "_", "`",
                         "[[", "]]", "[[nikita-khrushchev|", "[[!", "|", "[", "]", "(", ")", "<a href=x>", "</a>", "<script>", "&amp;", "&",
                         "\"", "'", "\n", "\n\n", "## ", "> ", "- ", "1. ", "[^1]", "[^1]: ", "| a | b |\n|---|---|\n| ", " ", "  ",
                         "(Taubman 2003: p.1)", "(X 1999; Y 2000)", "https://example.org", "~~", "é", "—", "\u{0}", "\u{202E}", "\\"]

    static let register = [
        MentionDetectionTests.entry("nikita-khrushchev", .person, ["Nikita Khrushchev", "Khrushchev"]),
        MentionDetectionTests.entry("joseph-stalin", .person, ["Joseph Stalin", "Stalin", "<b>\"Stalin\"</b>"]),
        MentionDetectionTests.entry("a-b", .event, ["A & B", "*Nikita*"]),
    ]

    static func balanced(_ html: String, tag: String) -> Bool {
        html.components(separatedBy: "<\(tag)>").count + html.components(separatedBy: "<\(tag) ").count - 2
            == html.components(separatedBy: "</\(tag)>").count - 1
    }

    @Test func randomMarkdownStaysWellFormed() {
        var rng = SplitMix64(seed: 20261122)
        let urls = URLBuilder(baseURL: "/")
        for round in 0..<400 {
            var text = ""
            for _ in 0..<Int(rng.next() % 60) { text += rng.pick(Self.pieces) + (rng.next() % 3 == 0 ? " " : "") }
            let essay = Essay(slug: "f", title: "F", author: "A", year: 2000, source: .init(publication: "P"), rights: "", summary: "",
                              draft: false, editorialNotes: [], body: text, bodyFirstLine: 1, path: "essays/f.md")
            let corpus = Corpus(site: SiteConfig(title: "T", linkPolicy: .all), essays: [essay], entries: Self.register, works: [])
            let result = Annotator(corpus: corpus, urls: urls).annotate(essay)
            for tag in ["a", "em", "strong", "p"] {
                #expect(Self.balanced(result.html, tag: tag), "round \(round): unbalanced <\(tag)> for input \(text.debugDescription)")
            }
            #expect(!result.html.contains("<script"), "round \(round): raw script passed through")
            for m in result.mentions { #expect(!m.text.isEmpty) }
        }
    }
}
