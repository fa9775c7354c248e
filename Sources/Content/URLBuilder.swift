/// Builds every URL the site links to, so the whole site can move under a sub-path
/// (`--base-url https://example.org/khrushchev/`). Pretty URLs: `/essays/<slug>/`.
public struct URLBuilder: Sendable {
    /// Absolute URL of the site root, ending in `/` (e.g. `https://example.org/khrushchev/`).
    public let base: String
    /// The path part of `base` (e.g. `/khrushchev/`), used for links inside pages.
    public let rootPath: String

    public init(baseURL: String) {
        var base = baseURL.isEmpty ? "/" : baseURL
        if !base.hasSuffix("/") { base += "/" }
        self.base = base
        if let scheme = base.range(of: "://") {
            let afterHost = base[scheme.upperBound...].firstIndex(of: "/") ?? base.endIndex
            rootPath = afterHost == base.endIndex ? "/" : String(base[afterHost...])
        } else {
            rootPath = base.hasPrefix("/") ? base : "/" + base
        }
    }

    /// A root-relative link for use inside pages: `/khrushchev/people/nikita-khrushchev/`.
    public func path(_ relative: String) -> String { rootPath + relative }
    /// An absolute URL (canonical links, sitemap, feed): needs a base URL with a host.
    public func absolute(_ relative: String) -> String { base.contains("://") ? base + relative : path(relative) }

    public func home() -> String { path("") }
    public func essay(_ slug: String) -> String { path("essays/\(slug)/") }
    public func entry(_ kind: RegisterEntry.Kind, _ slug: String) -> String { path("\(kind.folder)/\(slug)/") }
    public func source(_ slug: String) -> String { path("sources/#\(slug)") }
    public func asset(_ name: String) -> String { path("assets/\(name)") }
}

/// HTML escaping for text and attribute values (both quotes escaped).
public enum HTML {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
