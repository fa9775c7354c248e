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

    /// Scans bytes, not regular expressions: the scan runs over every paragraph.
    static func scan(_ text: String) -> [Found] {
        let b = Array(text.utf8)
        guard mightCite(text.utf8) else { return [] }
        var found: [Found] = []
        var i = 0
        while i < b.count {
            guard b[i] == UInt8(ascii: "(") else { i += 1; continue }
            var close = i + 1
            while close < b.count, b[close] != UInt8(ascii: ")"), b[close] != UInt8(ascii: "(") { close += 1 }
            guard close < b.count, b[close] == UInt8(ascii: ")") else { i += 1; continue }
            let inner = i + 1..<close
            if let year = leadingYear(b, inner) {
                // Narrative: "Taubman (2003: p.271-2)": the names stand before the parenthesis.
                if let start = namesBefore(b, i) {
                    let names = String(decoding: b[start..<i], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                    found.append(Found(range: start..<close + 1, key: "\(names) \(yearText(b, year))", pages: pages(b, year.upperBound, close)))
                }
            } else {
                // Parenthetical: "(Tompson 1997: p.142; Chubarov 2011)".
                var partStart = inner.lowerBound
                var k = inner.lowerBound
                while k <= inner.upperBound {
                    if k == inner.upperBound || b[k] == UInt8(ascii: ";") {
                        if let f = part(b, partStart..<k) { found.append(f) }
                        partStart = k + 1
                    }
                    k += 1
                }
            }
            i = close + 1
        }
        return found
    }

    static func isDigit(_ x: UInt8) -> Bool { x >= 0x30 && x <= 0x39 }
    static func isUpper(_ x: UInt8) -> Bool { x >= 0x41 && x <= 0x5A }
    static func isNameByte(_ x: UInt8) -> Bool {
        (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A || x >= 0x80 || x == UInt8(ascii: "-") || x == UInt8(ascii: "'")
    }

    /// A year (four digits and an optional letter) at the start of `range`, then ":" or the end.
    static func leadingYear(_ b: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        var s = range.lowerBound
        while s < range.upperBound, b[s] == 0x20 { s += 1 }
        guard s + 4 <= range.upperBound, (s..<s + 4).allSatisfy({ isDigit(b[$0]) }) else { return nil }
        var e = s + 4
        if e < range.upperBound, b[e] >= 0x61, b[e] <= 0x7A { e += 1 }
        var k = e
        while k < range.upperBound, b[k] == 0x20 { k += 1 }
        guard k == range.upperBound || b[k] == UInt8(ascii: ":") else { return nil }
        return s..<e
    }

    static func yearText(_ b: [UInt8], _ r: Range<Int>) -> String { String(decoding: b[r], as: UTF8.self) }

    /// Page reference after the year: ": p.142" → "p.142".
    static func pages(_ b: [UInt8], _ from: Int, _ to: Int) -> String? {
        var k = from
        while k < to, b[k] == 0x20 { k += 1 }
        guard k < to, b[k] == UInt8(ascii: ":") else { return nil }
        let text = String(decoding: b[(k + 1)..<to], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    static let particles: Set<String> = ["van", "Van", "de", "De", "von", "Von", "der", "Der"]

    /// Whether the words form author names: "Tompson", "Medvedev & Medvedev", "Van Goudoever".
    static func isNames(_ words: [Substring]) -> Bool {
        guard let last = words.last, let f = last.utf8.first, isUpper(f) else { return false }
        var expectName = true
        for w in words {
            if w == "&" || w == "and" { if expectName { return false }; expectName = true; continue }
            if particles.contains(String(w)) { expectName = true; continue }
            guard let c = w.utf8.first, isUpper(c), w.utf8.allSatisfy(isNameByte) else { return false }
            expectName = false
        }
        return !expectName
    }

    /// One author–date part of a parenthetical citation, trimmed to its printed text.
    static func part(_ b: [UInt8], _ range: Range<Int>) -> Found? {
        var s = range.lowerBound, e = range.upperBound
        while s < e, b[s] == 0x20 { s += 1 }
        while e > s, b[e - 1] == 0x20 { e -= 1 }
        let text = String(decoding: b[s..<e], as: UTF8.self)
        let head = text.split(separator: ":", maxSplits: 1).first.map(String.init) ?? text
        var words = head.split(separator: " ")
        guard words.count >= 2, let yearWord = words.popLast(), yearWord.utf8.count >= 4,
              yearWord.utf8.prefix(4).allSatisfy(isDigit), yearWord.utf8.count <= 5, isNames(words) else { return nil }
        let afterYear = s + head.utf8.count
        return Found(range: s..<e, key: words.joined(separator: " ") + " " + yearWord, pages: pages(b, afterYear, e))
    }

    /// Start of the author names that end just before `paren`: the word before it, plus
    /// "& Name" / "and Name" and a particle ("Van Goudoever"), never an ordinary capitalised word.
    static func namesBefore(_ b: [UInt8], _ paren: Int) -> Int? {
        func word(endingAt end: Int) -> (start: Int, text: Substring)? {
            var e = end
            while e > 0, b[e - 1] == 0x20 { e -= 1 }
            var w = e
            while w > 0, b[w - 1] != 0x20, b[w - 1] != UInt8(ascii: "("), b[w - 1] != UInt8(ascii: "\"") { w -= 1 }
            return w < e ? (w, Substring(String(decoding: b[w..<e], as: UTF8.self))) : nil
        }
        guard let last = word(endingAt: paren), isNames([last.text]) else { return nil }
        var start = last.start
        if let joiner = word(endingAt: start), joiner.text == "&" || joiner.text == "and",
           let first = word(endingAt: joiner.start), isNames([first.text]) {
            start = first.start
        }
        if let particle = word(endingAt: start), particles.contains(String(particle.text)) { start = particle.start }
        return start
    }

    /// Cheap pre-check: a "(" later followed by four digits before its ")".
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
