import Foundation
import Testing
@testable import Content
@testable import Pipeline

/// Hostile content is escaped wherever it lands; drafts stay out; a killed build never
/// leaves a half-written output folder.
@Suite struct SafetyTests {
    static let hostile = "</script><script>alert(1)</script><img src=x onerror=alert(2)>\"'&"

    @Test func hostileTextIsEscapedEverywhere() throws {
        let content = Fixture.contentCopy()
        let h = Self.hostile.replacingOccurrences(of: "\"", with: "\\\"")
        try Data("---\ntitle: \"\(h)\"\nauthor: \"\(h)\"\nyear: 1961\nsource:\n  publication: \"\(h)\"\nsummary: \"\(h)\"\nrights: \"\(h)\"\neditorial_notes:\n  - kind: note\n    anchor: \"Hostile\"\n    note: \"\(h)\"\n---\nHostile Khrushchev text with <script>alert(4)</script> and [x](javascript:alert(5)).\n".utf8)
            .write(to: content.appendingPathComponent("essays/hostile.md"))
        try Data("---\nname: \"\(h)\"\naliases: [\"Hostile\"]\nsummary: \"\(h)\"\n---\n<script>alert(6)</script>\n".utf8)
            .write(to: content.appendingPathComponent("terms/hostile-term.md"))
        let out = Fixture.temp().appendingPathComponent("public")
        _ = try SiteBuild.run(Fixture.options(content: content, output: out))
        for (path, data) in Fixture.tree(out) {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("<script>alert"), "unescaped script in \(path)")
            #expect(!text.contains("<img src=x"), "unescaped tag in \(path)")
            #expect(!text.contains("href=\"javascript:"), "javascript: link in \(path)")
        }
        let essay = String(decoding: Fixture.tree(out)["essays/hostile/index.html"]!, as: UTF8.self)
        #expect(essay.contains("\\u003c/script\\u003e"), "JSON-LD must escape </script>")
        let search = String(decoding: Fixture.tree(out)["assets/search-index.json"]!, as: UTF8.self)
        #expect(search.contains("\\u003cscript\\u003e") || !search.contains("script"))
    }

    @Test func nonHTTPSourceURLIsAnError() throws {
        do {
            _ = try EssayParser.parse("---\ntitle: \"T\"\nauthor: \"A\"\nyear: 1959\nsource:\n  publication: \"P\"\n  url: \"javascript:alert(1)\"\nsummary: \"S\"\n---\n", path: "essays/x.md")
            Issue.record("expected an error")
        } catch let f as BuildFailure {
            #expect(f.diagnostics[0].message == "'url' must be an http(s) URL, not 'javascript:alert(1)'")
            #expect(f.diagnostics[0].location?.line == 7)
        }
    }

    @Test func draftsAreLeftOutUnlessAsked() throws {
        let content = Fixture.contentCopy()
        let essay = content.appendingPathComponent("essays/second-essay.md")
        let text = try String(contentsOf: essay, encoding: .utf8).replacingOccurrences(of: "summary:", with: "draft: true\nsummary:")
        try text.write(to: essay, atomically: true, encoding: .utf8)
        let out = Fixture.temp().appendingPathComponent("public")
        _ = try SiteBuild.run(Fixture.options(content: content, output: out))
        #expect(Fixture.tree(out)["essays/second-essay/index.html"] == nil)
        var options = Fixture.options(content: content, output: out)
        options.drafts = true
        _ = try SiteBuild.run(options)
        #expect(Fixture.tree(out)["essays/second-essay/index.html"] != nil)
    }

    /// Kills real builds at different moments: the output is always the old site or the new
    /// one, complete, never a mix or a partial tree.
    @Test func sigkillNeverLeavesAHalfWrittenSite() throws {
        let binary = Fixture.repo.appendingPathComponent(".build/debug/build-site")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { return }
        // A bigger site, so there is time to kill the build while it writes.
        let content = Fixture.contentCopy()
        let essay = try String(contentsOf: content.appendingPathComponent("essays/first-essay.md"), encoding: .utf8)
        for i in 0..<300 {
            try essay.replacingOccurrences(of: "The First Essay", with: "Essay \(i)")
                .write(to: content.appendingPathComponent("essays/copy-\(i).md"), atomically: false, encoding: .utf8)
        }
        let out = Fixture.temp().appendingPathComponent("public")
        func build() throws -> Process {
            let p = Process()
            p.executableURL = binary
            p.arguments = ["--content", content.path, "--templates", Fixture.templates.path, "--output", out.path, "--quiet"]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            return p
        }
        let first = try build()
        first.waitUntilExit()
        let old = Fixture.tree(out)
        #expect(old.count > 300)
        // Change every page's content, then kill builds at several moments.
        try Data(try String(contentsOf: content.appendingPathComponent("site.yml"), encoding: .utf8)
            .replacingOccurrences(of: "Fixture Edition", with: "Fixture Edition II").utf8).write(to: content.appendingPathComponent("site.yml"))
        var new: [String: Data]?
        for delay in [0.05, 0.15, 0.3, 0.5, 0.8, 1.2] {
            let p = try build()
            Thread.sleep(forTimeInterval: delay)
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let now = Fixture.tree(out)
            if now != old {
                if new == nil {
                    let complete = try build()
                    complete.waitUntilExit()
                    new = Fixture.tree(out)
                }
                #expect(now == new, "killed after \(delay) s: the output is neither the old nor the new site")
            }
        }
    }
}
