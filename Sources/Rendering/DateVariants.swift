import Annotation
import Content

/// "Dates the essays give": years written in the same sentence as an event's mention,
/// compared with the register's date.
enum DateVariants {
    struct Variant {
        var mention: Mention
        var years: [Int]
        var disagrees: Bool
    }

    static func find(_ event: RegisterEntry, _ mentions: [Mention], limit: Int = 300) -> [Variant] {
        guard let when = event.when else { return [] }
        let range = when.year...(event.end?.year ?? when.year)
        // The first few hundred mentions are plenty to show how the essays date an event.
        return mentions.prefix(limit).compactMap { m in
            let years = years(in: m.before + " " + m.after)
            guard !years.isEmpty else { return nil }
            // One year in the sentence is the essay's date for the event; several is a span we do not judge.
            return Variant(mention: m, years: years, disagrees: years.count == 1 && !range.contains(years[0]))
        }
    }

    /// Four-digit years 1800–2099 standing alone as words (bytes: ASCII digits and letters).
    static func years(in text: String) -> [Int] {
        var result: [Int] = []
        let b = Array(text.utf8)
        func isDigit(_ x: UInt8) -> Bool { x >= 0x30 && x <= 0x39 }
        func isLetter(_ x: UInt8) -> Bool { (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A || x >= 0x80 }
        var i = 0
        while i < b.count {
            guard isDigit(b[i]) else { i += 1; continue }
            var j = i
            while j < b.count, isDigit(b[j]) { j += 1 }
            let before = i == 0 || !isLetter(b[i - 1])
            let after = j == b.count || !isLetter(b[j])
            if j - i == 4, before, after, let y = Int(String(decoding: b[i..<j], as: UTF8.self)), (1800...2099).contains(y), !result.contains(y) {
                result.append(y)
            }
            i = j
        }
        return result
    }
}
