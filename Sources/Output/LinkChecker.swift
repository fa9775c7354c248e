import Content
import Rendering

/// Checks, before anything is written, that every internal link of the generated pages
/// leads to a generated file and, with a `#fragment`, to an element with that id.
public struct LinkChecker: Sendable {
    public let urls: URLBuilder

    public init(urls: URLBuilder) { self.urls = urls }

    /// The ids a page defines and the internal links it makes, resolved to output paths.
    public struct Scan: Sendable {
        struct Link: Hashable, Sendable {
            var target: String
            var fragment: String?
        }
        var ids: Set<String>
        /// Each distinct target once, with one href that makes it (for the message).
        var links: [Link: String]
    }

    /// Scans one page. Pure: the preview server reuses the result while the page is unchanged.
    public func scan(_ page: OutputFile) -> Scan {
        var links: [Scan.Link: String] = [:]
        for href in HTMLScan.values(of: "href", in: page.contents) + HTMLScan.values(of: "src", in: page.contents) {
            guard let (path, fragment) = resolve(href, from: page.path) else { continue }
            let target = path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
            let link = Scan.Link(target: target, fragment: fragment.flatMap { $0.isEmpty ? nil : $0 })
            if links[link] == nil { links[link] = href }
        }
        return Scan(ids: Set(HTMLScan.values(of: "id", in: page.contents)), links: links)
    }

    /// `scans` may carry earlier results for unchanged pages.
    public func check(_ files: [OutputFile], assets: [String], scans given: [String: Scan] = [:]) -> [Diagnostic] {
        var paths = Set(files.map(\.path)).union(assets)
        paths.insert(SiteWriter.markerName)
        let pages = files.filter { $0.path.hasSuffix(".html") }
        let scanned = pages.parallelMap { given[$0.path] ?? scan($0) }
        var ids: [String: Set<String>] = [:]
        for (page, scan) in zip(pages, scanned) { ids[page.path] = scan.ids }
        var broken: [Diagnostic] = []
        for (page, scan) in zip(pages, scanned) {
            for (link, href) in scan.links {
                if !paths.contains(link.target) {
                    broken.append(.error("broken-link", "\(page.path) links to '\(href)', which the build does not generate"))
                } else if let fragment = link.fragment, link.target.hasSuffix(".html"), ids[link.target]?.contains(fragment) != true {
                    broken.append(.error("broken-anchor", "\(page.path) links to '\(href)', but \(link.target) has no id '\(fragment)'"))
                }
            }
        }
        return broken.sorted { $0.message < $1.message }
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
