import ArgumentParser
import Content
import Foundation
import Pipeline

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site (the default).")
    @OptionGroup var site: SiteOptions
    @Flag(help: "Replace an output folder that build-site did not create.") var force = false

    func run() throws {
        var options = site.buildOptions()
        options.force = force
        let start = DispatchTime.now()
        do {
            let r = try SiteBuild.run(options) { i, n, name in
                if !site.quiet { print("[\(i)/\(n)] \(name)") }
            }
            if !site.quiet {
                Report.printGrouped(r.warnings)
                print("Timings: " + r.timings.map { "\($0.step.lowercased()) \($0.ms) ms" }.joined(separator: ", "))
            }
            print("Built \(r.pages) pages (\(r.files) files: \(r.written) written, \(r.unchanged) unchanged, \(r.bytes / 1024) KB) into \(site.output)/ in \(Report.elapsed(since: start)) ms; \(Report.count(r.warnings.count, "warning")).")
        } catch let failure as BuildFailure {
            Report.fail(failure, output: options.output)
        }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Validate everything the build validates; write nothing. Exit 0 only when clean.")
    @OptionGroup var site: SiteOptions
    @Option(help: "Output format: text or json.") var format: Report.Format = .text

    func run() throws {
        var options = site.buildOptions()
        options.checkOnly = true
        var findings: [Diagnostic]
        do {
            findings = try SiteBuild.run(options).warnings
        } catch let failure as BuildFailure {
            findings = failure.diagnostics
        }
        switch format {
        case .json: print(Report.json(findings))
        case .text:
            Report.printGrouped(findings)
            print("Checked \(site.content)/: \(Report.count(findings.count, "finding")).")
        }
        if !findings.isEmpty { throw ExitCode(1) }
    }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create a new essay, person, event, term or source file.")
    @Argument(help: "essay, person, event, term or source") var kind: Scaffold.Kind
    @Argument(help: "The name or title, e.g. \"Andrei Gromyko\".") var name: String
    @Option(help: "The content folder.") var content = "content"

    func run() throws {
        do {
            let file = try Scaffold.create(kind, name: name, in: URL(fileURLWithPath: content))
            print("Created \(file.path)")
        } catch let failure as BuildFailure {
            for d in failure.diagnostics { FileHandle.standardError.write(Data((d.description + "\n").utf8)) }
            throw ExitCode(1)
        }
    }
}

extension Scaffold.Kind: ExpressibleByArgument {}
