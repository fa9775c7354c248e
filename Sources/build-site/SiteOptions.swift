import ArgumentParser
import Foundation
import Pipeline

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
