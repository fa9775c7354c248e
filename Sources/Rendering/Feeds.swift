import Annotation
import Content

/// sitemap.xml, the Atom feed of essays, robots.txt.
enum Feeds {
    static func build(_ r: SiteRenderer) -> [OutputFile] {
        var paths = ["", "essays/", "people/", "events/", "terms/", "sources/", "timeline/", "search/"]
        paths += r.essays.map { "essays/\($0.essay.slug)/" }
        paths += r.corpus.entries.map { "\($0.kind.folder)/\($0.slug)/" }
        var sitemap = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for p in paths { sitemap += "<url><loc>\(xml(r.urls.absolute(p)))</loc></url>\n" }
        sitemap += "</urlset>\n"

        // The feed's date is the newest essay's, so the output stays deterministic.
        let updated = r.essays.map(\.essay.published).max().map(rfc3339) ?? "1970-01-01T00:00:00Z"
        var feed = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        feed += "<title>\(xml(r.corpus.site.title))</title>\n<id>\(xml(r.urls.absolute("")))</id>\n"
        feed += "<link href=\"\(xml(r.urls.absolute("")))\"/>\n<link rel=\"self\" href=\"\(xml(r.urls.absolute("feed.xml")))\"/>\n"
        feed += "<updated>\(updated)</updated>\n<author><name>\(xml(r.corpus.site.editor))</name></author>\n"
        for a in r.essays.reversed() {
            let url = r.urls.absolute("essays/\(a.essay.slug)/")
            feed += "<entry><title>\(xml(a.essay.title))</title><id>\(xml(url))</id><link href=\"\(xml(url))\"/>"
            feed += "<updated>\(rfc3339(a.essay.published))</updated><author><name>\(xml(a.essay.author))</name></author>"
            feed += "<summary>\(xml(a.essay.summary))</summary></entry>\n"
        }
        feed += "</feed>\n"
        let robots = "User-agent: *\nAllow: /\nSitemap: \(r.urls.absolute("sitemap.xml"))\n"
        return [OutputFile(path: "sitemap.xml", text: sitemap), OutputFile(path: "feed.xml", text: feed),
                OutputFile(path: "robots.txt", text: robots)]
    }

    static func rfc3339(_ d: PartialDate) -> String {
        "\(d.iso.count == 4 ? d.iso + "-01-01" : d.iso.count == 7 ? d.iso + "-01" : d.iso)T00:00:00Z"
    }

    static func xml(_ s: String) -> String { HTML.escape(s) }
}
