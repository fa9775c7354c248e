/// A person, event or term from the register, which mentions in the essays resolve to.
public struct RegisterEntry: Sendable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable, Comparable {
        case person, event, term
        /// The content folder and the URL segment: `people`, `events`, `terms`.
        public var folder: String {
            switch self {
            case .person: "people"
            case .event: "events"
            case .term: "terms"
            }
        }
        public var plural: String {
            switch self {
            case .person: "People"
            case .event: "Events"
            case .term: "Terms"
            }
        }
        public static func < (a: Self, b: Self) -> Bool { a.order < b.order }
        var order: Int { Self.allCases.firstIndex(of: self)! }
    }

    /// One written form of the entry's name.
    public struct Alias: Sendable, Hashable {
        public var text: String
        /// Matches the lower-case, Capitalised and UPPER-CASE forms too.
        public var ignoreCase: Bool
        public init(_ text: String, ignoreCase: Bool = false) {
            self.text = text
            self.ignoreCase = ignoreCase
        }
    }

    public var kind: Kind
    public var slug: String
    public var name: String
    /// "Surname, Given names" for people; the name otherwise.
    public var sortName: String
    public var aliases: [Alias]
    public var summary: String
    public var wikidata: String?
    public var body: String
    public var path: String
    public var bodyFirstLine: Int

    // People
    public var born: PartialDate?
    public var died: PartialDate?
    public var roles: [String] = []

    // Events
    public var date: PartialDate?
    public var start: PartialDate?
    public var end: PartialDate?
    public var participants: [String] = []
    /// File line of each participant, for errors about unknown slugs.
    public var participantLines: [String: Int] = [:]

    public var id: String { slug }

    public init(kind: Kind, slug: String, name: String, sortName: String, aliases: [Alias], summary: String,
                wikidata: String? = nil, body: String, path: String, bodyFirstLine: Int, date: PartialDate? = nil) {
        self.kind = kind
        self.slug = slug
        self.name = name
        self.sortName = sortName
        self.aliases = aliases
        self.summary = summary
        self.wikidata = wikidata
        self.body = body
        self.path = path
        self.bodyFirstLine = bodyFirstLine
        self.date = date
    }

    /// The event's date for ordering: `date`, else `start`.
    public var when: PartialDate? { date ?? start }

    /// Every form the matcher looks for: the name and the aliases, without repeats.
    public var allNames: [Alias] {
        var seen = Set<Alias>()
        return ([Alias(name)] + aliases).filter { seen.insert($0).inserted }
    }

    /// "1894–1971", "25 February 1956", "1953–1964" or nil.
    public var dateLabel: String? {
        switch kind {
        case .person:
            guard born != nil || died != nil else { return nil }
            return "\(born.map { String($0.year) } ?? "?")–\(died.map { String($0.year) } ?? "")"
        case .event:
            if let date { return date.display }
            if let start {
                return end.map { "\(start.display) – \($0.display)" } ?? "from \(start.display)"
            }
            return nil
        case .term:
            return nil
        }
    }
}
