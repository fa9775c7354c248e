import Foundation

/// `build-site new`: creates a correctly named content file with its front matter keys.
public enum Scaffold {
    public enum Kind: String, CaseIterable, Sendable {
        case essay, person, event, term, source
        var folder: String {
            switch self {
            case .essay: "essays"
            case .person: "people"
            case .event: "events"
            case .term: "terms"
            case .source: "sources"
            }
        }
    }

    /// Writes the file and returns its path; refuses to overwrite.
    public static func create(_ kind: Kind, name: String, in content: URL) throws -> URL {
        let slug = PathGuard.slugify(name)
        let folder = content.appendingPathComponent(kind.folder)
        let file = folder.appendingPathComponent("\(slug).md")
        if FileManager.default.fileExists(atPath: file.path) {
            throw BuildFailure(.error("exists", "\(kind.folder)/\(slug).md already exists; not overwriting it",
                                      at: SourceLocation(file: "\(kind.folder)/\(slug).md"), hint: "edit the existing file, or choose another name"))
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text(kind, name: name).utf8).write(to: file, options: .withoutOverwriting)
        return file
    }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    public static func text(_ kind: Kind, name: String) -> String {
        let n = quoted(name)
        switch kind {
        case .essay:
            return """
            ---
            title: \(n)
            author: ""                  # as printed
            year: 2000                  # or date: "2000-03-15"
            source:
              publication: ""
              # date: "2000-03"
              # url: "https://…"
            rights: ""
            summary: ""                 # two sentences of our own
            draft: true                 # remove when ready to publish
            editorial_notes: []
            #  - kind: note             # removed | corrected | note | restructured
            #    anchor: "exact text of the essay"
            #    note: "What the reader should know."
            ---
            Write the essay here. Names from the register are linked automatically;
            use [[slug]] or [[slug|shown text]] where they are not, and [[!text]] to stop a link.

            """
        case .person:
            return """
            ---
            name: \(n)
            sort_name: ""               # "Surname, Given names"
            aliases: []                 # every form the essays use, e.g. ["Surname"]
            # born: "1900-01-01"
            # died: "1990"
            roles: []
            summary: ""                 # one line of our own
            # wikidata: "Q…"
            ---
            Two to five sentences of our own.

            """
        case .event:
            return """
            ---
            name: \(n)
            aliases: []
            date: "1956"                # or start: / end:, as precise as known
            participants: []            # people slugs
            summary: ""
            # wikidata: "Q…"
            ---
            Two to five sentences of our own.

            """
        case .term:
            return """
            ---
            name: \(n)
            aliases: []
            summary: ""
            # wikidata: "Q…"
            ---
            Two to five sentences of our own.

            """
        case .source:
            return """
            ---
            title: \(n)
            authors: []                 # people slugs
            author_text: ""             # as printed in the bibliography
            # year: 2000
            kind: book                  # book | article | chapter | lecture | memoir | periodical | other
            cite_as: []                 # e.g. ["Surname 2000"]
            citation: ""                # the bibliography entry as printed
            ---

            """
        }
    }
}
