/// Turns one essay file's text into an `Essay`, with located errors for bad front matter.
enum EssayParser {
    static func parse(_ text: String, path: String) throws -> (Essay, [Diagnostic]) {
        let parts = try FrontMatterFile.split(text, file: path)
        let mapping = try YAMLMapping.parse(parts.yaml, file: path, firstLine: parts.yamlFirstLine)
        var r = FieldReader(mapping, file: path, firstLine: parts.yamlFirstLine)
        let slug = r.string("slug") ?? fileSlug(path)
        try PathGuard.validate(slug, file: path, location: r.location(ofKey: "slug"))
        let title = r.string("title", required: true)
        let author = r.string("author", required: true)
        let date = r.date("date")
        let year = r.int("year", required: date == nil) ?? date?.year
        var source = Essay.Source(publication: "", date: nil, url: nil)
        if var s = r.nested("source") {
            source = Essay.Source(publication: s.string("publication", required: true) ?? "", date: s.date("date"), url: s.url("url"))
            s.finish()
            r.diagnostics.add(contentsOf: s.diagnostics.all)
        } else {
            r.diagnostics.add(.error("missing-key", "missing required key 'source'", at: SourceLocation(file: path, line: 1, column: 1),
                                     hint: "add 'source:' with 'publication:' (and 'date:', 'url:' where known)"))
        }
        var notes: [Essay.EditorialNote] = []
        for item in r.items("editorial_notes") {
            guard var n = r.reader(for: item, key: "editorial_notes") else { continue }
            let kindText = n.string("kind", required: true) ?? "note"
            let kind = Essay.EditorialNote.Kind(rawValue: kindText)
            if kind == nil {
                n.diagnostics.add(.error("bad-value", "unknown editorial note kind '\(kindText)'", at: n.location(ofKey: "kind"),
                                         hint: "use one of " + Essay.EditorialNote.Kind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")))
            }
            let note = Essay.EditorialNote(kind: kind ?? .note, original: n.string("original"), corrected: n.string("corrected"),
                                           anchor: n.string("anchor"), note: n.string("note", required: true) ?? "",
                                           location: r.location(of: item))
            n.finish()
            r.diagnostics.add(contentsOf: n.diagnostics.all)
            notes.append(note)
        }
        let essay = Essay(slug: slug, title: title ?? "", author: author ?? "", authorRef: r.string("author_ref"),
                          year: year ?? 0, date: date, source: source, rights: r.string("rights") ?? "",
                          summary: r.string("summary", required: true) ?? "", draft: r.bool("draft") ?? false,
                          editorialNotes: notes, body: parts.body, bodyFirstLine: parts.bodyFirstLine, path: path)
        r.finish()
        try r.diagnostics.throwIfErrors()
        return (essay, r.diagnostics.warnings)
    }

    static func fileSlug(_ path: String) -> String {
        String(path.split(separator: "/").last!.dropLast(3))
    }
}
