import Yams

/// A Markdown file split into its YAML front matter and its body.
public struct FrontMatterFile: Sendable {
    /// The YAML text between the two `---` lines.
    public var yaml: String
    /// The Markdown after the closing `---`.
    public var body: String
    /// File line of the first YAML line (so YAML marks map back to the file).
    public var yamlFirstLine: Int
    /// File line of the first body line (so cmark's lines map back to the file).
    public var bodyFirstLine: Int

    /// Splits `text`; fails with a located error when the block is missing or unclosed.
    public static func split(_ text: String, file: String) throws(Diagnostic) -> FrontMatterFile {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let last = lines.last, last.isEmpty { lines.removeLast() }
        func isFence(_ line: Substring) -> Bool {
            line.trimmingTrailing() == "---"
        }
        guard let first = lines.first, isFence(first) else {
            throw Diagnostic.error("front-matter", "the file does not start with a front matter block",
                                   at: SourceLocation(file: file, line: 1, column: 1),
                                   hint: "start the file with a line '---', the YAML keys, and another '---'")
        }
        guard let close = lines.indices.dropFirst().first(where: { isFence(lines[$0]) }) else {
            throw Diagnostic.error("front-matter", "the front matter block opened on line 1 is never closed",
                                   at: SourceLocation(file: file, line: 1, column: 1),
                                   hint: "did you forget the closing '---' line after the YAML keys?")
        }
        return FrontMatterFile(
            yaml: lines[1..<close].joined(separator: "\n"),
            body: lines[(close + 1)...].joined(separator: "\n") + (close + 1 < lines.count ? "\n" : ""),
            yamlFirstLine: 2,
            bodyFirstLine: close + 2
        )
    }
}

extension Substring {
    func trimmingTrailing() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s.removeLast() }
        return s
    }
}

/// Parses YAML into a mapping, turning Yams' errors into located diagnostics.
public enum YAMLMapping {
    public static func parse(_ yaml: String, file: String, firstLine: Int) throws(Diagnostic) -> Yams.Node.Mapping {
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw diagnostic(for: error, file: file, firstLine: firstLine)
        } catch {
            throw Diagnostic.error("yaml", "invalid YAML: \(error)", at: SourceLocation(file: file, line: firstLine))
        }
        guard let root else { return Yams.Node.Mapping([]) }
        guard let mapping = root.mapping else {
            throw Diagnostic.error("yaml", "the YAML must be a mapping of keys to values",
                                   at: location(root.mark, file: file, firstLine: firstLine),
                                   hint: "write one 'key: value' per line")
        }
        return mapping
    }

    static func location(_ mark: Mark?, file: String, firstLine: Int) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file, line: firstLine) }
        return SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column)
    }

    static func diagnostic(for error: YamlError, file: String, firstLine: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return .error("yaml", "invalid YAML: \(what)", at: location(mark, file: file, firstLine: firstLine),
                          hint: "check quotes, colons and indentation; quote values that contain ': ' or start with '[', '{', '*' or '&'")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error("yaml", "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))",
                          at: location(context.mark, file: file, firstLine: firstLine), hint: "keep one of them")
        default:
            return .error("yaml", "invalid YAML: \(error)", at: SourceLocation(file: file, line: firstLine))
        }
    }
}
