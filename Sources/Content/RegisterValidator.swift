/// Cross-file checks, run once everything is loaded: unique slugs, known participants,
/// known authors.
enum RegisterValidator {
    static func validate(essays: [Essay], entries: [RegisterEntry], works: [Work], into diagnostics: inout Diagnostics) {
        var firstPath: [String: String] = [:]
        let all: [(slug: String, path: String)] = essays.map { ($0.slug, $0.path) }
        for (slug, path) in all {
            if let first = firstPath[slug] {
                diagnostics.add(.error("duplicate-slug", "duplicate essay slug '\(slug)', already used by \(first)",
                                       at: SourceLocation(file: path, line: 1), hint: "rename one of the files or set a different 'slug:'"))
            } else { firstPath[slug] = path }
        }
        // The register and the sources share one namespace, so [[slug]] needs no kind.
        var registerPath: [String: String] = [:]
        for (slug, path) in entries.map({ ($0.slug, $0.path) }) + works.map({ ($0.slug, $0.path) }) {
            if let first = registerPath[slug] {
                diagnostics.add(.error("duplicate-slug", "duplicate slug '\(slug)', already used by \(first)",
                                       at: SourceLocation(file: path, line: 1),
                                       hint: "slugs are shared by people, events, terms and sources; rename one of the files"))
            } else { registerPath[slug] = path }
        }
        let people = Set(entries.filter { $0.kind == .person }.map(\.slug))
        for entry in entries where entry.kind == .event {
            for p in entry.participants where !people.contains(p) {
                diagnostics.add(.error("unknown-participant", "unknown participant '\(p)'", at: participantLocation(entry, p),
                                       hint: Suggestions.hint(for: p, in: people.sorted()) ?? "add content/people/\(p).md or fix the slug"))
            }
        }
        for work in works {
            for a in work.authors where !people.contains(a) {
                diagnostics.add(.error("unknown-person", "unknown author '\(a)'", at: SourceLocation(file: work.path, line: 1),
                                       hint: Suggestions.hint(for: a, in: people.sorted()) ?? "add content/people/\(a).md or fix the slug"))
            }
        }
        for essay in essays {
            if let a = essay.authorRef, !people.contains(a) {
                diagnostics.add(.error("unknown-person", "unknown person '\(a)' in author_ref", at: SourceLocation(file: essay.path, line: 1),
                                       hint: Suggestions.hint(for: a, in: people.sorted()) ?? "add content/people/\(a).md or fix the slug"))
            }
        }
    }

    /// The line of the participant in the file, found by looking for the slug in the front matter.
    static func participantLocation(_ entry: RegisterEntry, _ slug: String) -> SourceLocation {
        SourceLocation(file: entry.path, line: entry.participantLines[slug] ?? 1)
    }
}
