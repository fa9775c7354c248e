/// Everything loaded from `content/`, validated, before any annotation.
public struct Corpus: Sendable {
    public var site: SiteConfig
    public var essays: [Essay]
    public var entries: [RegisterEntry]
    public var works: [Work]
    /// Warnings found while loading (unknown keys…).
    public var warnings: [Diagnostic]

    public init(site: SiteConfig, essays: [Essay], entries: [RegisterEntry], works: [Work], warnings: [Diagnostic] = []) {
        self.site = site
        self.essays = essays
        self.entries = entries
        self.works = works
        self.warnings = warnings
    }

    public func entries(of kind: RegisterEntry.Kind) -> [RegisterEntry] {
        entries.filter { $0.kind == kind }
    }
}
