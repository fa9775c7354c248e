import Foundation
import Markdown
import Testing
@testable import Content

/// The authors' words stay as they are: each essay's words equal its seed's, after the
/// removals and corrections its front matter lists; whole paragraphs may move.
@Suite struct EssayFidelityTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/seeds")

    static var slugs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []).filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    @Test(arguments: slugs)
    func essayKeepsTheSeedsWords(slug: String) throws {
        let seed = try String(contentsOf: Self.seeds.appendingPathComponent("\(slug).txt"), encoding: .utf8)
        let file = try String(contentsOf: Self.repo.appendingPathComponent("content/essays/\(slug).md"), encoding: .utf8)
        let (essay, _) = try EssayParser.parse(file, path: "essays/\(slug).md")
        var source = seed
        for note in essay.editorialNotes {
            if note.kind == .removed, let original = note.original {
                let normalized = original.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                let before = source
                source = source.replacingOccurrences(of: original, with: " ")
                if source == before {
                    // Tolerate different line breaks inside a removed block.
                    source = source.split(whereSeparator: \.isWhitespace).joined(separator: " ").replacingOccurrences(of: normalized, with: " ")
                }
                #expect(source != before, "removed text not found in the seed: \(original.prefix(60))")
            }
            if note.kind == .corrected, let original = note.original, let corrected = note.corrected {
                #expect(source.contains(original), "corrected text not in the seed: \(original)")
                source = source.replacingOccurrences(of: original, with: corrected)
            }
        }
        // Footnote markers: "[3]" in the seed, "[^3]" in Markdown; their numbers are not words.
        let seedWords = Self.words(source.replacingOccurrences(of: #"\[\d+\]"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: #"(?m)^\d+\. "#, with: " ", options: .regularExpression))
        // Annotation syntax is ours, not the author's: [[slug|text]] and [[!text]] show `text`.
        let body = essay.body.replacingOccurrences(of: #"\[\^\d+\]:?"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: #"\[\[[a-z0-9-]+\|([^\]]*)\]\]"#, with: "$1", options: .regularExpression)
            .replacingOccurrences(of: #"\[\[!([^\]]*)\]\]"#, with: "$1", options: .regularExpression)
        let essayWords = Self.words(MarkdownDocument(body).renderPlainText()
            .replacingOccurrences(of: #"(?m)^\s*\d+\. "#, with: " ", options: .regularExpression))
        if essayWords == seedWords { return }
        // Paragraphs may have been moved (the Country Study's sections): same words, and each
        // essay paragraph found as a run of the seed.
        #expect(essayWords.sorted() == seedWords.sorted(), "the essay's words differ from the seed's: \(Self.firstDifference(essayWords, seedWords))")
        let seedText = " " + seedWords.joined(separator: " ") + " "
        for paragraph in body.components(separatedBy: "\n\n") {
            let w = Self.words(MarkdownDocument(paragraph).renderPlainText())
            guard w.count > 3 else { continue }
            #expect(seedText.contains(" " + w.joined(separator: " ") + " "), "paragraph not found in the seed: \(w.prefix(8).joined(separator: " "))")
        }
    }

    static func firstDifference(_ a: [String], _ b: [String]) -> String {
        let i = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        return "at word \(i): essay '\(a[i..<min(a.count, i + 6)].joined(separator: " "))' vs seed '\(b[i..<min(b.count, i + 6)].joined(separator: " "))'"
    }
}
