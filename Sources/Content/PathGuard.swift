import Foundation

/// Keeps every path the build reads or writes inside its folder.
public enum PathGuard {
    /// Why `url` may not be used as content inside `root` (a link leading outside), or nil.
    public static func problem(with url: URL, inside root: URL) -> String? {
        let resolved = url.resolvingSymlinksInPath().standardizedFileURL.path
        let base = root.resolvingSymlinksInPath().standardizedFileURL.path
        if resolved != base && !resolved.hasPrefix(base + "/") {
            return "'\(url.lastPathComponent)' is a symbolic link to '\(resolved)', outside the content folder"
        }
        return nil
    }

    /// Whether `slug` is a safe single path segment: lower-case letters, digits, single hyphens.
    public static func isValidSlug(_ slug: String) -> Bool {
        guard !slug.isEmpty, slug.count <= 120, slug.first != "-", slug.last != "-", !slug.contains("--") else { return false }
        return slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A suggestion for an invalid slug: "Nikita Khrushchev" → "nikita-khrushchev".
    public static func slugify(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) { slug.unicodeScalars.append(scalar) }
            else if !slug.isEmpty && !slug.hasSuffix("-") { slug += "-" }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "untitled" : slug
    }

    /// Checks a slug; an error naming the file when it could escape the output folder or is malformed.
    static func validate(_ slug: String, file: String, location: SourceLocation? = nil) throws(Diagnostic) {
        guard isValidSlug(slug) else {
            let escapes = slug.contains("/") || slug.contains("..") || slug.hasPrefix("~")
            throw .error("bad-slug", "slug '\(slug)' is not allowed" + (escapes ? ": it would lead outside the output folder" : ""),
                         at: location ?? SourceLocation(file: file),
                         hint: "use lower-case letters, digits and hyphens, e.g. '\(slugify(slug))'")
        }
    }
}
