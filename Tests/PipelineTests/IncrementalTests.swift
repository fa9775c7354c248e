import Foundation
import Testing
@testable import Content
@testable import Pipeline

/// Rebuilds with a cache (as the preview server does): a one-essay change rewrites exactly
/// the pages whose content changes, and leaves every other file untouched.
@Suite struct IncrementalTests {
    func mtimes(_ dir: URL) -> [String: Date] {
        var result: [String: Date] = [:]
        for path in Fixture.tree(dir).keys {
            result[path] = (try? FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent(path).path))?[.modificationDate] as? Date
        }
        return result
    }

    @Test func oneEssayChangeRewritesExactlyTheExpectedFiles() throws {
        let content = Fixture.contentCopy()
        let out = Fixture.temp().appendingPathComponent("public")
        let cache = BuildCache()
        let options = Fixture.options(content: content, output: out)
        _ = try SiteBuild.run(options, cache: cache)
        let before = Fixture.tree(out)
        let beforeTimes = mtimes(out)
        Thread.sleep(forTimeInterval: 0.05)

        // Same words count, new wording: the essay page, the search index and the pages of
        // the entries whose excerpts quote that sentence change; nothing else.
        let essay = content.appendingPathComponent("essays/second-essay.md")
        let text = try String(contentsOf: essay, encoding: .utf8).replacingOccurrences(of: "was remembered", with: "was recalled")
        try text.write(to: essay, atomically: true, encoding: .utf8)
        let result = try SiteBuild.run(options, cache: cache)
        #expect(cache.annotated == 1 && cache.reused == 1)

        let after = Fixture.tree(out)
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(changed == ["essays/second-essay/index.html", "assets/search-index.json",
                            "people/nikita-khrushchev/index.html", "people/joseph-stalin/index.html"])
        #expect(result.written == changed.count)
        let afterTimes = mtimes(out)
        for path in after.keys where !changed.contains(path) {
            #expect(afterTimes[path] == beforeTimes[path], "\(path) was touched")
        }
    }
}
