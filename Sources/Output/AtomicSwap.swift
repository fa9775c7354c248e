import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Puts a finished staging folder in place of the output folder.
enum AtomicSwap {
    typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// Linux's renameat2, looked up at run time (Swift's Glibc module does not declare it).
    static let renameat2: RenameAt2? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()

    static let exchangeFlag: UInt32 = 2   // RENAME_EXCHANGE

    /// Replaces `target` with `staging`. With RENAME_EXCHANGE both swap in one step, so a
    /// reader (or a kill) sees either the old site or the new one, never a mix. Returns the
    /// folder now holding the old site, for the caller to delete.
    static func swap(staging: URL, into target: URL) throws -> URL? {
        let fm = FileManager.default
        guard fm.fileExists(atPath: target.path) else {
            try fm.moveItem(at: staging, to: target)
            return nil
        }
        if let renameat2, renameat2(AT_FDCWD, staging.path, AT_FDCWD, target.path, exchangeFlag) == 0 {
            return staging   // now holds the old site
        }
        // Fallback: two renames; the old site is kept until the new one is in place.
        let old = staging.deletingLastPathComponent().appendingPathComponent(staging.lastPathComponent + ".old")
        try fm.moveItem(at: target, to: old)
        try fm.moveItem(at: staging, to: target)
        return old
    }
}
