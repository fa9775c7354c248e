/// Finds the sentence around a span of a paragraph, for "in context" excerpts.
enum Sentence {
    /// The byte range of the sentence containing `span` in `text`, at most about `limit`
    /// bytes either side of the span.
    static func range(around span: Range<Int>, in text: [UInt8], limit: Int = 240) -> (Range<Int>, clippedStart: Bool, clippedEnd: Bool) {
        var start = span.lowerBound
        var clippedStart = false
        while start > 0 {
            if span.lowerBound - start > limit { clippedStart = true; break }
            if isBoundary(text, at: start) { break }
            start -= 1
        }
        var end = span.upperBound
        var clippedEnd = false
        while end < text.count {
            if end - span.upperBound > limit { clippedEnd = true; break }
            if end > 0, end == text.count || text[end] == 0x20, let dot = terminator(before: end, in: text), !isAbbreviation(text, endingAt: dot) {
                break
            }
            end += 1
        }
        // Keep clipped ends on a word boundary and a UTF-8 boundary.
        if clippedStart { while start < span.lowerBound, text[start] != 0x20 { start += 1 } }
        if clippedEnd { while end > span.upperBound, text[end - 1] != 0x20 { end -= 1 } }
        while start < text.count, text[start] == 0x20 { start += 1 }
        return (start..<max(start, end), clippedStart, clippedEnd)
    }

    /// The offset of a ".", "?" or "!" ending just before `end`, past any closing quotes
    /// (`died."`, `said.’`).
    static func terminator(before end: Int, in text: [UInt8]) -> Int? {
        var j = end - 1
        while j > 0 {
            if text[j] == UInt8(ascii: "\"") || text[j] == UInt8(ascii: "'") || text[j] == UInt8(ascii: ")") { j -= 1; continue }
            // ’ and ” are E2 80 99 and E2 80 9D.
            if j >= 2, text[j - 2] == 0xE2, text[j - 1] == 0x80, text[j] == 0x99 || text[j] == 0x9D { j -= 3; continue }
            break
        }
        return j >= 0 && isTerminator(text[j]) ? j : nil
    }

    static func isTerminator(_ b: UInt8) -> Bool { b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!") }

    /// A sentence starts at `i` when the text before is ". " (not after an initial like "D.").
    static func isBoundary(_ text: [UInt8], at i: Int) -> Bool {
        guard i >= 2, text[i - 1] == 0x20 else { return false }
        var j = i - 2
        // Skip closing quotes and brackets: `end.’ Next`.
        while j > 0, [UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: ")"), 0x99, 0x9D].contains(text[j]) { j -= 1 }
        // Curly quotes are 3 bytes (E2 80 99 / E2 80 9D): step over their lead bytes.
        while j > 0, text[j] == 0x80 || text[j] == 0xE2 { j -= 1 }
        return isTerminator(text[j]) && !isAbbreviation(text, endingAt: j)
    }

    /// "D." in "Ian D. Thatcher", "p." in "p.142", "e.g." — a full stop that ends no sentence.
    static func isAbbreviation(_ text: [UInt8], endingAt dot: Int) -> Bool {
        guard text[dot] == UInt8(ascii: ".") else { return false }
        var k = dot
        while k > 0, isLetter(text[k - 1]) { k -= 1 }
        let word = dot - k
        if word == 1 { return true }   // an initial
        let lower = String(decoding: text[k..<dot], as: UTF8.self).lowercased()
        return ["eg", "ie", "pp", "ed", "eds", "vol", "no", "st", "mr", "dr", "cf", "ch", "viz", "etc"].contains(lower)
            || (k > 0 && text[k - 1] == UInt8(ascii: "."))
    }

    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
}
