import Content
import Markdown

extension EssayPass {
    struct NameMatch {
        var range: Range<Int>
        var form: Int
    }

    /// Register names in the text: whole words only, leftmost-longest, none across a barrier.
    func nameMatches(_ text: InlineText) -> [NameMatch] {
        var candidates: [NameMatch] = []
        let bytes = text.bytes
        bytes.withUnsafeBufferPointer { buffer in
            annotator.names.matcher.scan(buffer) { start, end, pattern in
                guard WordBoundary.isStart(buffer, start), WordBoundary.isEnd(buffer, end) else { return }
                candidates.append(NameMatch(range: start..<end, form: annotator.names.formIndex(ofPattern: pattern)))
            }
        }
        candidates.sort { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
        var chosen: [NameMatch] = []
        var coveredTo = 0
        for c in candidates where c.range.lowerBound >= coveredTo && !text.crossesBarrier(c.range) {
            chosen.append(c)
            coveredTo = c.range.upperBound
        }
        return chosen
    }

    /// Turns `[[slug]]`, `[[slug|text]]` and `[[!text]]` into wrapped nodes before matching.
    mutating func resolveExplicitLinks(_ block: Node) {
        let text = InlineText(block: block)
        guard text.bytes.count > 4, text.bytes.contains(UInt8(ascii: "[")) else { return }
        var found: [(range: Range<Int>, inner: String)] = []
        var i = 0
        let b = text.bytes
        while i + 1 < b.count {
            if b[i] == UInt8(ascii: "["), b[i + 1] == UInt8(ascii: "[") {
                var j = i + 2
                while j + 1 < b.count, !(b[j] == UInt8(ascii: "]") && b[j + 1] == UInt8(ascii: "]")), b[j] != UInt8(ascii: "[") { j += 1 }
                if j + 1 < b.count, b[j] == UInt8(ascii: "]"), !text.crossesBarrier(i..<j + 2) {
                    found.append((i..<j + 2, text.text(i + 2..<j)))
                    i = j + 2
                    continue
                }
            }
            i += 1
        }
        for (range, inner) in found.reversed() {
            var slug: String?
            var shown: String
            if inner.hasPrefix("!") {
                shown = String(inner.dropFirst())
            } else {
                let parts = inner.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                let target = parts.first ?? ""
                guard annotator.markup(for: target) != nil else {
                    findings.append(.error("unknown-link", "unknown link target '\(target)' in [[\(inner)]]",
                                           at: location(block, text, offset: range.lowerBound),
                                           hint: Suggestions.hint(for: target, in: annotator.allSlugs) ?? "link targets are slugs of people, events, terms or sources"))
                    continue
                }
                slug = target
                let name = annotator.names.entries[target]?.name ?? annotator.works[target]?.title ?? target
                shown = parts.count > 1 && !parts[1].isEmpty ? parts[1] : name
            }
            let nodes = text.isolate(range)
            guard let first = nodes.first, first.kind == .text else { continue }
            first.setLiteral(shown)
            for node in nodes.dropFirst() { node.remove() }
            let markup = slug.flatMap { annotator.markup(for: $0) } ?? ("", "")
            let wrapper = first.wrapSiblings(through: first, enter: markup.enter, exit: markup.exit)
            explicitWrappers.append((wrapper, slug))
        }
    }
}

/// Whole-word tests on UTF-8 text: a name must not continue a word ("Stalin" in "Stalinism").
enum WordBoundary {
    static func isStart(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i > 0 else { return true }
        var j = i - 1
        while j > 0, b[j] & 0xC0 == 0x80 { j -= 1 }
        return !isWordScalar(b, j)
    }

    static func isEnd(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < b.count else { return true }
        return !isWordScalar(b, i)
    }

    static func isWordScalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let lead = b[i]
        if lead < 0x80 {
            return (lead | 0x20) >= 0x61 && (lead | 0x20) <= 0x7A || (lead >= 0x30 && lead <= 0x39)
        }
        var end = i + 1
        while end < b.count, b[end] & 0xC0 == 0x80 { end += 1 }
        guard let s = String(validating: UnsafeBufferPointer(rebasing: b[i..<end]), as: UTF8.self)?.unicodeScalars.first else { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
