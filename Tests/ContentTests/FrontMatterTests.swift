import Foundation
import Testing
@testable import Content

/// Each front matter error path: the message, the file and the line.
@Suite struct FrontMatterTests {
    func essayError(_ text: String) -> Diagnostic? {
        do {
            _ = try EssayParser.parse(text, path: "essays/x.md")
            return nil
        } catch let f as BuildFailure { return f.diagnostics.first }
        catch let d as Diagnostic { return d }
        catch { return nil }
    }

    let valid = "---\ntitle: \"T\"\nauthor: \"A\"\nyear: 1959\nsource:\n  publication: \"P\"\nsummary: \"S\"\n---\nBody.\n"

    @Test func validEssayParses() throws {
        let (essay, warnings) = try EssayParser.parse(valid, path: "essays/x.md")
        #expect(essay.slug == "x")
        #expect(essay.year == 1959)
        #expect(essay.bodyFirstLine == 9)
        #expect(warnings.isEmpty)
    }

    @Test func missingOpeningFence() {
        let d = essayError("title: x\n")
        #expect(d?.message == "the file does not start with a front matter block")
        #expect(d?.location == SourceLocation(file: "essays/x.md", line: 1, column: 1))
    }

    @Test func unclosedFrontMatter() {
        let d = essayError("---\ntitle: x\n\nBody")
        #expect(d?.message == "the front matter block opened on line 1 is never closed")
        #expect(d?.hint?.contains("closing '---'") == true)
    }

    @Test func invalidYAMLHasLine() {
        let d = essayError("---\ntitle: \"T\"\nauthor: [unclosed\nyear: 1959\n---\n")
        #expect(d?.code == "yaml")
        #expect(d?.location?.file == "essays/x.md")
        #expect((d?.location?.line ?? 0) >= 3)
    }

    @Test func wrongType() {
        let d = essayError(valid.replacingOccurrences(of: "year: 1959", with: "year: nineteen"))
        #expect(d?.message == "'year' must be a whole number, not 'nineteen'")
        #expect(d?.location?.line == 4)
    }

    @Test func missingRequiredKey() {
        let d = essayError(valid.replacingOccurrences(of: "summary: \"S\"\n", with: ""))
        #expect(d?.message == "missing required key 'summary'")
        #expect(d?.location?.line == 1)
    }

    @Test func unknownKeyIsAWarningWithSuggestion() throws {
        let (_, warnings) = try EssayParser.parse(valid.replacingOccurrences(of: "summary:", with: "summary: \"S\"\nsummery:"), path: "essays/x.md")
        #expect(warnings.count == 1)
        #expect(warnings[0].message == "unknown key 'summery' is ignored")
        #expect(warnings[0].hint == "did you mean 'summary'?")
        #expect(warnings[0].location?.line == 8)
    }

    @Test func slugThatEscapesIsRefused() {
        let d = essayError(valid.replacingOccurrences(of: "year: 1959", with: "year: 1959\nslug: \"../../etc\""))
        #expect(d?.message == "slug '../../etc' is not allowed: it would lead outside the output folder")
        #expect(d?.location?.line == 5)
    }

    @Test func badDate() throws {
        do {
            _ = try RegisterParser.parse("---\nname: \"E\"\nsummary: \"s\"\ndate: \"1956-13\"\n---\n", kind: .event, path: "events/e.md")
            Issue.record("expected an error")
        } catch let f as BuildFailure {
            #expect(f.diagnostics[0].message == "'date' is not a valid date: '1956-13'")
            #expect(f.diagnostics[0].location?.line == 4)
        }
    }

    @Test func fileEncodingErrors() {
        #expect(throws: Diagnostic.self) { try FileReader.decode(Data(), file: "essays/e.md") }
        do { _ = try FileReader.decode(Data([0x2D, 0x2D, 0x2D, 0x0A, 0xC3, 0x28]), file: "essays/u.md") } catch {
            #expect(error.message == "the file is not valid UTF-8")
            #expect(error.location == SourceLocation(file: "essays/u.md", line: 2, column: 1))
        }
        do { _ = try FileReader.decode(Data([0x50, 0x4E, 0x47, 0x00, 0x01]), file: "essays/b.md") } catch {
            #expect(error.code == "binary-file")
        }
    }

    @Test func partialDatesSortAndDisplay() {
        let dates = ["1956-02-25", "1956", "1953-03-05", "1956-02"].compactMap(PartialDate.init(iso:)).sorted()
        #expect(dates.map(\.iso) == ["1953-03-05", "1956", "1956-02", "1956-02-25"])
        #expect(PartialDate(iso: "1956-02-25")?.display == "25 February 1956")
        #expect(PartialDate(iso: "1956-02-30") == nil)
    }

    @Test func suggestions() {
        #expect(Suggestions.hint(for: "Molotow", in: ["molotov", "malenkov", "beria"]) == "did you mean 'molotov'?")
    }
}
