import Content
import Markdown

/// The annotation stage for one essay: parses its Markdown, resolves explicit `[[links]]`,
/// links citations and register names inside cmark's tree, gives paragraphs and headings
/// stable ids, and renders the HTML. Keeps only records, not the tree.
public struct Annotator: Sendable {
    public let corpus: Corpus
    public let names: NameIndex
    public let urls: URLBuilder
    /// Normalised citation key ("Medvedev & Medvedev 1977") → work slug.
    let citeKeys: [String: String]
    let works: [String: Work]

    public init(corpus: Corpus, urls: URLBuilder) {
        self.corpus = corpus
        self.urls = urls
        self.names = NameIndex(entries: corpus.entries)
        var keys: [String: String] = [:]
        for work in corpus.works { for key in work.citeAs { keys[CitationScanner.normalize(key)] = work.slug } }
        self.citeKeys = keys
        self.works = Dictionary(corpus.works.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Annotates every essay in parallel. Errors (unknown `[[targets]]`) fail the build.
    public func annotateAll() throws -> [AnnotatedEssay] {
        try annotateAll(corpus.essays)
    }

    /// Annotates the given essays of the corpus in parallel.
    public func annotateAll(_ essays: [Essay]) throws -> [AnnotatedEssay] {
        let results = essays.parallelMap { annotate($0) }
        var diagnostics = Diagnostics()
        for r in results { diagnostics.add(contentsOf: r.findings.filter { $0.severity == .error }) }
        try diagnostics.throwIfErrors()
        return results
    }

    public func annotate(_ essay: Essay) -> AnnotatedEssay {
        var pass = EssayPass(annotator: self, essay: essay)
        return pass.run()
    }

    func markup(for slug: String) -> (enter: String, exit: String)? {
        if let entry = names.entries[slug] {
            let href = HTML.escape(urls.entry(entry.kind, slug))
            return ("<a class=\"mention mention-\(entry.kind.rawValue)\" href=\"\(href)\" data-entity=\"\(HTML.escape(slug))\">", "</a>")
        }
        if works[slug] != nil {
            return ("<a class=\"citation\" href=\"\(HTML.escape(urls.source(slug)))\" data-source=\"\(HTML.escape(slug))\">", "</a>")
        }
        return nil
    }

    /// Every slug an explicit link may name, for suggestions.
    var allSlugs: [String] { names.entries.keys.sorted() + works.keys.sorted() }
}
