import Foundation
import Testing
@testable import Content
@testable import Pipeline

/// The fixture site built end to end, compared with golden pages.
@Suite struct FixtureSiteTests {
    @Test func buildsTheFixtureSite() throws {
        let out = Fixture.temp().appendingPathComponent("public")
        let result = try SiteBuild.run(Fixture.options(output: out))
        let tree = Fixture.tree(out)
        for page in ["index.html", "404.html", "essays/first-essay/index.html", "people/nikita-khrushchev/index.html",
                     "events/secret-speech/index.html", "terms/sovnarkhoz/index.html", "sources/index.html",
                     "timeline/index.html", "search/index.html", "sitemap.xml", "feed.xml", "robots.txt", ".build-site"] {
            #expect(tree[page] != nil, "missing \(page)")
        }
        #expect(result.warnings.contains { $0.code == "unmatched-citation" && $0.message.contains("Taubman 2000") })
        let essay = String(decoding: tree["essays/first-essay/index.html"]!, as: UTF8.self)
        #expect(essay.contains("href=\"/fixture/people/nikita-khrushchev/\" data-entity=\"nikita-khrushchev\">Nikita Khrushchev</a>"))
        #expect(essay.contains("<a class=\"citation\" href=\"/fixture/sources/#taubman-2003\" data-source=\"taubman-2003\">Taubman 2003: p.10</a>"))
        #expect(essay.contains("the bibliography has no Taubman 2000; it lists Taubman 2003."))
        let person = String(decoding: tree["people/nikita-khrushchev/index.html"]!, as: UTF8.self)
        #expect(person.contains("Mentioned 4 times in 2 of 2 essays."))
        #expect(person.contains("<mark>Khrushchev</mark> met Kennedy"))
    }

    /// Golden pages: re-recorded with RECORD_GOLDEN=1 (and that run fails, so it cannot pass by accident).
    @Test(arguments: ["essays/first-essay/index.html", "people/nikita-khrushchev/index.html", "events/secret-speech/index.html"])
    func goldenPage(_ page: String) throws {
        let out = Fixture.temp().appendingPathComponent("public")
        _ = try SiteBuild.run(Fixture.options(output: out))
        let actual = try Data(contentsOf: out.appendingPathComponent(page))
        let goldenFile = Fixture.golden.appendingPathComponent(page.replacingOccurrences(of: "/", with: "__"))
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Fixture.golden, withIntermediateDirectories: true)
            try actual.write(to: goldenFile)
            Issue.record("recorded \(goldenFile.lastPathComponent); run again without RECORD_GOLDEN")
            return
        }
        let expected = try Data(contentsOf: goldenFile)
        #expect(String(decoding: actual, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
                "\(page) differs from its golden file; if the change is intended, re-record with RECORD_GOLDEN=1")
    }

    @Test func deterministic() throws {
        let a = Fixture.temp().appendingPathComponent("a"), b = Fixture.temp().appendingPathComponent("b")
        _ = try SiteBuild.run(Fixture.options(output: a))
        _ = try SiteBuild.run(Fixture.options(output: b))
        #expect(Fixture.tree(a) == Fixture.tree(b))
    }

    @Test func unchangedFilesKeepTheirModificationTime() throws {
        let out = Fixture.temp().appendingPathComponent("public")
        _ = try SiteBuild.run(Fixture.options(output: out))
        let page = out.appendingPathComponent("essays/second-essay/index.html").path
        let before = try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.05)
        let second = try SiteBuild.run(Fixture.options(output: out))
        let after = try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as? Date
        #expect(before == after)
        #expect(second.written == 0)
    }

    @Test func subPathBaseURL() throws {
        var options = Fixture.options(output: Fixture.temp().appendingPathComponent("public"))
        options.baseURL = "https://example.org/deep/path/"
        _ = try SiteBuild.run(options)
        let home = try String(contentsOf: options.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("href=\"/deep/path/essays/first-essay/\""))
        #expect(home.contains("<link rel=\"canonical\" href=\"https://example.org/deep/path/\">"))
    }
}
