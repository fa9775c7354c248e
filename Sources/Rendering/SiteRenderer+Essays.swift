import Annotation
import Content

extension SiteRenderer {
    func homeModel() -> [String: Any] {
        ["essays": essays.map(essayCard),
         "counts": ["people": corpus.entries(of: .person).count, "events": corpus.entries(of: .event).count,
                    "terms": corpus.entries(of: .term).count, "sources": corpus.works.count]]
    }

    func essayPage(_ a: AnnotatedEssay) -> OutputFile {
        let e = a.essay
        var counts: [String: Int] = [:]
        for m in a.mentions { counts[m.entity, default: 0] += 1 }
        let groups: [[String: Any]] = RegisterEntry.Kind.allCases.compactMap { kind in
            let items = counts.compactMap { slug, n in entries[slug].flatMap { $0.kind == kind ? ($0, n) : nil } }
                .sorted { ($1.1, $0.0.sortName) < ($0.1, $1.0.sortName) }
            guard !items.isEmpty else { return nil }
            return ["label": kind.plural, "items": items.map { entry, n in
                ["name": entry.name, "url": urls.entry(entry.kind, entry.slug), "count": n, "kind": entry.kind.rawValue] as [String: Any]
            }]
        }
        let editorial: [[String: Any]] = e.editorialNotes.enumerated().map { i, n in
            ["number": i + 1, "kind": n.kind.rawValue, "kindLabel": Self.noteLabel(n.kind), "original": n.original as Any,
             "corrected": n.corrected as Any, "note": n.note, "hasAnchor": n.kind == .note && n.anchor != nil]
        }
        let model: [String: Any] = [
            "essay": ["title": e.title, "author": e.author, "dateISO": e.published.iso, "dateLabel": e.published.display,
                      "publication": e.source.publication, "sourceURL": e.source.url as Any, "summary": e.summary,
                      "rights": e.rights, "html": a.html] as [String: Any],
            "toc": a.headings.filter { $0.level == 2 }.map { ["id": $0.id, "text": $0.text] },
            "hasToc": a.headings.filter { $0.level == 2 }.count > 1,
            "editorial": editorial, "groups": groups,
        ]
        return page("essays/\(e.slug)/index.html", "essay", kind: "essay", title: e.title, description: e.summary,
                    extra: model, jsonLD: JSONLD.article(a, self), ogType: "article")
    }

    static func noteLabel(_ kind: Essay.EditorialNote.Kind) -> String {
        switch kind {
        case .removed: "Removed:"
        case .corrected: "Corrected:"
        case .note: "Note:"
        case .restructured: "Structure:"
        }
    }

    /// The comparison: per essay, the entries only it mentions; for a small corpus, the
    /// pairwise overlap matrix (a matrix of thousands of essays would help no reader).
    func essaysModel() -> [String: Any] {
        let sets = essays.map { Set($0.mentions.map(\.entity)) }
        var essayCount: [String: Int] = [:]
        for set in sets { for slug in set { essayCount[slug, default: 0] += 1 } }
        var cards = essays.map(essayCard)
        for (i, set) in sets.enumerated() {
            let only = set.filter { essayCount[$0] == 1 }.compactMap { entries[$0] }.sorted { $0.sortName < $1.sortName }
            cards[i]["only"] = only.map { ["name": $0.name, "url": urls.entry($0.kind, $0.slug)] }
        }
        let overlap: [[String: Any]] = essays.count > Self.matrixLimit ? [] : essays.enumerated().map { i, a in
            ["label": shortLabel(a.essay),
             "cells": sets.enumerated().map { j, s in ["value": i == j ? "—" : String(sets[i].intersection(s).count)] }]
        }
        let years = essays.map(\.essay.year)
        let lede = "\(essays.count) essay\(essays.count == 1 ? "" : "s")" + (years.isEmpty ? "." : ", written between \(years.min()!) and \(years.max()!).")
        return ["essays": cards, "overlap": overlap, "matrixHeads": essays.count > Self.matrixLimit ? [] : cards, "lede": lede]
    }

    /// Essay columns beyond which comparison matrices are left out.
    static let matrixLimit = 12
}
