import Annotation
import Content

/// schema.org descriptions of essays (Article), people (Person) and events (Event).
enum JSONLD {
    static func article(_ a: AnnotatedEssay, _ r: SiteRenderer) -> String {
        let e = a.essay
        let mentioned = Set(a.mentions.map(\.entity)).sorted().compactMap { r.entries[$0] }
        var pairs: [(String, JSON.Value)] = [
            ("@context", .string("https://schema.org")), ("@type", .string("Article")),
            ("headline", .string(e.title)), ("author", .object([("@type", .string(e.author.contains("Library") ? "Organization" : "Person")), ("name", .string(e.author))])),
            ("datePublished", .string(e.published.iso)), ("description", .string(e.summary)),
            ("publisher", .object([("@type", .string("Organization")), ("name", .string(e.source.publication))])),
            ("url", .string(r.urls.absolute("essays/\(e.slug)/"))),
            ("about", .array([thing(r.entries["nikita-khrushchev"], r)].compactMap { $0 })),
            ("mentions", .array(mentioned.compactMap { thing($0, r) })),
        ]
        if let url = e.source.url { pairs.append(("isBasedOn", .string(url))) }
        return JSON.encode(.object(pairs))
    }

    static func thing(_ entry: RegisterEntry?, _ r: SiteRenderer) -> JSON.Value? {
        guard let entry else { return nil }
        var pairs: [(String, JSON.Value)] = [("@type", .string(type(entry))), ("name", .string(entry.name)),
                                             ("url", .string(r.urls.absolute("\(entry.kind.folder)/\(entry.slug)/")))]
        if let q = entry.wikidata { pairs.append(("sameAs", .string("https://www.wikidata.org/wiki/\(q)"))) }
        return .object(pairs)
    }

    static func type(_ entry: RegisterEntry) -> String {
        switch entry.kind {
        case .person: "Person"
        case .event: "Event"
        case .term: "DefinedTerm"
        }
    }

    static func entry(_ entry: RegisterEntry, _ r: SiteRenderer) -> String {
        var pairs: [(String, JSON.Value)] = [("@context", .string("https://schema.org"))]
        if case .object(let base)? = thing(entry, r) { pairs += base }
        pairs.append(("description", .string(entry.summary)))
        if let b = entry.born { pairs.append(("birthDate", .string(b.iso))) }
        if let d = entry.died { pairs.append(("deathDate", .string(d.iso))) }
        if let s = entry.when { pairs.append(("startDate", .string(s.iso))) }
        if let e = entry.end { pairs.append(("endDate", .string(e.iso))) }
        return JSON.encode(.object(pairs))
    }
}
