import Annotation
import Content
import Markdown

/// The rendering stage: builds view models from the annotated corpus and renders every
/// page through the templates. Pure: returns files, writes nothing.
public struct SiteRenderer: Sendable {
    public let corpus: Corpus
    public let essays: [AnnotatedEssay]
    public let index: MentionIndex
    public let urls: URLBuilder
    public let templates: TemplateSet
    /// Excerpts shown per essay on an entry page; the rest are counted (keeps pages readable).
    public var excerptLimit = 25
    /// Essays shown with excerpts on an entry page; the rest are listed with counts.
    public var essayExcerptCap = 40
    /// Essays listed (with counts, no excerpts) after those; beyond it only a number.
    public var overflowCap = 100
    let entries: [String: RegisterEntry]
    let essayBySlug: [String: AnnotatedEssay]
    /// Reuses unchanged essay and entry pages across builds (the preview server's rebuilds).
    public var cache: RenderCache?
    /// What every page depends on: templates, site settings, the register, the list of essays.
    public var sharedKey = Fingerprint()

    public init(corpus: Corpus, essays: [AnnotatedEssay], urls: URLBuilder, templates: TemplateSet) {
        self.corpus = corpus
        self.essays = essays
        self.index = MentionIndex(essays: essays)
        self.urls = urls
        self.templates = templates
        self.entries = Dictionary(corpus.entries.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        self.essayBySlug = Dictionary(essays.map { ($0.essay.slug, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Every page and data file of the site (assets are copied by the output stage).
    public func render() -> [OutputFile] {
        var files: [OutputFile] = []
        files.append(page("index.html", "home", kind: "home", title: nil, description: corpus.site.description, extra: homeModel()))
        files.append(page("essays/index.html", "essays", kind: "essays", title: "The essays",
                          description: "The five essays of the edition and how they overlap.", extra: essaysModel()))
        let essayList = Fingerprint(essays.map { "\($0.essay.slug) \($0.essay.title) \($0.essay.author) \($0.essay.year)" }.joined(separator: "\n"))
        files += essays.parallelMap { a in
            cached("essays/\(a.essay.slug)/index.html", Fingerprint(sharedKey, a.inputKey)) { essayPage(a) }
        }
        files += corpus.entries.parallelMap { e in
            cached("\(e.kind.folder)/\(e.slug)/index.html",
                   Fingerprint(sharedKey, essayList, e.slug, index.mentions(of: e.slug).fingerprint,
                               (index.coMentions[e.slug] ?? []).map { "\($0.slug) \($0.count)" }.joined(separator: ","))) { entryPage(e) }
        }
        for kind in RegisterEntry.Kind.allCases { files.append(entriesIndex(kind)) }
        files.append(page("sources/index.html", "sources", kind: "sources", title: "Sources",
                          description: "The works the essays cite or name, with the paragraphs that cite them.", extra: sourcesModel()))
        files.append(page("timeline/index.html", "timeline", kind: "timeline", title: "Timeline",
                          description: "The events of the Khrushchev era in order, and which essays mention them.", extra: timelineModel()))
        files.append(page("search/index.html", "search", kind: "search", title: "Search",
                          description: "Search the essays and the register.",
                          extra: ["indexURL": urls.asset("search-index.json"), "self": urls.path("search/")]))
        files.append(page("404.html", "404", kind: "notfound", title: "Page not found", description: "No page at this address.", extra: [:]))
        files.append(OutputFile(path: "assets/search-index.json", text: SearchIndex.build(self)))
        files.append(OutputFile(path: "assets/previews.json", text: Previews.build(self)))
        files += Feeds.build(self)
        return files
    }

    func cached(_ path: String, _ key: Fingerprint, _ render: () -> OutputFile) -> OutputFile {
        guard let cache else { return render() }
        return cache.page(path, key: key, render: render)
    }

    // MARK: Shared models

    var siteModel: [String: Any] {
        [
            "title": corpus.site.title, "description": corpus.site.description, "language": corpus.site.language, "editor": corpus.site.editor,
            "home": urls.home(), "css": urls.asset("site.css"), "icon": urls.asset("favicon.svg"), "js": urls.asset("site.js"), "feed": urls.path("feed.xml"),
            "sourcesURL": urls.path("sources/"),
        ]
    }

    var links: [String: Any] {
        ["people": urls.path("people/"), "events": urls.path("events/"), "terms": urls.path("terms/"),
         "sources": urls.path("sources/"), "timeline": urls.path("timeline/"), "search": urls.path("search/"),
         "essays": urls.path("essays/")]
    }

    func nav(current: String) -> [[String: Any]] {
        [("essays", "Essays"), ("people", "People"), ("events", "Events"), ("terms", "Terms"),
         ("timeline", "Timeline"), ("sources", "Sources"), ("search", "Search")].map { key, label in
            ["href": urls.path("\(key)/"), "label": label, "current": key == current]
        }
    }

    /// Renders one page with the common site and page models.
    func page(_ path: String, _ template: String, kind: String, title: String?, description: String,
              extra: [String: Any], jsonLD: String? = nil, ogType: String = "website") -> OutputFile {
        let relative = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
        var site = siteModel
        site["nav"] = nav(current: String(path.split(separator: "/").first ?? ""))
        var model = extra
        model["site"] = site
        model["links"] = links
        model["page"] = [
            "title": title ?? corpus.site.title,
            "fullTitle": title.map { "\($0) · \(corpus.site.title)" } ?? corpus.site.title,
            "description": description, "canonical": urls.absolute(relative), "kind": kind, "ogType": ogType,
            "jsonLD": jsonLD as Any,
        ] as [String: Any]
        return OutputFile(path: path, text: templates.render(template, Self.droppingNils(model) as! [String: Any]))
    }

    /// Removes `nil`s boxed in `Any`, which Mustache would otherwise render as "nil" and
    /// treat as true in sections. Lets view models use optionals freely.
    static func droppingNils(_ value: Any) -> Any? {
        // Most leaves are plain values: skip reflection for them.
        if value is String || value is Int || value is Bool { return value }
        if let dict = value as? [String: Any] {
            return dict.compactMapValues { droppingNils($0) }
        }
        if let array = value as? [[String: Any]] {
            return array.map { droppingNils($0) as! [String: Any] }
        }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let child = mirror.children.first else { return nil }
            return droppingNils(child.value)
        }
        return value
    }

    func essayCard(_ a: AnnotatedEssay) -> [String: Any] {
        let e = a.essay
        return ["url": urls.essay(e.slug), "title": e.title, "author": e.author, "dateISO": e.published.iso,
                "dateLabel": e.published.display, "publication": e.source.publication, "summary": e.summary,
                "wordCount": a.wordCount, "mentionCount": a.mentions.count,
                "entityCount": Set(a.mentions.map(\.entity)).count, "shortLabel": shortLabel(e)]
    }

    /// "Deutscher 1959": how pages refer to an essay in tight spaces.
    func shortLabel(_ e: Essay) -> String {
        let surname = e.author.split(separator: " ").last.map(String.init) ?? e.author
        let who = e.author.hasPrefix("Library of Congress") ? "Library of Congress" : e.author.lowercased().contains("student") ? "Student essay" : surname
        return "\(who) \(e.year)"
    }

    /// Renders register or source Markdown (our own text) to HTML.
    func markdownHTML(_ text: String) -> String {
        MarkdownDocument(text).renderHTML()
    }

    func mentionHref(_ m: Mention) -> String { urls.essay(m.essay) + "#" + m.paragraphID }
}

extension Array {
    /// Marks the last element for templates that join with commas: `{{^last}}, {{/last}}`.
    func withLast(_ transform: (Element) -> [String: Any]) -> [[String: Any]] {
        enumerated().map { i, e in
            var d = transform(e)
            d["last"] = i == count - 1
            return d
        }
    }
}
