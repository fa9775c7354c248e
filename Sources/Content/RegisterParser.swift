/// Turns one register file (person, event or term) into a `RegisterEntry`.
enum RegisterParser {
    static func parse(_ text: String, kind: RegisterEntry.Kind, path: String) throws -> (RegisterEntry, [Diagnostic]) {
        let parts = try FrontMatterFile.split(text, file: path)
        let mapping = try YAMLMapping.parse(parts.yaml, file: path, firstLine: parts.yamlFirstLine)
        var r = FieldReader(mapping, file: path, firstLine: parts.yamlFirstLine)
        let slug = r.string("slug") ?? EssayParser.fileSlug(path)
        try PathGuard.validate(slug, file: path, location: r.location(ofKey: "slug"))
        let name = r.string("name", required: true) ?? slug
        var aliases: [RegisterEntry.Alias] = []
        for item in r.items("aliases") {
            if let s = item.scalar {
                aliases.append(.init(s.string))
            } else if var a = r.reader(for: item, key: "aliases") {
                if let text = a.string("text", required: true) {
                    aliases.append(.init(text, ignoreCase: a.bool("ignore_case") ?? false))
                }
                a.finish()
                r.diagnostics.add(contentsOf: a.diagnostics.all)
            }
        }
        for alias in aliases where alias.text.trimmingCharacters(in: .whitespaces).isEmpty {
            r.diagnostics.add(.error("bad-value", "an alias is empty", at: r.location(ofKey: "aliases")))
        }
        var entry = RegisterEntry(kind: kind, slug: slug, name: name, sortName: r.string("sort_name").flatMap { $0.isEmpty ? nil : $0 } ?? name,
                                  aliases: aliases, summary: r.string("summary", required: true) ?? "",
                                  wikidata: r.string("wikidata"), body: parts.body, path: path,
                                  bodyFirstLine: parts.bodyFirstLine)
        if let q = entry.wikidata, !isWikidataID(q) {
            r.diagnostics.add(.error("bad-value", "'wikidata' must be a Q-id like 'Q35340', not '\(q)'", at: r.location(ofKey: "wikidata")))
        }
        switch kind {
        case .person:
            entry.born = r.date("born")
            entry.died = r.date("died")
            entry.roles = r.strings("roles")
        case .event:
            entry.date = r.date("date")
            entry.start = r.date("start")
            entry.end = r.date("end")
            for item in r.items("participants") {
                guard let slug = item.scalar?.string else { continue }
                entry.participants.append(slug)
                entry.participantLines[slug] = r.location(of: item).line
            }
            if let s = entry.start, let e = entry.end, e < s {
                r.diagnostics.add(.error("bad-date", "'end' (\(e)) is before 'start' (\(s))", at: r.location(ofKey: "end")))
            }
        case .term:
            break
        }
        r.finish(knownHint: ["name", "aliases", "summary", "wikidata", "born", "died", "roles", "date", "start", "end", "participants", "sort_name"])
        try r.diagnostics.throwIfErrors()
        return (entry, r.diagnostics.warnings)
    }

    static func isWikidataID(_ s: String) -> Bool {
        s.count > 1 && s.first == "Q" && s.dropFirst().allSatisfy(\.isASCII) && s.dropFirst().allSatisfy(\.isNumber)
    }
}

/// Turns one file of `content/sources/` into a `Work`.
enum WorkParser {
    static func parse(_ text: String, path: String) throws -> (Work, [Diagnostic]) {
        let parts = try FrontMatterFile.split(text, file: path)
        let mapping = try YAMLMapping.parse(parts.yaml, file: path, firstLine: parts.yamlFirstLine)
        var r = FieldReader(mapping, file: path, firstLine: parts.yamlFirstLine)
        let slug = r.string("slug") ?? EssayParser.fileSlug(path)
        try PathGuard.validate(slug, file: path, location: r.location(ofKey: "slug"))
        let work = Work(slug: slug, title: r.string("title", required: true) ?? slug, authors: r.strings("authors"),
                        authorText: r.string("author_text") ?? "", year: r.int("year"), kind: r.string("kind") ?? "other",
                        publisher: r.string("publisher"), place: r.string("place"), container: r.string("container"),
                        pages: r.string("pages"), citeAs: r.strings("cite_as"),
                        citation: r.string("citation") ?? "", body: parts.body, path: path)
        r.finish()
        try r.diagnostics.throwIfErrors()
        return (work, r.diagnostics.warnings)
    }
}
