import ArgumentParser

/// `build-site`: the thin command line over `Pipeline`. Options and printing only.
@main
struct BuildSite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-site",
        abstract: "Builds the annotated-essay site from content/ and templates/ into public/.",
        subcommands: [Build.self, Check.self, New.self, Serve.self, IncrementalBench.self],
        defaultSubcommand: Build.self
    )
}
