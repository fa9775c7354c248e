import Annotation
import Content
import Foundation
import Output
import Rendering

/// A whole build as named steps, in Zola's order: load everything, annotate against the
/// complete register, render, check, write. The CLI and the tests call `run`.
public struct SiteBuild {
    public struct Options: Sendable {
        public var content: URL
        public var templates: URL
        public var output: URL
        public var baseURL: String?
        public var drafts = false
        public var strict = false
        public var force = false
        /// Validate only: run every step up to writing, write nothing.
        public var checkOnly = false

        public init(content: URL, templates: URL, output: URL, baseURL: String? = nil) {
            self.content = content
            self.templates = templates
            self.output = output
            self.baseURL = baseURL
        }
    }

    public struct Result: Sendable {
        public var pages = 0
        public var files = 0
        public var written = 0
        public var unchanged = 0
        public var bytes = 0
        public var warnings: [Diagnostic] = []
        public var essays: [AnnotatedEssay] = []
        /// Milliseconds per step, in order.
        public var timings: [(step: String, ms: Int)] = []
    }

    public static let stepNames = ["Loading content", "Annotating essays", "Rendering pages", "Checking links", "Writing output"]

    /// Runs the build. `progress(step, total, name)` is called as each step starts.
    public static func run(_ options: Options, cache: BuildCache? = nil, progress: (Int, Int, String) -> Void = { _, _, _ in }) throws -> Result {
        var result = Result()
        let steps = options.checkOnly ? stepNames.dropLast() : stepNames[...]
        var clock = DispatchTime.now()
        var current: String?
        func step(_ i: Int) {
            let now = DispatchTime.now()
            if let current { result.timings.append((current, Int((now.uptimeNanoseconds - clock.uptimeNanoseconds) / 1_000_000))) }
            clock = now
            current = i < steps.count ? steps[i] : nil
            if i < steps.count { progress(i + 1, steps.count, steps[i]) }
        }
        let writer = SiteWriter(output: options.output, force: options.force)
        if !options.checkOnly {
            try writer.checkOutputFolder(protecting: [options.content, options.templates, URL(fileURLWithPath: FileManager.default.currentDirectoryPath)])
        }

        step(0)
        let corpus = try ContentLoader(root: options.content, includeDrafts: options.drafts).load()
        let templates = try TemplateSet(folder: options.templates)
        let urls = URLBuilder(baseURL: options.baseURL ?? corpus.site.baseURL)
        result.warnings += corpus.warnings

        step(1)
        let annotator = Annotator(corpus: corpus, urls: urls)
        var corpusKey = Fingerprint(corpus.site.fingerprint, urls.base)
        for e in corpus.entries { corpusKey.add(e.fingerprint) }
        for w in corpus.works { corpusKey.add(w.fingerprint) }
        let essays = try cache?.annotate(corpus, with: annotator, corpusKey: corpusKey) ?? annotator.annotateAll()
        result.essays = essays
        result.warnings += essays.flatMap(\.findings)
        result.warnings += Findings.unmentioned(corpus: corpus, essays: essays)

        step(2)
        var renderer = SiteRenderer(corpus: corpus, essays: essays, urls: urls, templates: templates)
        renderer.cache = cache?.pages
        renderer.sharedKey = Fingerprint(corpusKey, templates.fingerprint, essays.count)
        let files = renderer.render()
        result.pages = files.filter { $0.path.hasSuffix(".html") }.count

        step(3)
        let assetsFolder = options.templates.appendingPathComponent("assets")
        let assetNames = ((try? FileManager.default.subpathsOfDirectory(atPath: assetsFolder.path)) ?? []).map { "assets/\($0)" }
        // With a cache, files identical to the last build reuse its link scan and are not re-read.
        let contentKeys: [Fingerprint] = cache == nil ? [] : files.parallelMap { Fingerprint($0.contents) }
        var knownScans: [String: LinkChecker.Scan] = [:]
        var unchanged = Set<String>()
        if let cache {
            for (file, key) in zip(files, contentKeys) where cache.written[file.path]?.key == key {
                unchanged.insert(file.path)
                knownScans[file.path] = cache.written[file.path]?.scan
            }
        }
        let checker = LinkChecker(urls: urls)
        let broken = checker.check(files, assets: assetNames, scans: knownScans)
        if !broken.isEmpty { throw BuildFailure(broken) }
        if options.strict && !result.warnings.isEmpty {
            throw BuildFailure(result.warnings.map { var d = $0; d.severity = .error; return d })
        }
        if options.checkOnly { step(steps.count); return result }

        step(4)
        let inPlace = cache.map { !$0.written.isEmpty && FileManager.default.fileExists(atPath: options.output.appendingPathComponent(SiteWriter.markerName).path) } ?? false
        let report = inPlace
            ? try writer.update(files, assets: assetsFolder, unchanged: unchanged, previous: Set(cache!.written.keys))
            : try writer.write(files, assets: assetsFolder, unchanged: unchanged)
        if let cache {
            var written: [String: (key: Fingerprint, scan: LinkChecker.Scan?)] = [:]
            let known = knownScans
            let scans = files.parallelMap { $0.path.hasSuffix(".html") ? (known[$0.path] ?? checker.scan($0)) : nil }
            for (i, file) in files.enumerated() { written[file.path] = (contentKeys[i], scans[i]) }
            cache.written = written
        }
        result.files = report.written + report.unchanged
        result.written = report.written
        result.unchanged = report.unchanged
        result.bytes = report.bytes
        step(steps.count)
        return result
    }
}

/// Build-wide findings that need every essay: register entries no essay mentions.
enum Findings {
    static func unmentioned(corpus: Corpus, essays: [AnnotatedEssay]) -> [Diagnostic] {
        let mentioned = Set(essays.flatMap { $0.mentions.map(\.entity) })
        return corpus.entries.filter { !mentioned.contains($0.slug) }.map {
            .warning("unmentioned-entry", "\($0.kind.rawValue) '\($0.slug)' is not mentioned by any essay",
                     at: SourceLocation(file: $0.path, line: 1), hint: "check its aliases against the essays' spelling, or keep it as context")
        }
    }
}
