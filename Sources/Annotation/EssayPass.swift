import Content
import Markdown

/// The state of annotating one essay; walks the tree once, block by block.
struct EssayPass {
    let annotator: Annotator
    let essay: Essay
    var mentions: [Mention] = []
    var paragraphs: [ParagraphRecord] = []
    var headings: [HeadingRecord] = []
    var citations: [Citation] = []
    var findings: [Diagnostic] = []
    var usedIDs = Set<String>()
    var section: String?
    var sectionNumber = 0
    /// (section, slug) pairs already linked, for the link policy.
    var linked = Set<String>()
    var explicitWrappers: [(node: Node, slug: String?)] = []
    var pendingNotes: [(index: Int, note: Essay.EditorialNote)]
    var wordCount = 0

    init(annotator: Annotator, essay: Essay) {
        self.annotator = annotator
        self.essay = essay
        pendingNotes = essay.editorialNotes.enumerated().filter { $0.element.kind == .note && $0.element.anchor != nil }
            .map { ($0.offset + 1, $0.element) }
    }

    mutating func run() -> AnnotatedEssay {
        let document = MarkdownDocument(essay.body)
        var blocks: [Node] = []
        document.root.walk { node in
            switch node.kind {
            case .heading, .paragraph, .table, .footnoteDefinition:
                blocks.append(node)
                return node.kind == .table || node.kind == .footnoteDefinition
            case .tableCell:
                blocks.append(node)
                return false
            case .codeBlock, .htmlBlock:
                return false
            default:
                return true
            }
        }
        var tableID: String?
        for block in blocks {
            switch block.kind {
            case .heading: heading(block)
            case .footnoteDefinition:
                section = "Notes"
                sectionNumber += 1
            case .table:
                let id = uniqueID("t-" + Self.hash(block.plainText))
                tableID = id
                // Focusable, so keyboard users can scroll a wide table.
                block.wrapSiblings(through: block, enter: "<div class=\"table-wrap\" id=\"\(id)\" tabindex=\"0\" role=\"region\" aria-label=\"Table\">", exit: "</div>")
            case .tableCell: inlineBlock(block, id: tableID ?? "top", isParagraph: false)
            default: inlineBlock(block, id: nil, isParagraph: true)
            }
        }
        for (_, note) in pendingNotes {
            findings.append(.warning("note-anchor", "editorial note anchor not found in the essay: '\(note.anchor ?? "")'",
                                     at: note.location, hint: "the anchor must be exact text of one paragraph"))
        }
        return AnnotatedEssay(essay: essay, html: document.renderHTML(), mentions: mentions, paragraphs: paragraphs,
                              headings: headings, citations: citations, wordCount: wordCount, findings: findings)
    }

    mutating func heading(_ node: Node) {
        let text = node.plainText
        let id = uniqueID(PathGuard.slugify(text))
        let level = node.headingLevel
        headings.append(HeadingRecord(id: id, level: level, text: text))
        section = text
        sectionNumber += 1
        node.replaceBlock(enter: "<h\(level) id=\"\(id)\">", exit: "</h\(level)>\n")
    }

    /// File, line and column of a byte offset in a block's flattened text: each soft or hard
    /// break before it is a new source line.
    func location(_ block: Node, _ text: InlineText, offset: Int) -> SourceLocation {
        let breaks = text.pieces.filter { ($0.node.kind == .softBreak || $0.node.kind == .lineBreak) && $0.end <= offset }
        let lineStart = breaks.last?.end ?? 0
        let column = (breaks.isEmpty ? block.column : 1) + offset - lineStart
        return SourceLocation(file: essay.path, line: essay.bodyFirstLine + block.line - 1 + breaks.count, column: column)
    }

    /// Annotates the inline content of a paragraph or table cell.
    mutating func inlineBlock(_ block: Node, id fixedID: String?, isParagraph: Bool) {
        explicitWrappers = []
        resolveExplicitLinks(block)
        let wrappers = explicitWrappers
        let text = InlineText(block: block) { node in wrappers.contains { $0.node.isSame(as: node) } }
        let plain = text.string
        wordCount += Self.countWords(text.bytes)
        let id = fixedID ?? uniqueID("p-" + Self.hash(plain))
        if isParagraph { paragraphs.append(ParagraphRecord(id: id, section: section, text: plain)) }

        var edits: [(range: Range<Int>, enter: String, exit: String)] = []
        var taken: [Range<Int>] = []
        // Explicit links: always links, always counted.
        for piece in text.pieces where piece.isBarrier {
            guard let w = wrappers.first(where: { $0.node.isSame(as: piece.node) }), let slug = w.slug else { continue }
            taken.append(piece.start..<piece.end)
            if annotator.names.entries[slug] != nil {
                addMention(slug, piece.start..<piece.end, text, block, id, linked: true)
                linked.insert("\(linkScope)/\(slug)")
            }
        }
        // Citations: linked to the sources; names inside them are not linked again.
        for found in CitationScanner.scan(plain) where !text.crossesBarrier(found.range) {
            taken.append(found.range)
            let key = CitationScanner.normalize(found.key)
            let loc = location(block, text, offset: found.range.lowerBound)
            var citation = Citation(key: key, text: text.text(found.range), pages: found.pages, work: annotator.citeKeys[key],
                                    essay: essay.slug, paragraphID: id, location: loc)
            if let work = citation.work, let m = annotator.markup(for: work) {
                edits.append((found.range, m.enter, m.exit))
            } else {
                citation.suggestion = nearMiss(key)
                let why = citation.suggestion.map { "the sources have '\($0)', not '\(key)'" } ?? "no source matches '\(key)'"
                findings.append(.warning("unmatched-citation", "citation '\(citation.text)': \(why)", at: loc,
                                         hint: citation.suggestion == nil ? "add the work to content/sources/ with cite_as: [\"\(key)\"]"
                                             : "the essay's own text is kept; the page carries an editor's note"))
                let note = "Editor’s note: " + (citation.suggestion.map { "the bibliography has no \(key); it lists \($0)." } ?? "this citation matches no work in the bibliography.")
                edits.append((found.range, "<span class=\"citation citation-unmatched\">",
                               "</span><span class=\"ed-flag\" role=\"note\">[\(HTML.escape(note))]</span>"))
            }
            citations.append(citation)
        }
        // Register names.
        let matches = nameMatches(text)
        let isBibliography = ["Bibliography", "References", "Sources", "Further reading"].contains(section ?? "")
        for (range, name) in isBibliography ? [] : UnlinkedNames.find(in: text, covered: taken + matches.map(\.range), ignore: annotator.corpus.site.notNames) {
            findings.append(.warning("unlinked-name", "'\(name)' looks like a name but matches no register entry",
                                     at: location(block, text, offset: range.lowerBound),
                                     hint: "add it as an alias of an entry, write [[slug|\(name)]], or list it under not_names in site.yml"))
        }
        for match in matches where !taken.contains(where: { $0.overlaps(match.range) }) {
            let form = annotator.names.forms[match.form]
            if form.isAmbiguous {
                findings.append(.warning("ambiguous-alias", "ambiguous name '\(text.text(match.range))' could be \(form.slugs.joined(separator: " or ")); not linked",
                                         at: location(block, text, offset: match.range.lowerBound),
                                         hint: "write " + form.slugs.map { "[[\($0)|\(text.text(match.range))]]" }.joined(separator: " or ")))
                continue
            }
            let slug = form.slugs[0]
            let scope = "\(linkScope)/\(slug)"
            let link = annotator.corpus.site.linkPolicy == .all || !linked.contains(scope)
            linked.insert(scope)
            addMention(slug, match.range, text, block, id, linked: link)
            if link, let m = annotator.markup(for: slug) { edits.append((match.range, m.enter, m.exit)) }
        }
        // Editor's notes anchored in this paragraph: a marker after the anchor text.
        var inserts: [(offset: Int, html: String)] = []
        pendingNotes.removeAll { (index, note) in
            guard let anchor = note.anchor, let start = Self.find(Array(anchor.utf8), in: text.bytes) else { return false }
            let end = start + anchor.utf8.count
            inserts.append((end, "<sup class=\"ed-ref\"><a href=\"#ed-note-\(index)\" id=\"ed-ref-\(index)\" aria-label=\"Editor’s note \(index)\">ed. \(index)</a></sup>"))
            return true
        }
        // Apply from the end so earlier offsets stay valid; at the same offset, a wrap
        // starting there goes before a marker inserted there.
        var ops: [(offset: Int, order: Int, apply: () -> Void)] = []
        for var insert in inserts {
            // A marker never goes inside a link: an anchor ending within a name or a citation
            // moves to its end, and one ending in code, a link or an explicit link goes after it.
            if let edit = edits.first(where: { $0.range.lowerBound < insert.offset && insert.offset < $0.range.upperBound }) {
                insert.offset = edit.range.upperBound
            }
            let offset = insert.offset, html = insert.html
            ops.append((offset, 0, {
                guard let piece = text.pieces.last(where: { $0.start < offset && offset <= $0.end }) else { return }
                if !piece.isBarrier { piece.node.splitText(atUTF8Offset: offset - piece.start) }
                piece.node.insertMarkup(after: html)
            }))
        }
        for edit in edits {
            ops.append((edit.range.lowerBound, 1, { text.wrap(edit.range, enter: edit.enter, exit: edit.exit) }))
        }
        for op in ops.sorted(by: { ($0.offset, $0.order) > ($1.offset, $1.order) }) { op.apply() }
        if isParagraph {
            block.replaceBlock(enter: "<p id=\"\(id)\">", exit: "</p>\n")
        }
    }

    var linkScope: String {
        annotator.corpus.site.linkPolicy == .firstPerEssay ? "essay" : String(sectionNumber)
    }

    mutating func addMention(_ slug: String, _ range: Range<Int>, _ text: InlineText, _ block: Node, _ id: String, linked: Bool) {
        let (sentence, clippedStart, clippedEnd) = Sentence.range(around: range, in: text.bytes)
        let before = (clippedStart ? "… " : "") + text.text(sentence.lowerBound..<range.lowerBound)
        let after = text.text(range.upperBound..<sentence.upperBound) + (clippedEnd ? " …" : "")
        mentions.append(Mention(entity: slug, essay: essay.slug, paragraphID: id, section: section,
                                location: location(block, text, offset: range.lowerBound),
                                before: before, text: text.text(range), after: after, isLinked: linked))
    }

    /// Closest source key for an unresolved citation: same author, other year; or a similar spelling.
    func nearMiss(_ key: String) -> String? {
        let keys = annotator.citeKeys.keys.sorted()
        let author = key.split(separator: " ").dropLast().joined(separator: " ")
        if let sameAuthor = keys.first(where: { $0.split(separator: " ").dropLast().joined(separator: " ") == author }) {
            return sameAuthor
        }
        return Suggestions.closest(to: key, in: keys, limit: 1).first
    }

    mutating func uniqueID(_ base: String) -> String {
        var id = base
        var n = 2
        while !usedIDs.insert(id).inserted { id = "\(base)-\(n)"; n += 1 }
        return id
    }

    /// First offset of `needle` in `haystack`.
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        let first = needle[0]
        for i in 0...(haystack.count - needle.count) where haystack[i] == first {
            if haystack[i..<i + needle.count].elementsEqual(needle) { return i }
        }
        return nil
    }

    /// Words as runs of non-space bytes.
    static func countWords(_ bytes: [UInt8]) -> Int {
        var n = 0
        var inWord = false
        for b in bytes {
            let space = b == 0x20 || b == 0x0A
            if !space && !inWord { n += 1 }
            inWord = !space
        }
        return n
    }

    /// Short content hash: the same paragraph text gives the same id, wherever it moves.
    static func hash(_ text: String) -> String {
        var h: UInt32 = 2166136261
        for b in text.utf8 where b != 0x20 { h = (h ^ UInt32(b)) &* 16777619 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
