import Testing
@testable import Annotation
@testable import Content

/// Mention detection with the expected spans marked inside the input: ⟦text⟧ is a linked
/// mention, ⟨text⟩ a mention counted but not linked (link policy). Everything else: no mention.
@Suite struct MentionDetectionTests {
    static func entry(_ slug: String, _ kind: RegisterEntry.Kind, _ names: [String], ignoreCase: Bool = false) -> RegisterEntry {
        RegisterEntry(kind: kind, slug: slug, name: names[0], sortName: names[0],
                      aliases: names.dropFirst().map { .init($0, ignoreCase: ignoreCase) }, summary: "", body: "", path: "\(kind.folder)/\(slug).md", bodyFirstLine: 1)
    }

    static let register: [RegisterEntry] = [
        entry("nikita-khrushchev", .person, ["Nikita Khrushchev", "Khrushchev", "NS Khrushchev"]),
        entry("joseph-stalin", .person, ["Joseph Stalin", "Stalin"]),
        entry("vladimir-lenin", .person, ["Vladimir Lenin", "Lenin"]),
        entry("lenin-mausoleum", .event, ["Lenin Mausoleum"]),
        entry("twentieth-congress", .event, ["Twentieth Party Congress", "Twentieth Congress"]),
        entry("congress-term", .term, ["Congress"]),
        entry("roy-medvedev", .person, ["Roy Medvedev", "Medvedev"]),
        entry("zhores-medvedev", .person, ["Zhores Medvedev", "Medvedev"]),
        entry("chou-en-lai", .person, ["Chou En-lai"]),
        entry("sovnarkhoz", .term, ["Sovnarkhoz reform", "sovnarkhoz"], ignoreCase: true),
        entry("de-stalinisation", .term, ["de-Stalinisation"]),
    ]

    /// Annotates `marked` (markers removed) and returns it re-marked from the mentions found.
    func annotate(_ marked: String, policy: SiteConfig.LinkPolicy = .all) -> (String, AnnotatedEssay) {
        let source = marked.replacingOccurrences(of: "⟦", with: "").replacingOccurrences(of: "⟧", with: "")
            .replacingOccurrences(of: "⟨", with: "").replacingOccurrences(of: "⟩", with: "")
        let essay = Essay(slug: "e", title: "E", author: "A", year: 2000, source: .init(publication: "P"), rights: "", summary: "",
                          draft: false, editorialNotes: [], body: source, bodyFirstLine: 10, path: "essays/e.md")
        let corpus = Corpus(site: SiteConfig(title: "T", linkPolicy: policy), essays: [essay], entries: Self.register, works: [])
        let result = Annotator(corpus: corpus, urls: URLBuilder(baseURL: "/")).annotate(essay)
        let full = result.paragraphs.map(\.text).joined(separator: "\n")
        var remarked = ""
        var cursor = full.startIndex
        for m in result.mentions {
            // Find the mention by its sentence context, so equal words in code or links are skipped.
            let context = m.before.replacingOccurrences(of: "… ", with: "") + m.text
            var from = full.startIndex
            var found: Range<String.Index>?
            while let r = full.range(of: context, range: from..<full.endIndex) {
                let start = full.index(r.upperBound, offsetBy: -m.text.count)
                if start >= cursor { found = start..<r.upperBound; break }
                from = full.index(after: r.lowerBound)
            }
            guard let span = found else { continue }
            remarked += full[cursor..<span.lowerBound] + (m.isLinked ? "⟦\(m.text)⟧" : "⟨\(m.text)⟩")
            cursor = span.upperBound
        }
        let rest = full[cursor...]
        return (remarked + rest, result)
    }

    @Test(arguments: [
        "⟦Stalin⟧ died; ⟦de-Stalinisation⟧ and Stalinism and Stalinist are not him.",
        "⟦Khrushchev⟧'s speech and ⟦Stalin⟧’s ghost",
        "The ⟦Lenin Mausoleum⟧ held ⟦Lenin⟧.",
        "At the ⟦Twentieth Party Congress⟧, the ⟦Twentieth Congress⟧ and a ⟦Congress⟧.",
        "⟦NS Khrushchev⟧ and ⟦Nikita Khrushchev⟧ and ⟦Khrushchev⟧",
        "Chou En–lai: ⟦Chou En-lai⟧ and ⟦Chou En‐lai⟧",
        "the ⟦sovnarkhoz⟧ and ⟦Sovnarkhoz⟧ and ⟦SOVNARKHOZ⟧",
        "⟦de-Stalinisation⟧ was a policy",
        "Anti-Khrushchevite and Leninism are not names.",
        "`Stalin` in code and [Stalin](https://example.org) in a link are left alone; ⟦Stalin⟧ is not.",
        "Roy and Zhores: Medvedev is ambiguous, ⟦Roy Medvedev⟧ is not.",
    ])
    func marked(_ input: String) {
        let (output, _) = annotate(input)
        let expected = input.replacingOccurrences(of: "`", with: "").replacingOccurrences(of: "[Stalin](https://example.org)", with: "Stalin")
        // En dash in "En–lai" is matched too (dash variants are alike).
        #expect(output == expected.replacingOccurrences(of: "Chou En–lai:", with: "⟦Chou En–lai⟧:"))
    }

    @Test func namesAcrossEmphasisAndSoftBreaks() {
        let (_, a) = annotate("Then *Nikita*\nKhrushchev spoke, and **Nikita** Khrushchev again.")
        #expect(a.mentions.map(\.text) == ["Nikita Khrushchev", "Nikita Khrushchev"])
        #expect(a.html.contains("<a class=\"mention mention-person\" href=\"/people/nikita-khrushchev/\" data-entity=\"nikita-khrushchev\"><em>Nikita</em>\nKhrushchev</a>"))
        #expect(a.html.contains("<a class=\"mention mention-person\" href=\"/people/nikita-khrushchev/\" data-entity=\"nikita-khrushchev\"><strong>Nikita</strong> Khrushchev</a>"))
    }

    @Test func partialEmphasisIsWrappedInParts() {
        let (_, a) = annotate("*the great Nikita* Khrushchev")
        #expect(a.mentions.map(\.text) == ["Nikita Khrushchev"])
        #expect(a.html == "<p id=\"\(a.paragraphs[0].id)\">\n<em>the great <a class=\"mention mention-person\" href=\"/people/nikita-khrushchev/\" data-entity=\"nikita-khrushchev\">Nikita</a></em><a class=\"mention mention-person\" href=\"/people/nikita-khrushchev/\" data-entity=\"nikita-khrushchev\"> Khrushchev</a>\n</p>\n")
    }

    @Test func ambiguousAliasIsAFindingWithCandidates() {
        let (_, a) = annotate("Text.\n\nAs Medvedev wrote.")
        let finding = a.findings.first { $0.code == "ambiguous-alias" }
        #expect(finding?.message == "ambiguous name 'Medvedev' could be roy-medvedev or zhores-medvedev; not linked")
        #expect(finding?.location == SourceLocation(file: "essays/e.md", line: 12, column: 4))
        #expect(a.mentions.isEmpty)
    }

    @Test func headingsAreNotLinked() {
        let (_, a) = annotate("## Stalin and Khrushchev\n\nStalin.")
        #expect(a.html.hasPrefix("<h2 id=\"stalin-and-khrushchev\">\nStalin and Khrushchev\n</h2>"))
        #expect(a.mentions.count == 1)
    }

    @Test func explicitLinksAndSuppression() {
        let (_, a) = annotate("[[roy-medvedev|Medvedev]] wrote; [[!Stalin]] is a town; [[vladimir-lenin]].")
        #expect(a.mentions.map(\.entity) == ["roy-medvedev", "vladimir-lenin"])
        #expect(a.html.contains(">Medvedev</a> wrote; Stalin is a town; <a class=\"mention mention-person\" href=\"/people/vladimir-lenin/\" data-entity=\"vladimir-lenin\">Vladimir Lenin</a>."))
    }

    @Test func unknownExplicitTargetIsAnErrorWithSuggestion() {
        let (_, a) = annotate("See [[molotow]] here.")
        let error = a.findings.first { $0.severity == .error }
        #expect(error?.message == "unknown link target 'molotow' in [[molotow]]")
        #expect(error?.location == SourceLocation(file: "essays/e.md", line: 10, column: 5))
    }

    @Test func linkPolicyFirstPerSection() {
        let (output, _) = annotate("⟦Stalin⟧ and ⟨Stalin⟩.\n\n## Later\n\n⟦Stalin⟧ again, ⟨Stalin⟩.", policy: .firstPerSection)
        #expect(output == "⟦Stalin⟧ and ⟨Stalin⟩.\n⟦Stalin⟧ again, ⟨Stalin⟩.")
    }

    @Test func linkPolicyFirstPerEssay() {
        let (output, _) = annotate("⟦Stalin⟧.\n\n## Later\n\n⟨Stalin⟩ again.", policy: .firstPerEssay)
        #expect(output == "⟦Stalin⟧.\n⟨Stalin⟩ again.")
    }

    @Test func paragraphIDsAreStableUnderUnrelatedEdits() {
        let (_, a) = annotate("First paragraph.\n\nStalin paragraph.")
        let (_, b) = annotate("First paragraph, edited.\n\nStalin paragraph.")
        #expect(a.paragraphs[1].id == b.paragraphs[1].id)
        #expect(a.paragraphs[0].id != b.paragraphs[0].id)
        #expect(a.mentions[0].paragraphID == a.paragraphs[1].id)
    }

    @Test func sentenceContext() {
        let (_, a) = annotate("It began. Ian D. Thatcher says Stalin was feared. Then more.")
        #expect(a.mentions[0].before == "Ian D. Thatcher says ")
        #expect(a.mentions[0].after == " was feared.")
    }

    @Test func sentenceEndsAfterClosingQuotes() {
        let (_, a) = annotate("Stalin gave a \"secret speech.\" It was read. Then Lenin said ‘all changed.’ Later, more.")
        #expect(a.mentions.map { $0.before + $0.text + $0.after } == ["Stalin gave a \"secret speech.\"", "Then Lenin said ‘all changed.’"])
    }

    @Test func escapesHostileText() {
        let (_, a) = annotate("Stalin <script>x</script> & \"q\"")
        #expect(!a.html.contains("<script>"))
    }
}

@Suite struct CitationTests {
    @Test func citationForms() {
        let found = CitationScanner.scan("as shown (Tompson 1997: p.142) and Taubman (2003: p.271-2) said (Medvedev & Medvedev 1977: p.10-12; Chubarov 2011). Van Goudoever (1986: p.14) adds.")
        #expect(found.map(\.key) == ["Tompson 1997", "Taubman 2003", "Medvedev & Medvedev 1977", "Chubarov 2011", "Van Goudoever 1986"])
        #expect(found.map(\.pages) == ["p.142", "p.271-2", "p.10-12", nil, "p.14"])
    }

    @Test func noCitationInOrdinaryParentheses() {
        #expect(CitationScanner.scan("the war (which ended in 1945) and (see below)").isEmpty)
    }
}

@Suite struct MatcherTests {
    @Test func ahoCorasickFindsOverlaps() {
        let m = AhoCorasick(patterns: ["he", "she", "his", "hers"].map { Array($0.utf8) })
        let found = m.matches(in: "ushers").map { ($0.start, $0.end, $0.pattern) }
        #expect(found.map(\.2) == [1, 0, 3])
        #expect(found.map(\.0) == [1, 2, 2])
    }
}

@Suite struct EditorialMarkerTests {
    func annotate(_ body: String, anchor: String) -> AnnotatedEssay {
        let note = Essay.EditorialNote(kind: .note, original: nil, corrected: nil, anchor: anchor, note: "N", location: SourceLocation(file: "essays/e.md"))
        let essay = Essay(slug: "e", title: "E", author: "A", year: 2000, source: .init(publication: "P"), rights: "", summary: "",
                          draft: false, editorialNotes: [note], body: body, bodyFirstLine: 1, path: "essays/e.md")
        let corpus = Corpus(site: SiteConfig(title: "T", linkPolicy: .all), essays: [essay], entries: MentionDetectionTests.register, works: [])
        return Annotator(corpus: corpus, urls: URLBuilder(baseURL: "/")).annotate(essay)
    }

    /// The marker goes after the anchor, and never inside a link that ends with it.
    @Test(arguments: [("The leader Stalin died in 1953.", "The leader Stalin"), ("The leader Stalin died in 1953.", "The leader Stalin died"),
                      ("The leader Stalin died in 1953.", "leader"), ("The leader *Joseph* Stalin died.", "leader Joseph Stalin"),
                      ("Then *Joseph Stalin* died.", "Then Joseph Stalin"), ("A [[vladimir-lenin|scheme]] failed.", "A scheme")])
    func markerAfterAnchorOutsideLinks(_ body: String, _ anchor: String) {
        let a = annotate(body, anchor: anchor)
        let html = a.html
        let marker = "<sup class=\"ed-ref\">"
        #expect(html.components(separatedBy: marker).count == 2)
        // No marker between <a …> and </a>.
        let beforeMarker = html.components(separatedBy: marker)[0]
        #expect(beforeMarker.components(separatedBy: "<a ").count == beforeMarker.components(separatedBy: "</a>").count)
        let visible = html.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
        #expect(visible.contains(anchor + "ed. 1"))
    }

    @Test func anchorEndingInsideANameMovesToItsEnd() {
        let a = annotate("The leader Stalin died.", anchor: "The leader Sta")
        #expect(a.html.contains("data-entity=\"joseph-stalin\">Stalin</a><sup class=\"ed-ref\">"))
    }

    @Test func anchorEndingInsideCodeGoesAfterIt() {
        let a = annotate("Run `make all` now.", anchor: "Run make")
        #expect(a.html.contains("<code>make all</code><sup class=\"ed-ref\">"))
    }
}
