import Content

/// Every mention of every entry across the corpus, grouped for entry pages and indexes.
/// Built after all essays are annotated (a walk over records, not trees).
public struct MentionIndex: Sendable {
    /// Mentions per entry slug, in essay order then document order.
    public let byEntity: [String: [Mention]]
    /// Citations per work slug.
    public let byWork: [String: [Citation]]
    /// For each entry, the other entries mentioned in the same paragraphs, with counts.
    public let coMentions: [String: [(slug: String, count: Int)]]

    public init(essays: [AnnotatedEssay]) {
        var byEntity: [String: [Mention]] = [:]
        var byWork: [String: [Citation]] = [:]
        // Entities get small integer ids, so co-mention pairs are counted in one flat table.
        var ids: [String: Int] = [:]
        var slugs: [String] = []
        var pairs: [Int: Int] = [:]
        var inParagraph: [Int] = []
        func flush() {
            for a in inParagraph { for b in inParagraph where a != b { pairs[a &* 1_000_003 &+ b, default: 0] += 1 } }
            inParagraph.removeAll(keepingCapacity: true)
        }
        for essay in essays {
            // Mentions come in document order, so one paragraph's mentions are adjacent.
            var paragraph: String?
            for m in essay.mentions {
                byEntity[m.entity, default: []].append(m)
                if m.paragraphID != paragraph { flush(); paragraph = m.paragraphID }
                let id = ids[m.entity] ?? { slugs.append(m.entity); ids[m.entity] = slugs.count - 1; return slugs.count - 1 }()
                if !inParagraph.contains(id) { inParagraph.append(id) }
            }
            flush()
            for c in essay.citations { if let w = c.work { byWork[w, default: []].append(c) } }
        }
        var co: [String: [(slug: String, count: Int)]] = [:]
        for (key, count) in pairs {
            let a = key / 1_000_003, b = key % 1_000_003
            co[slugs[a], default: []].append((slugs[b], count))
        }
        self.byEntity = byEntity
        self.byWork = byWork
        self.coMentions = co.mapValues { $0.sorted { ($1.count, $0.slug) < ($0.count, $1.slug) } }
    }

    public func mentions(of slug: String) -> [Mention] { byEntity[slug] ?? [] }

    /// Essay slugs that mention an entry.
    public func essays(mentioning slug: String) -> [String] {
        var seen = Set<String>()
        return mentions(of: slug).map(\.essay).filter { seen.insert($0).inserted }
    }
}
