import Annotation
import Content

/// The search index: every essay paragraph and register entry as plain text, with its URL.
/// The browser script searches it; no service, works offline and on any static host.
enum SearchIndex {
    static func build(_ r: SiteRenderer) -> String {
        // Each essay's part is encoded once and reused while the essay is unchanged.
        var docs: [JSON.Value] = r.essays.parallelMap { a in
            let fragment = r.cached("search-fragment/\(a.essay.slug)", Fingerprint(r.sharedKey, a.inputKey)) {
                var out: [UInt8] = []
                for (i, p) in a.paragraphs.enumerated() {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    JSON.write(.array([.string("essay"), .string(a.essay.title + (p.section.map { " · \($0)" } ?? "")),
                                       .string(r.urls.essay(a.essay.slug) + "#" + p.id), .string(p.text)]), into: &out)
                }
                return OutputFile(path: "", contents: out)
            }
            return JSON.Value.raw(fragment.contents)
        }.filter { if case .raw(let b) = $0 { return !b.isEmpty } else { return true } }
        for e in r.corpus.entries {
            docs.append(.array([.string(e.kind.rawValue), .string(e.name), .string(r.urls.entry(e.kind, e.slug)),
                                .string(([e.summary] + e.aliases.map(\.text)).joined(separator: " · "))]))
        }
        return JSON.encode(.object([("fields", .array([.string("kind"), .string("title"), .string("url"), .string("text")])),
                                    ("docs", .array(docs))]))
    }
}

/// Preview cards for mentions: one small shared file, fetched once per page by the script.
enum Previews {
    static func build(_ r: SiteRenderer) -> String {
        let pairs: [(String, JSON.Value)] = r.corpus.entries.map { e in
            let essays = r.index.essays(mentioning: e.slug).count
            return (e.slug, .object([("n", .string(e.name)), ("k", .string(e.kind.rawValue)), ("d", .string(e.dateLabel ?? "")),
                                     ("s", .string(e.summary)), ("e", .number(essays)), ("u", .string(r.urls.entry(e.kind, e.slug)))]))
        }
        return JSON.encode(.object(pairs))
    }
}
