import Annotation
import Content

extension SiteRenderer {
    func entryPage(_ entry: RegisterEntry) -> OutputFile {
        let mentions = index.mentions(of: entry.slug)
        var byEssay: [String: [Mention]] = [:]
        for m in mentions { byEssay[m.essay, default: []].append(m) }
        // Entries mentioned in many essays: fewer excerpts per essay, and essays past the cap
        // listed with their counts only, so the page stays readable at any corpus size.
        let mentioning = essays.filter { byEssay[$0.essay.slug] != nil }
        let perEssay = mentioning.count > 10 ? 3 : excerptLimit
        let withExcerpts = mentioning.prefix(essayExcerptCap)
        let overflow: [[String: Any]] = mentioning.dropFirst(essayExcerptCap).prefix(overflowCap).map { a in
            let ms = byEssay[a.essay.slug]!
            return ["title": a.essay.title, "url": mentionHref(ms[0]), "count": ms.count]
        }
        let groups: [[String: Any]] = withExcerpts.compactMap { a in
            guard let ms = byEssay[a.essay.slug] else { return nil }
            let shown = ms.prefix(perEssay).map { m -> [String: Any] in
                ["before": m.before, "text": m.text, "after": m.after, "href": mentionHref(m), "section": m.section as Any]
            }
            return ["slug": a.essay.slug, "title": a.essay.title, "author": a.essay.author, "year": a.essay.year,
                    "url": urls.essay(a.essay.slug), "count": ms.count, "plural": ms.count == 1 ? "" : "s",
                    "mentions": shown, "more": ms.count > perEssay ? ms.count - perEssay : 0]
        }
        let related = (index.coMentions[entry.slug] ?? []).prefix(12).compactMap { pair -> [String: Any]? in
            guard let e = entries[pair.slug] else { return nil }
            return ["name": e.name, "url": urls.entry(e.kind, e.slug), "count": pair.count, "kind": e.kind.rawValue]
        }
        let events = entry.kind == .person ? (index.coMentions[entry.slug] ?? []).compactMap { pair -> [String: Any]? in
            guard let e = entries[pair.slug], e.kind == .event else { return nil }
            return ["name": e.name, "url": urls.entry(e.kind, e.slug), "count": pair.count]
        } : []
        let participants = entry.participants.compactMap { entries[$0] }.withLast {
            ["name": $0.name, "url": urls.entry(.person, $0.slug)]
        }
        let model: [String: Any] = [
            "entry": ["kind": entry.kind.rawValue, "kindLabel": kindLabel(entry), "name": entry.name,
                      "dates": entry.dateLabel as Any, "dateISO": (entry.kind == .event ? entry.when?.iso : nil) as Any,
                      "summary": entry.summary, "roles": entry.roles, "bodyHTML": markdownHTML(entry.body),
                      "wikidata": entry.wikidata as Any, "participants": participants] as [String: Any],
            "essays": groups, "overflow": overflow,
            "overflowMore": max(0, mentioning.count - essayExcerptCap - overflowCap), "total": mentions.count, "essayCount": mentioning.count, "essayTotal": essays.count,
            "related": related, "events": events,
            "variants": entry.kind == .event ? DateVariants.find(entry, mentions).map { v -> [String: Any] in
                ["href": mentionHref(v.mention), "essayTitle": essayBySlug[v.mention.essay]?.essay.title ?? v.mention.essay,
                 "sentence": v.mention.before + v.mention.text + v.mention.after, "disagrees": v.disagrees,
                 "registerDate": entry.when?.display ?? ""]
            } : [],
            "timelineSVG": entry.kind == .event ? TimelineSVG.neighbours(of: entry, in: corpus.entries(of: .event), urls: urls) : "",
        ]
        return page("\(entry.kind.folder)/\(entry.slug)/index.html", "entry", kind: entry.kind.rawValue, title: entry.name,
                    description: entry.summary, extra: model, jsonLD: JSONLD.entry(entry, self),
                    ogType: entry.kind == .person ? "profile" : "article")
    }

    func kindLabel(_ entry: RegisterEntry) -> String {
        switch entry.kind {
        case .person: "Person"
        case .event: "Event"
        case .term: "Term"
        }
    }

    func entriesIndex(_ kind: RegisterEntry.Kind) -> OutputFile {
        let list = corpus.entries(of: kind)
        func item(_ e: RegisterEntry) -> [String: Any] {
            ["name": kind == .person ? e.sortName : e.name, "url": urls.entry(kind, e.slug), "dates": e.dateLabel as Any,
             "count": index.mentions(of: e.slug).count, "summary": e.summary, "kind": kind.rawValue]
        }
        var groups: [[String: Any]] = []
        switch kind {
        case .event:
            let dated = list.sorted { ($0.when ?? PartialDate(year: 9999), $0.name) < ($1.when ?? PartialDate(year: 9999), $1.name) }
            var byYear: [(String, [RegisterEntry])] = []
            for e in dated {
                let label = e.when.map { String($0.year) } ?? "Undated"
                if byYear.last?.0 == label { byYear[byYear.count - 1].1.append(e) } else { byYear.append((label, [e])) }
            }
            groups = byYear.map { ["id": $0.0.lowercased(), "label": $0.0, "items": $0.1.map(item)] }
        default:
            let sorted = list.sorted { ($0.sortName.lowercased(), $0.slug) < ($1.sortName.lowercased(), $1.slug) }
            var byLetter: [(String, [RegisterEntry])] = []
            for e in sorted {
                let letter = String(e.sortName.folding(options: .diacriticInsensitive, locale: nil).prefix(1)).uppercased()
                if byLetter.last?.0 == letter { byLetter[byLetter.count - 1].1.append(e) } else { byLetter.append((letter, [e])) }
            }
            groups = byLetter.map { ["id": PathGuard.slugify($0.0), "label": $0.0, "items": $0.1.map(item)] }
        }
        let intro: String
        switch kind {
        case .person: intro = "Everyone the essays name, by surname, with how often they are mentioned."
        case .event: intro = "The events the essays speak of, in chronological order."
        case .term: intro = "Institutions and ideas a reader may need explained, alphabetically."
        }
        return page("\(kind.folder)/index.html", "entries", kind: "index", title: kind.plural, description: intro,
                    extra: ["heading": kind.plural, "intro": intro, "groups": groups])
    }

    func sourcesModel() -> [String: Any] {
        let works: [[String: Any]] = corpus.works.map { w in
            let cited = (index.byWork[w.slug] ?? [])
            var seen = Set<String>()
            let citedIn = cited.filter { seen.insert("\($0.essay)#\($0.paragraphID)").inserted }.withLast { c in
                ["href": urls.essay(c.essay) + "#" + c.paragraphID,
                 "label": "\(essayBySlug[c.essay].map { shortLabel($0.essay) } ?? c.essay), “\(c.text)”"]
            }
            return ["slug": w.slug, "citationHTML": inlineHTML(w.citation.isEmpty ? w.title : w.citation),
                    "authors": w.authors.compactMap { entries[$0] }.withLast { ["name": $0.name, "url": urls.entry(.person, $0.slug)] },
                    "citedIn": citedIn, "noteHTML": markdownHTML(w.body)]
        }
        let unmatched: [[String: Any]] = essays.flatMap { a in
            a.citations.filter { $0.work == nil }.map { c in
                ["href": urls.essay(c.essay) + "#" + c.paragraphID, "text": c.text, "essay": a.essay.title,
                 "suggestion": c.suggestion as Any]
            }
        }
        return ["works": works, "unmatched": unmatched]
    }

    /// A one-paragraph Markdown string rendered without its `<p>` wrapper.
    func inlineHTML(_ text: String) -> String {
        var html = markdownHTML(text)
        if html.hasPrefix("<p>") && html.hasSuffix("</p>\n") { html = String(html.dropFirst(3).dropLast(5)) }
        return html
    }
}
