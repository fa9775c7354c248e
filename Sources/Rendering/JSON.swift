/// Minimal JSON writing with deterministic key order, straight into UTF-8 bytes. Escapes
/// `<`, `>` and `&` as well, so the JSON is safe inside `<script>` (no `</script>` breakout)
/// and in HTML attributes.
enum JSON {
    indirect enum Value {
        case string(String), number(Int), bool(Bool), array([Value]), object([(String, Value)]), null
        /// Already-encoded JSON (a cached fragment).
        case raw([UInt8])
    }

    static func encode(_ value: Value) -> String {
        var out: [UInt8] = []
        write(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func write(_ value: Value, into out: inout [UInt8]) {
        switch value {
        case .string(let s): quote(s, into: &out)
        case .number(let n): out += Array(String(n).utf8)
        case .bool(let b): out += Array((b ? "true" : "false").utf8)
        case .null: out += Array("null".utf8)
        case .raw(let bytes): out += bytes
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                write(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            out.append(UInt8(ascii: "{"))
            for (i, pair) in pairs.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                quote(pair.0, into: &out)
                out.append(UInt8(ascii: ":"))
                write(pair.1, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    static let hex = Array("0123456789abcdef".utf8)

    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var previous: [UInt8] = []   // to spot U+2028/U+2029 (E2 80 A8/A9)
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): out += [0x5C, 0x22]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0..<0x20:
                out += Array("\\u00".utf8)
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0xF)])
            case 0xA8 where previous == [0xE2, 0x80], 0xA9 where previous == [0xE2, 0x80]:
                out.removeLast(2)
                out += Array((b == 0xA8 ? "\\u2028" : "\\u2029").utf8)
            default:
                out.append(b)
            }
            previous = previous.count == 2 ? [previous[1], b] : previous + [b]
        }
        out.append(UInt8(ascii: "\""))
    }
}
