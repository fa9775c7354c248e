import Content
import FlyingFox
import FlyingSocks
import Foundation
import Pipeline

/// `build-site serve`: builds, serves the output on 127.0.0.1, rebuilds when content or
/// templates change, and reloads open pages. A failed rebuild keeps the last good site and
/// shows the error in the terminal and on every page.
public actor PreviewServer {
    public private(set) var version = 0
    public private(set) var lastError: String?
    let options: SiteBuild.Options
    let log: @Sendable (String) -> Void
    var server: HTTPServer?
    /// Keeps annotated essays and rendered pages between rebuilds.
    let cache = BuildCache()

    public init(options: SiteBuild.Options, log: @escaping @Sendable (String) -> Void = { print($0) }) {
        self.options = options
        self.log = log
    }

    /// Rebuilds once; on failure keeps the previous output and remembers the error.
    public func rebuild() {
        do {
            let result = try SiteBuild.run(options, cache: cache)
            lastError = nil
            log("Rebuilt: \(result.pages) pages, \(result.written) files written, \(result.warnings.count) warnings (\(result.timings.map(\.ms).reduce(0, +)) ms).")
        } catch {
            lastError = "\(error)"
            log("Rebuild failed; still serving the last good site.\n\(error)")
        }
        version += 1
    }

    /// Starts listening on `port` (0 picks a free one) and returns the port.
    public func start(port: UInt16) async throws -> UInt16 {
        rebuild()
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled,
                                handler: Handler(preview: self, root: options.output))
        self.server = server
        Task { try await server.run() }
        try await server.waitUntilListening()
        guard case .ip4(_, let actual)? = await server.listeningAddress else { return port }
        return actual
    }

    /// Polls the watched folders and rebuilds on change, until the task is cancelled.
    public func watch(interval: Duration = .milliseconds(400)) async {
        let watcher = ContentWatcher(folders: [options.content, options.templates])
        var last = watcher.fingerprint()
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            let now = watcher.fingerprint()
            if now != last {
                last = now
                log("Change detected; rebuilding…")
                rebuild()
            }
        }
    }

    public func stop() async { await server?.stop() }

    struct Handler: HTTPHandler {
        let preview: PreviewServer
        let root: URL

        func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
            if request.path == "/__livereload" {
                return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain", .init("Cache-Control"): "no-store"],
                                    body: Data(String(await preview.version).utf8))
            }
            guard let (file, status) = resolve(request.path) else {
                return HTTPResponse(statusCode: .notFound, body: Data("Not found".utf8))
            }
            var body = (try? Data(contentsOf: file)) ?? Data()
            if file.pathExtension == "html" {
                body = LiveReload.inject(into: body, version: await preview.version, error: await preview.lastError)
            }
            return HTTPResponse(statusCode: status, headers: [.contentType: LiveReload.mimeType(file.pathExtension), .init("Cache-Control"): "no-store"], body: body)
        }

        /// The file for a URL path, never outside the output folder; 404.html when missing.
        func resolve(_ path: String) -> (URL, HTTPStatusCode)? {
            let decoded = path.removingPercentEncoding ?? path
            let parts = decoded.split(separator: "/").filter { $0 != "." }
            if parts.contains("..") { return nil }
            var url = root
            for p in parts { url.appendPathComponent(String(p)) }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) {
                if isDir.boolValue { url.appendPathComponent("index.html") }
                if FileManager.default.fileExists(atPath: url.path) { return (url, .ok) }
            }
            let notFound = root.appendingPathComponent("404.html")
            return FileManager.default.fileExists(atPath: notFound.path) ? (notFound, .notFound) : nil
        }
    }
}

/// The script the preview server adds to every page (never to the built files).
enum LiveReload {
    static func inject(into page: Data, version: Int, error: String?) -> Data {
        var html = String(decoding: page, as: UTF8.self)
        var snippet = "<script>(()=>{let v=\(version);setInterval(async()=>{try{const r=await fetch('/__livereload',{cache:'no-store'});const n=+(await r.text());if(n!==v)location.reload()}catch(e){}},700)})()</script>"
        if let error {
            snippet = "<div role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;background:#7a0000;color:#fff;font:14px/1.4 monospace;padding:1em;white-space:pre-wrap;z-index:9999\">Build failed; showing the last good site.\n\(HTML.escape(error))</div>" + snippet
        }
        if let r = html.range(of: "</body>", options: .backwards) { html.replaceSubrange(r, with: snippet + "</body>") } else { html += snippet }
        return Data(html.utf8)
    }

    static func mimeType(_ ext: String) -> String {
        switch ext {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml"
        case "svg": "image/svg+xml"
        case "txt": "text/plain; charset=utf-8"
        case "png": "image/png"
        default: "application/octet-stream"
        }
    }
}
