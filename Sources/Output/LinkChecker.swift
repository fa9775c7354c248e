import Content
import Rendering

/// Checks, before anything is written, that every internal link of the generated pages
/// leads to a generated file and, with a `#fragment`, to an element with that id.
public struct LinkChecker {
    public let urls: URLBuilder

    public init(urls: URLBuilder) { self.urls = urls }

    public func check(_ files: [OutputFile], assets: [String]) -> [Diagnostic] {
        var ids: [String: Set<String>] = [:]
        var paths = Set(files.map(\.path)).union(assets)
        paths.insert(SiteWriter.markerName)
        let pages = files.filter { $0.path.hasSuffix(".html") }
        for page in pages { ids[page.path] = Set(HTMLScan.values(of: "id", in: page.contents)) }
        var broken: [Diagnostic] = []
        for page in pages {
            for href in HTMLScan.values(of: "href", in: page.contents) + HTMLScan.values(of: "src", in: page.contents) {
                guard let (path, fragment) = resolve(href, from: page.path) else { continue }
                let target = path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
                if !paths.contains(target) {
                    broken.append(.error("broken-link", "\(page.path) links to '\(href)', which the build does not generate"))
                } else if let fragment, !fragment.isEmpty, target.hasSuffix(".html"), ids[target]?.contains(fragment) != true {
                    broken.append(.error("broken-anchor", "\(page.path) links to '\(href)', but \(target) has no id '\(fragment)'"))
                }
            }
        }
        return broken
    }

    /// The output-relative path and fragment of an internal link; nil for external links.
    func resolve(_ href: String, from page: String) -> (String, String?)? {
        let decoded = href.replacingOccurrences(of: "&amp;", with: "&")
        if decoded.contains("://") || decoded.hasPrefix("mailto:") || decoded.hasPrefix("data:") { return nil }
        let parts = decoded.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        var path = parts[0].split(separator: "?").first.map(String.init) ?? ""
        let fragment = parts.count > 1 ? parts[1] : nil
        if path.isEmpty { return (page, fragment) }
        if path.hasPrefix(urls.rootPath) { path = String(path.dropFirst(urls.rootPath.count)) }
        else if path.hasPrefix("/") { return (String(path.dropFirst()), fragment) }
        return (path, fragment)
    }
}

/// Reads attribute values out of our own generated HTML (for checking, never for editing).
enum HTMLScan {
    static func values(of attribute: String, in bytes: [UInt8]) -> [String] {
        let needle = Array(" \(attribute)=\"".utf8)
        var result: [String] = []
        var i = 0
        while i + needle.count < bytes.count {
            if bytes[i] == needle[0], bytes[i..<i + needle.count].elementsEqual(needle) {
                let start = i + needle.count
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                result.append(String(decoding: bytes[start..<end], as: UTF8.self))
                i = end
            } else { i += 1 }
        }
        return result
    }
}
