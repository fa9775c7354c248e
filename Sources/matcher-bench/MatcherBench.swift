import Annotation
import Content
import Dispatch

/// `swift run -c release matcher-bench`: the mention matcher's throughput with a small and a
/// large register over the same synthetic text, in one process, reported as MB/s and as a
/// ratio (the automaton's cost should grow with the text, not with the register).
@main
struct MatcherBench {
    static let syllables = ["ka", "ro", "vi", "tel", "mar", "do", "lin", "zha", "pol", "gre", "nov", "sha", "tor", "bel", "kin", "mus", "ev", "ol"]

    static func name(_ rng: inout SplitMix64) -> String {
        var s = ""
        for _ in 0..<(2 + rng.below(2)) { s += syllables[rng.below(syllables.count)] }
        return s.prefix(1).uppercased() + s.dropFirst()
    }

    static func register(_ count: Int, seed: UInt64) -> [RegisterEntry] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { i in
            let first = name(&rng), last = name(&rng)
            return RegisterEntry(kind: .person, slug: "p\(i)", name: "\(first) \(last)", sortName: last,
                                 aliases: [.init(last), .init("\(first.prefix(1)). \(last)")], summary: "", body: "", path: "", bodyFirstLine: 1)
        }
    }

    static func text(words: Int, names: [String], seed: UInt64) -> [UInt8] {
        var rng = SplitMix64(seed: seed)
        let common = ["the", "of", "and", "party", "in", "policy", "Soviet", "was", "a", "to", "reform", "leader", "Congress", "his"]
        var out = ""
        for i in 0..<words {
            out += i % 17 == 0 && !names.isEmpty ? names[rng.below(names.count)] : common[rng.below(common.count)]
            out += i % 23 == 22 ? ". " : " "
        }
        return Array(out.utf8)
    }

    static func measure(_ index: NameIndex, _ text: [UInt8], rounds: Int) -> (seconds: Double, matches: Int) {
        var matches = 0
        let start = DispatchTime.now()
        for _ in 0..<rounds {
            text.withUnsafeBufferPointer { buffer in index.matcher.scan(buffer) { _, _, _ in matches += 1 } }
        }
        return (Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9, matches)
    }

    static func main() {
        let small = register(100, seed: 1), large = register(10_000, seed: 1)
        // The same text for both: names drawn from the 100 that both registers share.
        let names = small.flatMap { [$0.name] + $0.aliases.map(\.text) }
        let text = Self.text(words: 400_000, names: names, seed: 7)
        let mb = Double(text.count) / 1_000_000
        print("text: \(String(format: "%.1f", mb)) MB, \(names.count) distinct names in it")
        var results: [(Int, Double)] = []
        for (label, reg) in [("100", small), ("10,000", large)] {
            let buildStart = DispatchTime.now()
            let index = NameIndex(entries: reg)
            let build = Double(DispatchTime.now().uptimeNanoseconds - buildStart.uptimeNanoseconds) / 1e6
            _ = measure(index, text, rounds: 1)   // warm up
            let (s, m) = measure(index, text, rounds: 5)
            let throughput = mb * 5 / s
            results.append((reg.count, throughput))
            print("register \(label) entries (\(index.forms.count) forms, \(index.matcher.stateCount) states, built in \(Int(build)) ms): \(String(format: "%.0f", throughput)) MB/s, \(m / 5) raw matches per pass")
        }
        print(String(format: "ratio: time at 10,000 entries / time at 100 entries = %.2f", results[0].1 / results[1].1))
    }
}
