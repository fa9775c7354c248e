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

    static func find(_ event: RegisterEntry, _ mentions: [Mention]) -> [Variant] {
        guard let when = event.when else { return [] }
        let range = when.year...(event.end?.year ?? when.year)
        return mentions.compactMap { m in
            let years = years(in: m.before + " " + m.after)
            guard !years.isEmpty else { return nil }
            // One year in the sentence is the essay's date for the event; several is a span we do not judge.
            return Variant(mention: m, years: years, disagrees: years.count == 1 && !range.contains(years[0]))
        }
    }

    /// Four-digit years 1800–2099 standing alone as words.
    static func years(in text: String) -> [Int] {
        var result: [Int] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i].properties.numericType != nil {
                var j = i
                while j < scalars.count, scalars[j].properties.numericType != nil { j += 1 }
                let before = i == 0 || !scalars[i - 1].properties.isAlphabetic
                let after = j == scalars.count || !scalars[j].properties.isAlphabetic
                if j - i == 4, before, after, let y = Int(String(String.UnicodeScalarView(scalars[i..<j]))), (1800...2099).contains(y),
                   !result.contains(y) {
                    result.append(y)
                }
                i = j
            } else { i += 1 }
        }
        return result
    }
}
