import Foundation

/// Reads a content file as UTF-8 text, refusing empty, binary and mis-encoded files with
/// an error that says where.
enum FileReader {
    static func read(_ url: URL, relative: String) throws(Diagnostic) -> String {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .error("io", "cannot read the file: \(error.localizedDescription)", at: SourceLocation(file: relative))
        }
        return try decode(data, file: relative)
    }

    static func decode(_ data: Data, file: String) throws(Diagnostic) -> String {
        let bytes = [UInt8](data)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .error("empty-file", "the file is empty", at: SourceLocation(file: file, line: 1),
                         hint: "add front matter and text, or delete the file")
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw .error("binary-file", "the file looks binary (it contains a NUL byte), not Markdown text",
                         at: location(of: nul, in: bytes, file: file),
                         hint: "content folders hold UTF-8 Markdown files only")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let bad = firstInvalidUTF8(bytes)
            throw .error("invalid-utf8", "the file is not valid UTF-8", at: location(of: bad, in: bytes, file: file),
                         hint: "save the file as UTF-8 (it may be Latin-1 or Windows-1252)")
        }
        // A byte-order mark would otherwise hide the opening '---'.
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    static func location(of offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1, column = 1
        for b in bytes[..<offset] {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// Offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            guard length > 0, i + length <= bytes.count,
                  String(validating: bytes[i..<i + length], as: UTF8.self) != nil else { return i }
            i += length
        }
        return i
    }
}
