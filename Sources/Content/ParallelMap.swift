import Dispatch

extension Array where Element: Sendable {
    /// Maps on all cores, keeping order. Used for per-file work (loading, annotating,
    /// rendering, writing) where items are independent.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        if count < 2 { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        let box = UnsafeSendable(results)
        self.withUnsafeBufferPointer { input in
            let inputBox = UnsafeSendable(input)
            DispatchQueue.concurrentPerform(iterations: count) { i in
                box.value[i] = transform(inputBox.value[i])
            }
        }
        return results.map { $0! }
    }
}

/// Hands a buffer to `concurrentPerform`, where each index is written by exactly one thread.
struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
