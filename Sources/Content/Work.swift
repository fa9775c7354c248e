/// A work (book, article, lecture…) cited or named by the essays: the sources register.
public struct Work: Sendable, Identifiable {
    public var slug: String
    public var title: String
    public var authors: [String]
    public var authorText: String
    public var year: Int?
    public var kind: String
    public var publisher: String?
    public var place: String?
    public var container: String?
    public var pages: String?
    /// Author–date keys in-text citations resolve against, e.g. "Taubman 2003".
    public var citeAs: [String]
    /// The bibliography entry as printed (Markdown).
    public var citation: String
    public var body: String
    public var path: String

    public var id: String { slug }
}
