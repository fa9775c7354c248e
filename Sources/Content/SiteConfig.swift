/// `content/site.yml`: what the whole site is called and how it links.
public struct SiteConfig: Sendable {
    /// Which mentions of an entry become links; all are still counted and indexed.
    public enum LinkPolicy: String, Sendable, CaseIterable {
        case firstPerSection = "first-per-section"
        case firstPerEssay = "first-per-essay"
        case all
    }

    public var title: String
    public var description: String
    public var language: String
    public var editor: String
    public var baseURL: String
    public var linkPolicy: LinkPolicy
    /// Capitalised words that are not register names (places, nations, months…), so the
    /// unlinked-name report lists only what may be a missing person, event or term.
    public var notNames: Set<String> = []

    public init(title: String, description: String = "", language: String = "en",
                editor: String = "", baseURL: String = "/", linkPolicy: LinkPolicy = .firstPerSection) {
        self.title = title
        self.description = description
        self.language = language
        self.editor = editor
        self.baseURL = baseURL
        self.linkPolicy = linkPolicy
    }
}
