import Content

/// The unlinked-name report: runs of capitalised words that no register entry, citation or
/// explicit link covers, and that are not listed in site.yml's `not_names`. A sentence's
/// first word alone is not reported (it is capitalised anyway).
enum UnlinkedNames {
    static let functionWords: Set<String> = ["The", "A", "An", "In", "At", "On", "By", "For", "As", "After", "Before", "But", "And",
                                             "When", "While", "This", "That", "Under", "With", "From", "Since", "Although", "If", "Yet",
                                             "It", "He", "She", "They", "We", "You", "I", "His", "Her", "Their", "Our", "Its", "There"]

    static func find(in text: InlineText, covered: [Range<Int>], ignore: Set<String>) -> [(range: Range<Int>, name: String)] {
        let b = text.bytes
        var result: [(Range<Int>, String)] = []
        var i = 0
        func isUpper(_ x: UInt8) -> Bool { x >= 0x41 && x <= 0x5A }
        // Letters, hyphens and non-ASCII letters, but not the punctuation block E2 80 xx
        // (dashes, curly quotes), which separates words.
        func isWordByte(_ k: Int) -> Bool {
            if b[k] == 0xE2 && k + 1 < b.count && b[k + 1] == 0x80 { return false }
            if k >= 1 && b[k - 1] == 0xE2 && b[k] == 0x80 { return false }
            if k >= 2 && b[k - 2] == 0xE2 && b[k - 1] == 0x80 { return false }
            let x = b[k]
            return (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A || x >= 0x80 || x == UInt8(ascii: "-")
        }
        while i < b.count {
            let atWordStart = i == 0 || !(isWordByte(i - 1) || b[i - 1] == UInt8(ascii: "'"))
            guard atWordStart, isUpper(b[i]) else { i += 1; continue }
            // Extend over "Word Word Word".
            var end = i
            var words: [Range<Int>] = []
            var j = i
            while j < b.count, isUpper(b[j]) {
                var k = j
                while k < b.count, isWordByte(k) { k += 1 }
                words.append(j..<k)
                end = k
                if k + 1 < b.count, b[k] == 0x20, isUpper(b[k + 1]) { j = k + 1 } else { break }
            }
            defer { i = max(end, i + 1) }
            // "The Cold War" at a sentence start: the article is not part of the name.
            if words.count > 1, functionWords.contains(text.text(words[0])), Sentence.isSentenceStart(b, at: i) {
                words.removeFirst()
            }
            let range = words[0].lowerBound..<end
            if covered.contains(where: { $0.overlaps(range) }) || text.crossesBarrier(range) { continue }
            let name = text.text(range)
            let kept = words.map { text.text($0) }.filter { !ignore.contains($0) && $0.count > 1 && $0.uppercased() != $0 }
            if kept.isEmpty || ignore.contains(name) || (words.count == 1 && functionWords.contains(name)) { continue }
            if words.count == 1 && Sentence.isSentenceStart(b, at: range.lowerBound) { continue }
            result.append((range, name))
        }
        return result
    }
}

extension Sentence {
    /// Whether offset `i` starts a sentence (start of text, or after ". ").
    static func isSentenceStart(_ text: [UInt8], at i: Int) -> Bool {
        var j = i
        while j > 0, [UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "("), 0x98, 0x9C, 0x80, 0xE2].contains(text[j - 1]) { j -= 1 }
        return j == 0 || isBoundary(text, at: j)
    }
}
