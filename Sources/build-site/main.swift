import ArgumentParser
import Content
import Foundation
import Pipeline

/// `build-site`: the thin command line over `Pipeline`. Options and printing only.
@main
struct BuildSite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-site",
        abstract: "Builds the annotated-essay site from content/ and templates/ into public/.",
        subcommands: [Build.self, Check.self],
        defaultSubcommand: Build.self
    )
}

/// Options every subcommand shares.
struct SiteOptions: ParsableArguments {
    @Option(help: "Folder with site.yml, essays/, people/, events/, terms/, sources/.") var content = "content"
    @Option(help: "Folder with the Mustache templates and assets/.") var templates = "templates"
    @Option(help: "Folder the site is written to (replaced as a whole).") var output = "public"
    @Option(name: .customLong("base-url"), help: "Base URL, e.g. https://example.org/khrushchev/ (default: site.yml's base_url).") var baseURL: String?
    @Flag(help: "Include essays marked draft: true.") var drafts = false
    @Flag(help: "Treat warnings as errors.") var strict = false
    @Flag(help: "Print only errors and the summary.") var quiet = false

    func buildOptions() -> SiteBuild.Options {
        var o = SiteBuild.Options(content: URL(fileURLWithPath: content), templates: URL(fileURLWithPath: templates),
                                  output: URL(fileURLWithPath: output), baseURL: baseURL)
        o.drafts = drafts
        o.strict = strict
        return o
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site (the default).")
    @OptionGroup var site: SiteOptions
    @Flag(help: "Replace an output folder that build-site did not create.") var force = false

    func run() throws {
        var options = site.buildOptions()
        options.force = force
        try Runner.run(options, quiet: site.quiet) { r, seconds in
            "Built \(r.pages) pages (\(r.files) files, \(r.written) written, \(r.unchanged) unchanged, \(r.bytes / 1024) KB) into \(site.output)/ in \(seconds) ms; \(r.warnings.count) warning\(r.warnings.count == 1 ? "" : "s")."
        }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Validate everything the build validates; write nothing.")
    @OptionGroup var site: SiteOptions

    func run() throws {
        var options = site.buildOptions()
        options.checkOnly = true
        try Runner.run(options, quiet: site.quiet) { r, seconds in
            "Checked \(r.essays.count) essays in \(seconds) ms: \(r.warnings.count) finding\(r.warnings.count == 1 ? "" : "s")."
        }
    }
}

enum Runner {
    static func run(_ options: SiteBuild.Options, quiet: Bool, summary: (SiteBuild.Result, Int) -> String) throws {
        let start = DispatchTime.now()
        do {
            let result = try SiteBuild.run(options) { i, n, name in
                if !quiet { print("[\(i)/\(n)] \(name)") }
            }
            for w in result.warnings.sorted(by: { ($0.location?.description ?? "") < ($1.location?.description ?? "") }) where !quiet {
                print(w)
            }
            let ms = Int((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000)
            print(summary(result, ms))
            if options.checkOnly && !result.warnings.isEmpty { throw ExitCode(1) }
        } catch let failure as BuildFailure {
            for d in failure.diagnostics { FileHandle.standardError.write(Data((d.description + "\n").utf8)) }
            FileHandle.standardError.write(Data("Build failed: \(failure.diagnostics.count) error\(failure.diagnostics.count == 1 ? "" : "s"); \(options.output.path) was left unchanged.\n".utf8))
            throw ExitCode(1)
        }
    }
}
