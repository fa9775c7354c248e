/// One essay: its front matter, typed, and its Markdown body (parsed later, in annotation).
public struct Essay: Sendable {
    public struct Source: Sendable {
        public var publication: String
        public var date: PartialDate?
        public var url: String?
    }

    /// An editorial change or note, shown to readers and checked by the seed test.
    public struct EditorialNote: Sendable {
        public enum Kind: String, Sendable, CaseIterable { case removed, corrected, note, restructured }
        public var kind: Kind
        public var original: String?
        public var corrected: String?
        /// For `note`: exact text of the body the note attaches to.
        public var anchor: String?
        public var note: String
        public var location: SourceLocation
    }

    public var slug: String
    public var title: String
    public var author: String
    /// Person slug of the author, when the register has them.
    public var authorRef: String?
    public var year: Int
    public var date: PartialDate?
    public var source: Source
    public var rights: String
    public var summary: String
    public var draft: Bool
    public var editorialNotes: [EditorialNote]
    public var body: String
    /// File line of the body's first line: cmark line N is file line `bodyFirstLine + N - 1`.
    public var bodyFirstLine: Int
    /// Path relative to the content folder, e.g. `essays/thatcher.md`.
    public var path: String

    /// The date to show and sort by: the precise date when given, else the year.
    public var published: PartialDate { date ?? PartialDate(year: year) }
}
