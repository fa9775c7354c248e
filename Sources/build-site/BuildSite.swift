import ArgumentParser

/// `build-site`: the thin command line over `Pipeline`. Options and printing only.
@main
struct BuildSite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-site",
        abstract: "Builds the annotated-essay site from content/ and templates/ into public/.",
        subcommands: [Build.self, Check.self, New.self],
        defaultSubcommand: Build.self
    )
}
