/// Where in the editor's files something is. Lines and columns are 1-based; 0 means unknown.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        line > 0 ? (column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)") : file
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// A problem found in the input: fatal errors stop the build, warnings are listed
/// (and fail it under `--strict`).
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    /// Short machine-readable kind, e.g. `front-matter`, `ambiguous-alias`, `unknown-link`.
    public var code: String
    public var message: String
    public var location: SourceLocation?
    /// What the editor can do about it.
    public var hint: String?

    public init(_ severity: Severity, _ code: String, _ message: String, at location: SourceLocation? = nil, hint: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
    }

    public static func error(_ code: String, _ message: String, at location: SourceLocation? = nil, hint: String? = nil) -> Self {
        Self(.error, code, message, at: location, hint: hint)
    }

    public static func warning(_ code: String, _ message: String, at location: SourceLocation? = nil, hint: String? = nil) -> Self {
        Self(.warning, code, message, at: location, hint: hint)
    }

    /// `file:line:col: error: message (hint)`, the format compilers use, so editors can jump to it.
    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): \(message)"
        if let hint { text += "\n    hint: \(hint)" }
        return text
    }
}

/// A build that cannot go on. Carries every error found in the step that failed.
public struct BuildFailure: Error, CustomStringConvertible, Sendable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Collects diagnostics during a step; thread-confined (one per task, merged afterwards).
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []
    public init() {}
    public mutating func add(_ d: Diagnostic) { all.append(d) }
    public mutating func add(contentsOf ds: [Diagnostic]) { all.append(contentsOf: ds) }
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    /// Throws a `BuildFailure` with the errors so far, if any.
    public func throwIfErrors() throws {
        let errors = self.errors
        if !errors.isEmpty { throw BuildFailure(errors) }
    }
}
