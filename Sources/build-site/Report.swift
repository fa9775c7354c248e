import ArgumentParser
import Content
import Foundation

/// How findings reach the terminal: grouped by file, or as JSON for CI and editors.
enum Report {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    static func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    static func elapsed(since start: DispatchTime) -> Int {
        Int((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000)
    }

    /// `file` then `  line:col: severity: message` under it, files in order.
    static func printGrouped(_ findings: [Diagnostic], to handle: FileHandle = .standardOutput) {
        let byFile = Dictionary(grouping: findings) { $0.location?.file ?? "(site)" }
        var text = ""
        for file in byFile.keys.sorted() {
            text += "\(file)\n"
            for d in byFile[file]!.sorted(by: { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }) {
                let pos = d.location.map { $0.line > 0 ? "\($0.line):\($0.column)" : "-" } ?? "-"
                text += "  \(pos): \(d.severity.rawValue): \(d.message)\n"
                if let hint = d.hint { text += "      hint: \(hint)\n" }
            }
        }
        handle.write(Data(text.utf8))
    }

    static func json(_ findings: [Diagnostic]) -> String {
        struct Item: Encodable {
            var severity, code, message: String
            var file: String?
            var line, column: Int?
            var hint: String?
        }
        let items = findings.map {
            Item(severity: $0.severity.rawValue, code: $0.code, message: $0.message, file: $0.location?.file,
                 line: $0.location.map(\.line), column: $0.location.map(\.column), hint: $0.hint)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(items)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func fail(_ failure: BuildFailure, output: URL) -> Never {
        printGrouped(failure.diagnostics, to: .standardError)
        FileHandle.standardError.write(Data("Build failed: \(count(failure.diagnostics.count, "error")); \(output.path) was left unchanged.\n".utf8))
        Foundation.exit(1)
    }
}
