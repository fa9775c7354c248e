import Foundation
import Testing
@testable import Content
@testable import Pipeline

/// One invalid site per error an editor can make: each case breaks a copy of the fixture
/// site, asserts the exact error (message, file, line) and that the existing output folder
/// is left byte for byte unchanged.
@Suite struct InvalidSiteTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var message: String
        var file: String?
        var line: Int?
        var breakContent: @Sendable (URL) throws -> Void
        var description: String { name }
    }

    static func write(_ path: String, _ text: String) -> @Sendable (URL) throws -> Void {
        { try Data(text.utf8).write(to: $0.appendingPathComponent(path)) }
    }

    static let essayHead = "---\ntitle: \"X\"\nauthor: \"A\"\nyear: 1960\nsource:\n  publication: \"P\"\nsummary: \"S\"\n"

    static let cases: [Case] = [
        Case(name: "unclosed front matter", message: "the front matter block opened on line 1 is never closed", file: "essays/bad.md", line: 1,
             breakContent: write("essays/bad.md", "---\ntitle: \"X\"\n\nText")),
        Case(name: "invalid YAML", message: "invalid YAML: while parsing a flow sequence: did not find expected ',' or ']'", file: "essays/bad.md", line: 4,
             breakContent: write("essays/bad.md", "---\ntitle: \"X\"\nauthor: [a\nyear: 1960\n---\n")),
        Case(name: "wrong type", message: "'year' must be a whole number, not 'soon'", file: "essays/bad.md", line: 4,
             breakContent: write("essays/bad.md", essayHead.replacingOccurrences(of: "1960", with: "soon") + "---\nText\n")),
        Case(name: "missing required key", message: "missing required key 'summary'", file: "essays/bad.md", line: 1,
             breakContent: write("essays/bad.md", essayHead.replacingOccurrences(of: "summary: \"S\"\n", with: "") + "---\nText\n")),
        Case(name: "duplicate slug", message: "duplicate slug 'joseph-stalin', already used by people/joseph-stalin.md", file: "terms/joseph-stalin.md", line: 1,
             breakContent: write("terms/joseph-stalin.md", "---\nname: \"S\"\nsummary: \"s\"\n---\n")),
        Case(name: "slug escaping the output", message: "slug '../../escape' is not allowed: it would lead outside the output folder", file: "essays/bad.md", line: 8,
             breakContent: write("essays/bad.md", essayHead + "slug: \"../../escape\"\n---\nText\n")),
        Case(name: "absolute slug", message: "slug '/etc/passwd' is not allowed: it would lead outside the output folder", file: "people/bad.md", line: 2,
             breakContent: write("people/bad.md", "---\nslug: \"/etc/passwd\"\nname: \"B\"\nsummary: \"b\"\n---\n")),
        Case(name: "symlink outside", message: "'outside.md' is a symbolic link to '/etc/hostname', outside the content folder", file: "essays/outside.md", line: nil,
             breakContent: { try FileManager.default.createSymbolicLink(atPath: $0.appendingPathComponent("essays/outside.md").path, withDestinationPath: "/etc/hostname") }),
        Case(name: "empty file", message: "the file is empty", file: "essays/empty.md", line: 1, breakContent: write("essays/empty.md", "")),
        Case(name: "invalid UTF-8", message: "the file is not valid UTF-8", file: "essays/latin1.md", line: 2,
             breakContent: { try Data([0x2D, 0x2D, 0x2D, 0x0A, 0x74, 0xE9, 0x0A]).write(to: $0.appendingPathComponent("essays/latin1.md")) }),
        Case(name: "binary file", message: "the file looks binary (it contains a NUL byte), not Markdown text", file: "people/photo.md", line: 1,
             breakContent: { try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]).write(to: $0.appendingPathComponent("people/photo.md")) }),
        Case(name: "unknown [[link]]", message: "unknown link target 'molotow' in [[molotow]]", file: "essays/bad.md", line: 9,
             breakContent: write("essays/bad.md", essayHead + "---\nSee [[molotow]].\n")),
        Case(name: "unknown participant", message: "unknown participant 'nikita-krushchev'", file: "events/bad.md", line: 5,
             breakContent: write("events/bad.md", "---\nname: \"B\"\nsummary: \"b\"\nparticipants:\n  - nikita-krushchev\n---\n")),
        Case(name: "bad date", message: "'date' is not a valid date: '1956-02-30'", file: "events/bad.md", line: 4,
             breakContent: write("events/bad.md", "---\nname: \"B\"\nsummary: \"b\"\ndate: \"1956-02-30\"\n---\n")),
    ]

    /// Builds once into `out` so there is a previous site to protect.
    func previousSite() throws -> (URL, [String: Data]) {
        let out = Fixture.temp().appendingPathComponent("public")
        _ = try SiteBuild.run(Fixture.options(output: out))
        return (out, Fixture.tree(out))
    }

    func expectFailure(_ options: SiteBuild.Options, message: String, file: String?, line: Int?) {
        do {
            _ = try SiteBuild.run(options)
            Issue.record("the build should have failed with: \(message)")
        } catch let failure as BuildFailure {
            let d = failure.diagnostics.first { $0.message == message || (message.hasSuffix("…") && $0.message.hasPrefix(message.dropLast())) }
            #expect(d != nil, "expected '\(message)', got: \(failure.diagnostics.map(\.description))")
            if let file { #expect(d?.location?.file.hasSuffix(file) == true, "file: \(String(describing: d?.location))") }
            if let line { #expect(d?.location?.line == line, "line: \(String(describing: d?.location))") }
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test(arguments: cases)
    func invalidContent(_ c: Case) throws {
        let (out, before) = try previousSite()
        let content = Fixture.contentCopy()
        try c.breakContent(content)
        expectFailure(Fixture.options(content: content, output: out), message: c.message, file: c.file, line: c.line)
        #expect(Fixture.tree(out) == before, "the previous output changed")
    }

    @Test func templateSyntaxError() throws {
        let (out, before) = try previousSite()
        let templates = Fixture.temp("templates")
        try? FileManager.default.removeItem(at: templates)
        try FileManager.default.copyItem(at: Fixture.templates, to: templates)
        try Data("<h1>{{#items}}\n<p>{{/item}}</p>\n".utf8).write(to: templates.appendingPathComponent("essay-card.mustache"))
        expectFailure(Fixture.options(templates: templates, output: out), message: "template syntax error: a section is closed with the wrong name",
                      file: "templates/essay-card.mustache", line: 2)
        #expect(Fixture.tree(out) == before)
    }

    @Test func missingTemplate() throws {
        let (out, before) = try previousSite()
        let templates = Fixture.temp("templates")
        try? FileManager.default.removeItem(at: templates)
        try FileManager.default.copyItem(at: Fixture.templates, to: templates)
        try FileManager.default.removeItem(at: templates.appendingPathComponent("entry.mustache"))
        expectFailure(Fixture.options(templates: templates, output: out), message: "missing template 'entry.mustache'", file: "templates/entry.mustache", line: nil)
        #expect(Fixture.tree(out) == before)
    }

    @Test func outputFolderNotOurs() throws {
        let out = Fixture.temp("theirs")
        try Data("precious".utf8).write(to: out.appendingPathComponent("notes.txt"))
        expectFailure(Fixture.options(output: out), message: "output folder '\(out.standardizedFileURL.path)' is not empty and was not made by build-site", file: nil, line: nil)
        #expect(Fixture.tree(out) == ["notes.txt": Data("precious".utf8)])
    }

    @Test func readOnlyOutputLocation() throws {
        // /proc refuses new folders even to root, which CI runs as.
        let out = URL(fileURLWithPath: "/proc/self/public")
        expectFailure(Fixture.options(output: out), message: "cannot create the staging folder beside '/proc/self/public'…", file: nil, line: nil)
    }
}
