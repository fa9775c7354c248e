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
        var paragraphEntities: [String: Set<String>] = [:]
        for essay in essays {
            for m in essay.mentions {
                byEntity[m.entity, default: []].append(m)
                paragraphEntities["\(m.essay)#\(m.paragraphID)", default: []].insert(m.entity)
            }
            for c in essay.citations { if let w = c.work { byWork[w, default: []].append(c) } }
        }
        var pairs: [String: [String: Int]] = [:]
        for (_, set) in paragraphEntities {
            for a in set { for b in set where a != b { pairs[a, default: [:]][b, default: 0] += 1 } }
        }
        self.byEntity = byEntity
        self.byWork = byWork
        self.coMentions = pairs.mapValues { counts in
            counts.map { (slug: $0.key, count: $0.value) }.sorted { ($1.count, $0.slug) < ($0.count, $1.slug) }
        }
    }

    public func mentions(of slug: String) -> [Mention] { byEntity[slug] ?? [] }

    /// Essay slugs that mention an entry.
    public func essays(mentioning slug: String) -> [String] {
        var seen = Set<String>()
        return mentions(of: slug).map(\.essay).filter { seen.insert($0).inserted }
    }
}
