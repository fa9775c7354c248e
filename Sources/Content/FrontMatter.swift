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
        // Works on UTF-8 bytes: splitting a long essay into Characters is needlessly slow.
        let bytes = Array(text.utf8)
        var lineStarts = [0]
        var fences: [Int] = []   // line numbers (0-based) that are '---'
        var i = 0
        func isFence(from start: Int, to end: Int) -> Bool {
            var e = end
            while e > start, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09 || bytes[e - 1] == 0x0D { e -= 1 }
            return e - start == 3 && bytes[start] == 0x2D && bytes[start + 1] == 0x2D && bytes[start + 2] == 0x2D
        }
        while fences.count < 2 {
            let start = lineStarts.last!
            guard start < bytes.count else { break }
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if isFence(from: start, to: end) { fences.append(lineStarts.count - 1) }
            else if lineStarts.count == 1 { break }
            lineStarts.append(end + 1)
            i = end + 1
        }
        _ = i
        guard fences.first == 0 else {
            throw Diagnostic.error("front-matter", "the file does not start with a front matter block",
                                   at: SourceLocation(file: file, line: 1, column: 1),
                                   hint: "start the file with a line '---', the YAML keys, and another '---'")
        }
        guard fences.count == 2 else {
            throw Diagnostic.error("front-matter", "the front matter block opened on line 1 is never closed",
                                   at: SourceLocation(file: file, line: 1, column: 1),
                                   hint: "did you forget the closing '---' line after the YAML keys?")
        }
        let close = fences[1]
        let yamlStart = lineStarts[1], yamlEnd = max(yamlStart, lineStarts[close] - 1)
        let bodyStart = min(bytes.count, lineStarts[close + 1])
        return FrontMatterFile(
            yaml: String(decoding: bytes[yamlStart..<yamlEnd], as: UTF8.self),
            body: String(decoding: bytes[bodyStart...], as: UTF8.self),
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
            // The basic resolver reads every scalar as text (no regex per value); FieldReader
            // converts numbers, booleans and dates itself, with located errors.
            root = try Yams.compose(yaml: yaml, .basic)
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
