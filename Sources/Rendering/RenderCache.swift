import Annotation
import Content
import Foundation

/// Pages rendered by an earlier build in the same process, by their inputs' fingerprint.
/// A page whose inputs did not change is reused instead of rendered again.
public final class RenderCache: @unchecked Sendable {
    private var pages: [String: (key: Fingerprint, file: OutputFile)] = [:]
    private let lock = NSLock()
    public private(set) var hits = 0
    public private(set) var misses = 0

    public init() {}

    func page(_ path: String, key: Fingerprint, render: () -> OutputFile) -> OutputFile {
        lock.lock()
        if let cached = pages[path], cached.key == key {
            hits += 1
            lock.unlock()
            return cached.file
        }
        lock.unlock()
        let file = render()
        lock.lock()
        misses += 1
        pages[path] = (key, file)
        lock.unlock()
        return file
    }

    public func resetCounters() {
        lock.lock()
        hits = 0
        misses = 0
        lock.unlock()
    }
}
