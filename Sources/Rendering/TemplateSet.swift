import Content
import Foundation
import Mustache

/// The Mustache templates of `templates/`, parsed up front so a syntax error or a
/// missing template stops the build before anything is rendered.
public struct TemplateSet: Sendable {
    /// Every template the renderer uses; partials included.
    public static let required = ["base", "header", "footer", "home", "essay-card", "essays", "essay",
                                  "entry", "entries", "sources", "timeline", "search", "404"]

    let library: MustacheLibrary
    public let folder: URL
    /// Changes when any template changes (a cache key for rendered pages).
    public let fingerprint: Fingerprint

    public init(folder: URL) throws {
        self.folder = folder
        var templates: [String: MustacheTemplate] = [:]
        var diagnostics = Diagnostics()
        var fingerprint = Fingerprint()
        for name in Self.required {
            let file = "\(name).mustache"
            let url = folder.appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                diagnostics.add(.error("missing-template", "missing template '\(file)'", at: SourceLocation(file: "templates/\(file)"),
                                       hint: "every page kind needs its template: " + Self.required.map { "\($0).mustache" }.joined(separator: ", ")))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                diagnostics.add(.error("invalid-utf8", "template is not valid UTF-8", at: SourceLocation(file: "templates/\(file)")))
                continue
            }
            fingerprint.add(text)
            do {
                // The same escaping as the library's HTML type, done on bytes: the library's
                // per-Character escaping was most of the rendering time on large sites.
                templates[name] = try MustacheTemplate(string: Self.contentTypePragma + text)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.add(.error("template-syntax", "template syntax error: \(Self.describe(error.error))",
                                       at: SourceLocation(file: "templates/\(file)", line: error.context.lineNumber, column: error.context.columnNumber),
                                       hint: "near: \(error.context.line.trimmingCharacters(in: .whitespaces))"))
            } catch {
                diagnostics.add(.error("template-syntax", "template error: \(error)", at: SourceLocation(file: "templates/\(file)")))
            }
        }
        try diagnostics.throwIfErrors()
        library = MustacheLibrary(templates: templates)
        self.fingerprint = fingerprint
    }

    static let contentTypePragma: String = {
        MustacheContentTypes.register(FastHTML(), named: "EDITION_HTML")
        return "{{% CONTENT_TYPE: EDITION_HTML }}"
    }()

    /// HTML escaping for `{{value}}` (both quotes escaped, as in attributes).
    struct FastHTML: MustacheContentType {
        func escapeText(_ text: String) -> String { HTML.escape(text) }
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: return "a section is closed with the wrong name"
        case MustacheTemplate.Error.unfinishedName: return "a tag is not closed with '}}'"
        case MustacheTemplate.Error.expectedSectionEnd: return "a section is opened but never closed"
        default: return "\(error)"
        }
    }

    /// Renders a template with a view model (dictionaries and arrays of them).
    func render(_ name: String, _ model: [String: Any]) -> String {
        library.render(model, withTemplate: name) ?? ""
    }
}
