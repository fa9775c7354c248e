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

    /// Any value, through its full description (structs print all their stored fields).
    public mutating func add(_ value: Any) {
        if let s = value as? String { add(s) }
        else if let b = value as? [UInt8] { add(b) }
        else if let f = value as? Fingerprint { add(String(f.value)) }
        else { add(String(reflecting: value)) }
    }
}
