/// A multi-pattern matcher over UTF-8 bytes (Aho–Corasick): one pass over the text finds
/// every occurrence of every pattern, in time proportional to the text plus the matches,
/// whatever the number of patterns.
public struct AhoCorasick: Sendable {
    /// Dense transitions from the root, where most of the scan's time is spent.
    private var rootNext = [Int32](repeating: 0, count: 256)
    /// Sparse transitions of the other states: `edgeStart[s]..<edgeStart[s+1]` index
    /// `edgeBytes`/`edgeTarget`, sorted by byte.
    private var edgeStart: [Int32] = []
    private var edgeBytes: [UInt8] = []
    private var edgeTarget: [Int32] = []
    private var fail: [Int32] = []
    /// Pattern ending at a state (-1: none) and the next state down the failure chain that ends one.
    private var output: [Int32] = []
    private var outputLink: [Int32] = []
    private var patternLength: [Int32] = []

    public var stateCount: Int { fail.count }

    /// Builds the automaton. Pattern `i` is reported with id `i`; empty patterns are ignored.
    public init(patterns: [[UInt8]]) {
        // Build the trie with dictionaries, then flatten.
        var trie: [[UInt8: Int32]] = [[:]]
        var ends: [Int32] = [-1]
        patternLength = patterns.map { Int32($0.count) }
        for (id, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state: Int32 = 0
            for byte in pattern {
                if let next = trie[Int(state)][byte] {
                    state = next
                } else {
                    let next = Int32(trie.count)
                    trie.append([:])
                    ends.append(-1)
                    trie[Int(state)][byte] = next
                    state = next
                }
            }
            if ends[Int(state)] == -1 { ends[Int(state)] = Int32(id) }
        }
        let count = trie.count
        edgeStart.reserveCapacity(count + 1)
        for transitions in trie {
            edgeStart.append(Int32(edgeBytes.count))
            for (byte, target) in transitions.sorted(by: { $0.key < $1.key }) {
                edgeBytes.append(byte)
                edgeTarget.append(target)
            }
        }
        edgeStart.append(Int32(edgeBytes.count))
        for (byte, target) in trie[0] { rootNext[Int(byte)] = target }
        output = ends
        fail = [Int32](repeating: 0, count: count)
        outputLink = [Int32](repeating: -1, count: count)
        // Breadth-first: a state's failure link is known before its children's.
        var queue: [Int32] = trie[0].values.sorted()
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (byte, child) in trie[Int(state)] {
                var f = fail[Int(state)]
                while true {
                    if let t = step(f, byte), t != child { fail[Int(child)] = t; break }
                    if f == 0 { fail[Int(child)] = 0; break }
                    f = fail[Int(f)]
                }
                let fc = fail[Int(child)]
                outputLink[Int(child)] = output[Int(fc)] != -1 ? fc : outputLink[Int(fc)]
                queue.append(child)
            }
        }
    }

    /// The goto function: the state after reading `byte` in `state`, or nil when undefined.
    @inline(__always)
    private func step(_ state: Int32, _ byte: UInt8) -> Int32? {
        if state == 0 {
            let t = rootNext[Int(byte)]
            return t == 0 ? nil : t
        }
        var lo = Int(edgeStart[Int(state)]), hi = Int(edgeStart[Int(state) + 1])
        while lo < hi {
            let mid = (lo + hi) >> 1
            let b = edgeBytes[mid]
            if b == byte { return edgeTarget[mid] }
            if b < byte { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    /// Calls `report(start, end, patternID)` for every occurrence (byte offsets, end exclusive),
    /// in order of their end.
    public func scan(_ text: UnsafeBufferPointer<UInt8>, _ report: (Int, Int, Int) -> Void) {
        var state: Int32 = 0
        for i in 0..<text.count {
            let byte = text[i]
            while true {
                if let next = step(state, byte) { state = next; break }
                if state == 0 { break }
                state = fail[Int(state)]
            }
            var s = output[Int(state)] != -1 ? state : outputLink[Int(state)]
            while s != -1 {
                let id = Int(output[Int(s)])
                report(i + 1 - Int(patternLength[id]), i + 1, id)
                s = outputLink[Int(s)]
            }
        }
    }

    /// Convenience for tests: all occurrences in a string.
    public func matches(in text: String) -> [(start: Int, end: Int, pattern: Int)] {
        var result: [(Int, Int, Int)] = []
        var copy = text
        copy.withUTF8 { scan($0) { result.append(($0, $1, $2)) } }
        return result
    }
}
