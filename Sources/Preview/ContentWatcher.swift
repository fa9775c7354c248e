import Foundation

/// Notices edits under the watched folders by comparing a fingerprint (paths, sizes and
/// modification times). Polling is portable and cheap at this size.
public struct ContentWatcher: Sendable {
    public let folders: [URL]

    public init(folders: [URL]) { self.folders = folders }

    public func fingerprint() -> [String: String] {
        var result: [String: String] = [:]
        let fm = FileManager.default
        for folder in folders {
            guard let e = fm.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey]) else { continue }
            for case let url as URL in e {
                let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
                result[url.path] = "\(values?.fileSize ?? -1)@\(values?.contentModificationDate?.timeIntervalSince1970 ?? 0)"
            }
        }
        return result
    }
}
