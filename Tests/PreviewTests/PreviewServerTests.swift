import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import Pipeline
@testable import Preview

/// serve: start on a free port, fetch a page, change a file, see the change.
@Suite struct PreviewServerTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func fetch(_ url: URL) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: url)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test func servesRebuildsAndReloads() async throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        let content = tmp.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repo.appendingPathComponent("Tests/PipelineTests/Fixtures/site/content"), to: content)
        var options = SiteBuild.Options(content: content, templates: Self.repo.appendingPathComponent("templates"), output: tmp.appendingPathComponent("public"))
        options.baseURL = "/"
        let server = PreviewServer(options: options, log: { _ in })
        let port = try await server.start(port: 0)
        let watch = Task { await server.watch(interval: .milliseconds(100)) }
        defer { watch.cancel() }
        let base = URL(string: "http://127.0.0.1:\(port)/")!

        let (status, page) = try await fetch(base.appendingPathComponent("essays/second-essay/"))
        #expect(status == 200)
        #expect(page.contains("After <a class=\"mention mention-person\""))
        #expect(page.contains("/__livereload"))
        let (missing, _) = try await fetch(base.appendingPathComponent("no/such/page/"))
        #expect(missing == 404)
        let before = await server.version

        let essay = content.appendingPathComponent("essays/second-essay.md")
        let text = try String(contentsOf: essay, encoding: .utf8).replacingOccurrences(of: "was remembered", with: "was remembered anew")
        try text.write(to: essay, atomically: true, encoding: .utf8)
        for _ in 0..<50 where await server.version == before { try await Task.sleep(for: .milliseconds(100)) }
        let (_, changed) = try await fetch(base.appendingPathComponent("essays/second-essay/"))
        #expect(changed.contains("was remembered anew"))
        let (_, version) = try await fetch(base.appendingPathComponent("__livereload"))
        #expect(Int(version) ?? 0 > before)

        // A broken edit keeps the last good site and shows the error on the page.
        try "---\ntitle: [broken\n---\n".write(to: essay, atomically: true, encoding: .utf8)
        let good = await server.version
        for _ in 0..<50 where await server.version == good { try await Task.sleep(for: .milliseconds(100)) }
        let (okStatus, stale) = try await fetch(base.appendingPathComponent("essays/second-essay/"))
        #expect(okStatus == 200)
        #expect(stale.contains("was remembered anew"))
        #expect(stale.contains("Build failed; showing the last good site."))
        await server.stop()
    }
}
