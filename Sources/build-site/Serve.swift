import ArgumentParser
import Foundation
import Pipeline
import Preview

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build, serve on 127.0.0.1, rebuild on change and reload open pages.")
    @OptionGroup var site: SiteOptions
    @Option(help: "Port on 127.0.0.1 (0 picks a free one).") var port: UInt16 = 1313

    func run() async throws {
        var options = site.buildOptions()
        // Links must point at the local server, whatever site.yml's base URL says.
        options.baseURL = "/"
        let server = PreviewServer(options: options)
        let actual = try await server.start(port: port)
        print("Serving \(site.output)/ at http://127.0.0.1:\(actual)/ — watching \(site.content)/ and \(site.templates)/ (Ctrl-C to stop)")
        await server.watch()
    }
}
