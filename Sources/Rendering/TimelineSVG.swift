import Content

/// Compact timeline graphics drawn at build time: no script, no external request.
enum TimelineSVG {
    /// The whole span of dated events, one tick per event, labelled by year.
    static func overview(_ events: [RegisterEntry], urls: URLBuilder) -> String {
        let dated = events.filter { $0.when != nil }.sorted { $0.when! < $1.when! }
        guard let first = dated.first?.when?.year, let last = dated.last?.when?.year else { return "" }
        let width = 720.0, left = 20.0, right = 700.0
        let span = Double(max(1, last - first + 1))
        func x(_ d: PartialDate) -> Double {
            let fraction = (Double(d.year - first) + Double((d.month ?? 6) - 1) / 12.0) / span
            return left + fraction * (right - left)
        }
        // A picture for the eye; the ordered list below is its text equivalent, so the
        // graphic is hidden from assistive technology and its links from the tab order.
        var svg = "<svg class=\"timeline-svg\" viewBox=\"0 0 \(Int(width)) 70\" aria-hidden=\"true\" focusable=\"false\">"
        svg += "<line x1=\"\(left)\" y1=\"40\" x2=\"\(right)\" y2=\"40\" class=\"axis\"/>"
        for year in first...last where (year - first) % max(1, Int(span) / 8) == 0 {
            let px = x(PartialDate(year: year, month: 1))
            svg += "<text x=\"\(fmt(px))\" y=\"64\" class=\"year\">\(year)</text>"
        }
        for e in dated {
            svg += "<a href=\"\(HTML.escape(urls.entry(.event, e.slug)))\" tabindex=\"-1\"><circle cx=\"\(fmt(x(e.when!)))\" cy=\"40\" r=\"5\" class=\"tick\"><title>\(HTML.escape(e.name)) (\(HTML.escape(e.when!.display)))</title></circle></a>"
        }
        return svg + "</svg>"
    }

    /// An event with the events just before and after it.
    static func neighbours(of event: RegisterEntry, in events: [RegisterEntry], urls: URLBuilder) -> String {
        let dated = events.filter { $0.when != nil }.sorted { ($0.when!, $0.slug) < ($1.when!, $1.slug) }
        guard let i = dated.firstIndex(where: { $0.slug == event.slug }) else { return "" }
        let window = Array(dated[max(0, i - 2)...min(dated.count - 1, i + 2)])
        let step = 680.0 / Double(max(1, window.count - 1))
        var svg = "<figure class=\"neighbours\" aria-label=\"\(HTML.escape(event.name)) among the events around it\"><svg class=\"timeline-svg\" viewBox=\"0 0 720 90\" aria-hidden=\"true\" focusable=\"false\">"
        svg += "<line x1=\"20\" y1=\"30\" x2=\"700\" y2=\"30\" class=\"axis\"/>"
        var list = "<figcaption><ol class=\"neighbour-list\">"
        for (k, e) in window.enumerated() {
            let px = window.count == 1 ? 360 : 20 + Double(k) * step
            let current = e.slug == event.slug
            svg += "<circle cx=\"\(fmt(px))\" cy=\"30\" r=\"\(current ? 8 : 5)\" class=\"\(current ? "tick current" : "tick")\"/>"
            svg += "<text x=\"\(fmt(px))\" y=\"60\" class=\"year\">\(HTML.escape(e.when!.display))</text>"
            list += current ? "<li aria-current=\"true\"><strong>\(HTML.escape(e.when!.display)): \(HTML.escape(e.name))</strong></li>"
                : "<li>\(HTML.escape(e.when!.display)): <a href=\"\(HTML.escape(urls.entry(.event, e.slug)))\">\(HTML.escape(e.name))</a></li>"
        }
        return svg + "</svg>" + list + "</ol></figcaption></figure>"
    }

    static func fmt(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}

extension SiteRenderer {
    func timelineModel() -> [String: Any] {
        let events = corpus.entries(of: .event).filter { $0.when != nil }.sorted { ($0.when!, $0.slug) < ($1.when!, $1.slug) }
        var years: [(Int, [RegisterEntry])] = []
        for e in events {
            if years.last?.0 == e.when!.year { years[years.count - 1].1.append(e) } else { years.append((e.when!.year, [e])) }
        }
        let showMatrix = essays.count <= Self.matrixLimit
        let heads = showMatrix ? essays.map { ["title": $0.essay.title, "short": shortLabel($0.essay)] } : []
        return [
            "svg": TimelineSVG.overview(events, urls: urls),
            "firstYear": events.first?.when?.year ?? 0, "lastYear": events.last?.when?.year ?? 0,
            "years": years.map { year, list in
                ["year": year, "events": list.map { e -> [String: Any] in
                    ["iso": e.when!.iso, "label": e.dateLabel ?? "", "url": urls.entry(.event, e.slug), "name": e.name,
                     "summary": e.summary,
                     "essays": index.essays(mentioning: e.slug).compactMap { essayBySlug[$0] }.withLast {
                         ["url": urls.essay($0.essay.slug), "short": shortLabel($0.essay)]
                     }]
                }] as [String: Any]
            },
            "essayHeads": heads,
            "coverage": !showMatrix ? [] : events.map { e -> [String: Any] in
                var counts: [String: Int] = [:]
                for m in index.mentions(of: e.slug) { counts[m.essay, default: 0] += 1 }
                return ["name": e.name, "url": urls.entry(.event, e.slug),
                        "cells": essays.map { a in ["count": counts[a.essay.slug] ?? 0] }]
            },
        ]
    }
}
