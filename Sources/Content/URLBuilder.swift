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
    /// Works on UTF-8 bytes and copies untouched runs whole: this runs over every page's text.
    public static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var firstSpecial = -1
            for (i, b) in bytes.enumerated() where b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 {
                firstSpecial = i
                break
            }
            if firstSpecial < 0 { return String(decoding: bytes, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[..<firstSpecial])
            for b in bytes[firstSpecial...] {
                switch b {
                case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])         // &amp;
                case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])               // &lt;
                case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])               // &gt;
                case 0x22: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])   // &quot;
                case 0x27: out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])         // &#39;
                default: out.append(b)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
