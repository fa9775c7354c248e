/// A 64-bit FNV-1a hash: cache keys for incremental rebuilds (not for security).
public struct Fingerprint: Hashable, Sendable {
    public private(set) var value: UInt64 = 0xcbf29ce484222325

    public init() {}

    public init(_ parts: Any...) {
        for p in parts { add(p) }
    }

    public mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { add($0) }
    }

    /// Eight bytes a step: fingerprints whole pages, so speed matters more than FNV purity.
    public mutating func add(_ buffer: UnsafeBufferPointer<UInt8>) {
        var h = value
        var i = 0
        let n = buffer.count
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100000001b3
                h ^= h >> 29
                i += 8
            }
        }
        while i < n { h = (h ^ UInt64(buffer[i])) &* 0x100000001b3; i += 1 }
        value = (h ^ UInt64(n)) &* 0x100000001b3   // the length separates ("ab","c") from ("a","bc")
    }

    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add($0) }
    }

    public mutating func add(_ other: Fingerprint) { add(String(other.value)) }

    /// Strings, bytes, numbers and fingerprints. Anything else is a programming error: a
    /// reflected description is not stable (dictionary order differs between loads).
    public mutating func add(_ value: Any) {
        switch value {
        case let s as String: add(s)
        case let b as [UInt8]: add(b)
        case let f as Fingerprint: add(f)
        case let n as Int: add(String(n))
        default: preconditionFailure("Fingerprint of an unsupported value: \(type(of: value))")
        }
    }
}

// Explicit fingerprints: reflection would print dictionaries and sets in an order that
// differs between two loads of the same content, and every build would look changed.
extension RegisterEntry {
    public var fingerprint: Fingerprint {
        var f = Fingerprint()
        for part in [kind.rawValue, slug, name, sortName, summary, wikidata ?? "", body, path, String(bodyFirstLine),
                     born?.iso ?? "", died?.iso ?? "", date?.iso ?? "", start?.iso ?? "", end?.iso ?? ""] { f.add(part) }
        for a in aliases { f.add(a.text + (a.ignoreCase ? "/i" : "")) }
        for r in roles { f.add(r) }
        for p in participants { f.add(p + ":" + String(participantLines[p] ?? 0)) }
        return f
    }
}

extension Work {
    public var fingerprint: Fingerprint {
        var f = Fingerprint()
        for part in [slug, title, authorText, String(year ?? 0), kind, publisher ?? "", place ?? "", container ?? "",
                     pages ?? "", citation, body, path] + authors + citeAs { f.add(part) }
        return f
    }
}

extension SiteConfig {
    public var fingerprint: Fingerprint {
        var f = Fingerprint()
        for part in [title, description, language, editor, baseURL, linkPolicy.rawValue] + notNames.sorted() { f.add(part) }
        return f
    }
}
