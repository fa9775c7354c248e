import Content

/// An author–date citation as printed ("Tompson 1997: p.142"), resolved against the sources.
public struct Citation: Sendable {
    /// "Tompson 1997"
    public var key: String
    /// The printed text the link covers.
    public var text: String
    public var pages: String?
    public var work: String?
    /// A near miss when unresolved: the key the sources do have ("Taubman 2003").
    public var suggestion: String?
    public var essay: String
    public var paragraphID: String
    public var location: SourceLocation
}

/// Finds author–date citations in a paragraph's text.
enum CitationScanner {
    struct Found {
        var range: Range<Int>
        var key: String
        var pages: String?
    }

    // "(Tompson 1997: p.142)", "(Medvedev & Medvedev 1977: p.10-12; Taubman 2003)"
    nonisolated(unsafe) static let parenthetical = #/\(([^()]*?\b\d{4}[a-z]?\b[^()]*)\)/#
    nonisolated(unsafe) static let part = #/^\s*((?:[A-Z][\p{L}'’\-]+)(?:\s+(?:&|and)\s+[A-Z][\p{L}'’\-]+|\s+[A-Z][\p{L}'’\-]+)*)\s+(\d{4}[a-z]?)(?:\s*:\s*(.+?))?\s*$/#
    // "Taubman (2003: p.271-2)"
    nonisolated(unsafe) static let narrative = #/((?:(?:[Vv]an|[Dd]e|[Vv]on|[Dd]er)\s+)?(?:[A-Z][\p{L}'’\-]+)(?:\s+(?:&|and)\s+[A-Z][\p{L}'’\-]+)?)\s+\((\d{4}[a-z]?)(?:\s*:\s*([^()]+?))?\)/#

    static func scan(_ text: String) -> [Found] {
        guard mightCite(text.utf8) else { return [] }
        var found: [Found] = []
        func offset(_ i: String.Index) -> Int { text.utf8.distance(from: text.utf8.startIndex, to: i) }
        for m in text.matches(of: narrative) {
            found.append(Found(range: offset(m.range.lowerBound)..<offset(m.range.upperBound),
                               key: "\(m.1) \(m.2)", pages: m.3.map(String.init)))
        }
        for m in text.matches(of: parenthetical) {
            let inner = m.1
            if found.contains(where: { $0.range.contains(offset(inner.startIndex)) }) { continue }
            var partStart = inner.startIndex
            for piece in inner.split(separator: ";", omittingEmptySubsequences: false) {
                defer { partStart = text.index(piece.endIndex, offsetBy: piece.endIndex < inner.endIndex ? 1 : 0) }
                guard let p = try? part.wholeMatch(in: piece) else { continue }
                let lead = piece.prefix { $0 == " " }.utf8.count
                let start = offset(piece.startIndex) + lead
                let trimmed = piece.reversed().prefix { $0 == " " }.count
                found.append(Found(range: start..<(offset(piece.endIndex) - trimmed), key: "\(p.1) \(p.2)", pages: p.3.map(String.init)))
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Cheap pre-check before the regexes: a "(" later followed by four digits before its ")".
    static func mightCite(_ bytes: String.UTF8View) -> Bool {
        var open = false
        var digits = 0
        for b in bytes {
            if b == UInt8(ascii: "(") { open = true; digits = 0 }
            else if b == UInt8(ascii: ")") { open = false }
            else if open, b >= 0x30, b <= 0x39 { digits += 1; if digits == 4 { return true } }
            else { digits = 0 }
        }
        return false
    }

    /// Canonical key: single spaces, "and" as "&", straight apostrophes.
    static func normalize(_ key: String) -> String {
        key.replacingOccurrences(of: " and ", with: " & ").replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
