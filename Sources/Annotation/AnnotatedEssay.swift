import Content

/// One occurrence of a register entry in an essay, with the sentence it stands in.
public struct Mention: Sendable {
    public var entity: String
    public var essay: String
    public var paragraphID: String
    /// The section heading it falls under (nil before the first heading).
    public var section: String?
    public var location: SourceLocation
    /// The sentence, split around the mention so pages can highlight it.
    public var before: String
    public var text: String
    public var after: String
    /// Whether this occurrence became a link (the link policy decides).
    public var isLinked: Bool
}

/// A paragraph's plain text and id, for search and deep links.
public struct ParagraphRecord: Sendable {
    public var id: String
    public var section: String?
    public var text: String
}

/// A heading of the essay with the id the page gives it.
public struct HeadingRecord: Sendable {
    public var id: String
    public var level: Int
    public var text: String
}

/// What the annotation stage keeps of an essay: rendered HTML and the records later
/// stages need. The Markdown tree itself is freed.
public struct AnnotatedEssay: Sendable {
    public var essay: Essay
    public var html: String
    public var mentions: [Mention]
    public var paragraphs: [ParagraphRecord]
    public var headings: [HeadingRecord]
    public var citations: [Citation]
    public var wordCount: Int
    public var findings: [Diagnostic]
    /// Fingerprint of everything the annotation read (the essay and the register), set by
    /// the build; pages rendered from this essay use it as their cache key.
    public var inputKey = Fingerprint()
}

extension Essay {
    /// Fingerprint of the essay's own content and front matter.
    public var fingerprint: Fingerprint {
        var f = Fingerprint()
        for part in [path, slug, title, author, authorRef ?? "", String(year), date?.iso ?? "", source.publication,
                     source.date?.iso ?? "", source.url ?? "", rights, summary, String(draft), body] { f.add(part) }
        for n in editorialNotes { f.add("\(n.kind) \(n.original ?? "") \(n.corrected ?? "") \(n.anchor ?? "") \(n.note) \(n.location)") }
        return f
    }
}

extension Mention {
    func addTo(_ f: inout Fingerprint) {
        for part in [entity, essay, paragraphID, section ?? "", before, text, after, isLinked ? "1" : "0"] { f.add(part) }
    }
}

extension Array where Element == Mention {
    /// Fingerprint of mention records (an entry page's main input).
    public var fingerprint: Fingerprint {
        var f = Fingerprint()
        for m in self { m.addTo(&f) }
        return f
    }
}
