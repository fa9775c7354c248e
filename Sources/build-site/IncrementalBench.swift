import ArgumentParser
import Foundation
import Pipeline

/// Hidden: measures a full build, then a rebuild after one essay changes, in one process
/// (as the preview server rebuilds). Used by Benchmarks/; not a user command.
struct IncrementalBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "incremental-bench", shouldDisplay: false)
    @OptionGroup var site: SiteOptions
    @Option(help: "Essay file (relative to --content) to change between the two builds.") var touch: String

    func run() throws {
        let options = site.buildOptions()
        let cache = BuildCache()
        func timed(_ label: String) throws -> SiteBuild.Result {
            let start = DispatchTime.now()
            let r = try SiteBuild.run(options, cache: cache)
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
            print("\(label): \(Int(ms)) ms, \(r.written) files written, \(r.unchanged) unchanged; essays annotated \(cache.annotated), reused \(cache.reused); pages rendered \(cache.pages.misses), reused \(cache.pages.hits)")
            print("  " + r.timings.map { "\($0.step.lowercased()) \($0.ms) ms" }.joined(separator: ", "))
            cache.pages.resetCounters()
            return r
        }
        _ = try timed("full build")
        let file = URL(fileURLWithPath: site.content).appendingPathComponent(touch)
        let original = try String(contentsOf: file, encoding: .utf8)
        defer { try? original.write(to: file, atomically: true, encoding: .utf8) }
        try (original + "\nAn added closing sentence.\n").write(to: file, atomically: true, encoding: .utf8)
        _ = try timed("after changing \(touch)")
    }
}
