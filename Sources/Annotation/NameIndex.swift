import Content

/// Every name and alias of the register, compiled into one automaton, plus what each
/// matched form resolves to. Built once per build, shared by all essays.
public struct NameIndex: Sendable {
    /// One canonical written form and the entries that claim it (more than one: ambiguous).
    public struct Form: Sendable {
        public var text: String
        public var slugs: [String]
        public var isAmbiguous: Bool { slugs.count > 1 }
    }

    public let matcher: AhoCorasick
    /// Pattern id → index into `forms`.
    let patternForm: [Int]
    public let forms: [Form]
    public let entries: [String: RegisterEntry]

    public init(entries: [RegisterEntry]) {
        var formIndex: [String: Int] = [:]
        var forms: [Form] = []
        var patterns: [[UInt8]] = []
        var patternForm: [Int] = []
        var seenPattern = Set<[UInt8]>()
        for entry in entries {
            for alias in entry.allNames {
                let key = Self.canonical(alias.text)
                let index: Int
                if let i = formIndex[key] {
                    index = i
                    if !forms[i].slugs.contains(entry.slug) { forms[i].slugs.append(entry.slug) }
                } else {
                    index = forms.count
                    formIndex[key] = index
                    forms.append(Form(text: alias.text, slugs: [entry.slug]))
                }
                for variant in Self.variants(of: alias) {
                    let bytes = Array(variant.utf8)
                    // A form written two ways (ignore-case variants) needs one pattern only.
                    guard seenPattern.insert(bytes).inserted else { continue }
                    patterns.append(bytes)
                    patternForm.append(index)
                }
            }
        }
        self.matcher = AhoCorasick(patterns: patterns)
        self.patternForm = patternForm
        self.forms = forms
        self.entries = Dictionary(entries.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func form(ofPattern id: Int) -> Form { forms[patternForm[id]] }
    public func formIndex(ofPattern id: Int) -> Int { patternForm[id] }

    static let apostrophes: [Character] = ["'", "\u{2019}", "\u{2018}", "\u{02BC}"]
    static let dashes: [Character] = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}"]

    /// The form used to decide whether two aliases are the same: quotes and dashes unified.
    static func canonical(_ text: String) -> String {
        String(text.map { apostrophes.contains($0) ? "'" : dashes.contains($0) ? "-" : $0 })
    }

    /// Every spelling the matcher looks for: straight/curly quotes and hyphen/dash variants
    /// of the alias, and for ignore-case aliases the lower, Capitalised and UPPER forms.
    static func variants(of alias: RegisterEntry.Alias) -> [String] {
        var bases = [canonical(alias.text)]
        if alias.ignoreCase {
            let lower = bases[0].lowercased()
            bases = [bases[0], lower, lower.prefix(1).uppercased() + lower.dropFirst(), bases[0].uppercased()]
        }
        var result: [String] = []
        for base in bases {
            var partial = [""]
            for ch in base {
                let options: [Character] = ch == "'" ? apostrophes : ch == "-" ? dashes : [ch]
                // Cap the expansion: an alias with many dashes keeps the common spellings only.
                let allowed = partial.count * options.count > 64 ? [ch] : options
                partial = partial.flatMap { p in allowed.map { p + String($0) } }
            }
            result += partial
        }
        var seen = Set<String>()
        return result.filter { seen.insert($0).inserted }
    }
}
