import Yams

/// Typed, located access to a YAML mapping. Each accessor records an error for a wrong
/// type or a missing required key; `finish()` warns about keys nobody asked for.
public struct FieldReader {
    public let file: String
    let firstLine: Int
    let entries: [(key: String, keyNode: Yams.Node, value: Yams.Node)]
    let ownLocation: SourceLocation
    var used: Set<String> = []
    public var diagnostics = Diagnostics()

    public init(_ mapping: Yams.Node.Mapping, file: String, firstLine: Int, location: SourceLocation? = nil) {
        self.file = file
        self.firstLine = firstLine
        self.entries = mapping.map { (key: $0.key.string ?? "", keyNode: $0.key, value: $0.value) }
        self.ownLocation = location ?? SourceLocation(file: file, line: 1, column: 1)
    }

    public func location(of node: Yams.Node) -> SourceLocation {
        YAMLMapping.location(node.mark, file: file, firstLine: firstLine)
    }

    /// The location of a key's value, or of the mapping when the key is absent.
    public func location(ofKey key: String) -> SourceLocation {
        entries.first { $0.key == key }.map { location(of: $0.value) } ?? ownLocation
    }

    mutating func value(_ key: String, required: Bool, expected: String) -> Yams.Node? {
        used.insert(key)
        guard let entry = entries.first(where: { $0.key == key }), !isNull(entry.value) else {
            if required {
                diagnostics.add(.error("missing-key", "missing required key '\(key)'", at: ownLocation,
                                       hint: "add '\(key): <\(expected)>' to the front matter"))
            }
            return nil
        }
        return entry.value
    }

    func isNull(_ node: Yams.Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    mutating func wrongType(_ key: String, _ node: Yams.Node, expected: String) {
        let shown: String
        switch node {
        case .scalar(let s): shown = "'\(s.string)'"
        case .mapping: shown = "a mapping"
        case .sequence: shown = "a list"
        default: shown = "an alias"
        }
        diagnostics.add(.error("wrong-type", "'\(key)' must be \(expected), not \(shown)", at: location(of: node)))
    }

    public mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let node = value(key, required: required, expected: "text") else { return nil }
        guard let scalar = node.scalar else { wrongType(key, node, expected: "text"); return nil }
        return scalar.string
    }

    /// An absolute http(s) URL; anything else (javascript:, relative paths) is an error.
    public mutating func url(_ key: String) -> String? {
        guard let text = string(key) else { return nil }
        let lower = text.lowercased()
        guard (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" }) else {
            diagnostics.add(.error("bad-url", "'\(key)' must be an http(s) URL, not '\(text)'", at: location(ofKey: key),
                                   hint: "write the full address, e.g. https://example.org/page"))
            return nil
        }
        return text
    }

    public mutating func int(_ key: String, required: Bool = false) -> Int? {
        guard let node = value(key, required: required, expected: "a whole number") else { return nil }
        guard let n = node.scalar.flatMap({ Int($0.string) }) else { wrongType(key, node, expected: "a whole number"); return nil }
        return n
    }

    public mutating func bool(_ key: String) -> Bool? {
        guard let node = value(key, required: false, expected: "true or false") else { return nil }
        switch node.scalar?.string {
        case "true", "True", "TRUE", "yes", "Yes": return true
        case "false", "False", "FALSE", "no", "No": return false
        default: wrongType(key, node, expected: "true or false"); return nil
        }
    }

    public mutating func date(_ key: String, required: Bool = false) -> PartialDate? {
        guard let node = value(key, required: required, expected: "a date like \"1956-02-25\"") else { return nil }
        guard let text = node.scalar?.string else { wrongType(key, node, expected: "a date"); return nil }
        guard let date = PartialDate(iso: text) else {
            diagnostics.add(.error("bad-date", "'\(key)' is not a valid date: '\(text)'", at: location(of: node),
                                   hint: "write an ISO 8601 date as precise as known: \"1956\", \"1956-02\" or \"1956-02-25\""))
            return nil
        }
        return date
    }

    /// A list of strings; a single string is accepted as a list of one.
    public mutating func strings(_ key: String, required: Bool = false) -> [String] {
        guard let node = value(key, required: required, expected: "a list") else { return [] }
        if let scalar = node.scalar { return [scalar.string] }
        guard let seq = node.sequence else { wrongType(key, node, expected: "a list of text"); return [] }
        var result: [String] = []
        for item in seq {
            if let s = item.scalar { result.append(s.string) } else { wrongType(key, item, expected: "text") }
        }
        return result
    }

    /// Each item of a list, with its node (for item-level locations and mappings).
    public mutating func items(_ key: String) -> [Yams.Node] {
        guard let node = value(key, required: false, expected: "a list") else { return [] }
        guard let seq = node.sequence else { wrongType(key, node, expected: "a list"); return [] }
        return Array(seq)
    }

    /// A nested mapping, read with its own reader.
    public mutating func nested(_ key: String) -> FieldReader? {
        guard let node = value(key, required: false, expected: "a mapping") else { return nil }
        return reader(for: node, key: key)
    }

    /// A reader for a mapping node found inside this one (a list item, a nested key).
    public mutating func reader(for node: Yams.Node, key: String) -> FieldReader? {
        guard let mapping = node.mapping else { wrongType(key, node, expected: "a mapping"); return nil }
        return FieldReader(mapping, file: file, firstLine: firstLine, location: location(of: node))
    }

    /// Warns about keys no accessor asked for (typos like 'summery').
    public mutating func finish(knownHint: [String] = []) {
        for entry in entries where !used.contains(entry.key) {
            let candidates = used.union(knownHint)
            diagnostics.add(.warning("unknown-key", "unknown key '\(entry.key)' is ignored",
                                     at: location(of: entry.keyNode),
                                     hint: Suggestions.hint(for: entry.key, in: candidates.sorted())))
        }
    }
}
