import Foundation
@testable import Content
@testable import Pipeline

enum Fixture {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let site = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/site")
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/golden")
    static let templates = repo.appendingPathComponent("templates")

    /// A fresh temporary folder.
    static func temp(_ name: String = "t") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("build-site-tests-\(UUID().uuidString)/\(name)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the fixture content, to break for an invalid-site case.
    static func contentCopy() -> URL {
        let dir = temp("content")
        try? FileManager.default.removeItem(at: dir)
        try! FileManager.default.copyItem(at: site.appendingPathComponent("content"), to: dir)
        return dir
    }

    static func options(content: URL = site.appendingPathComponent("content"), templates: URL = templates, output: URL) -> SiteBuild.Options {
        SiteBuild.Options(content: content, templates: templates, output: output)
    }

    /// Every file under `dir` with its bytes, for byte-for-byte comparisons.
    static func tree(_ dir: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let e = FileManager.default.enumerator(atPath: dir.path) else { return [:] }
        for case let path as String in e {
            var isDir: ObjCBool = false
            let full = dir.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: full.path, isDirectory: &isDir), !isDir.boolValue {
                result[path] = FileManager.default.contents(atPath: full.path)
            }
        }
        return result
    }
}
