import Foundation

/// Loads and validates `content/`: site.yml, essays, the register and the sources.
/// Collects every error before failing, so an editor sees them all at once.
public struct ContentLoader {
    public let root: URL
    public var includeDrafts: Bool

    public init(root: URL, includeDrafts: Bool = false) {
        self.root = root.standardizedFileURL
        self.includeDrafts = includeDrafts
    }

    public func load() throws -> Corpus {
        var diagnostics = Diagnostics()
        guard FileManager.default.fileExists(atPath: root.path) else {
            throw BuildFailure(.error("no-content", "content folder '\(root.path)' does not exist",
                                      hint: "run from the project root or pass --content DIR"))
        }
        let site = loadSite(&diagnostics)
        let essayFiles = markdownFiles(in: "essays", &diagnostics)
        let essays = essayFiles.parallelMap { file in
            Self.catching { try EssayParser.parse(try FileReader.read(file.url, relative: file.relative), path: file.relative) }
        }
        var entries: [RegisterEntry] = []
        for kind in RegisterEntry.Kind.allCases {
            let files = markdownFiles(in: kind.folder, &diagnostics)
            let parsed = files.parallelMap { file in
                Self.catching { try RegisterParser.parse(try FileReader.read(file.url, relative: file.relative), kind: kind, path: file.relative) }
            }
            entries += collect(parsed, &diagnostics)
        }
        let workFiles = markdownFiles(in: "sources", &diagnostics)
        let works = collect(workFiles.parallelMap { file in
            Self.catching { try WorkParser.parse(try FileReader.read(file.url, relative: file.relative), path: file.relative) }
        }, &diagnostics)
        var loadedEssays = collect(essays, &diagnostics)
        if !includeDrafts { loadedEssays.removeAll { $0.draft } }
        loadedEssays.sort { ($0.published, $0.slug) < ($1.published, $1.slug) }

        RegisterValidator.validate(essays: loadedEssays, entries: entries, works: works, into: &diagnostics)
        try diagnostics.throwIfErrors()
        return Corpus(site: site ?? SiteConfig(title: "Untitled"), essays: loadedEssays,
                      entries: entries.sorted { ($0.kind, $0.slug) < ($1.kind, $1.slug) },
                      works: works.sorted { $0.slug < $1.slug }, warnings: diagnostics.warnings)
    }

    /// A parser's result: the value with its warnings, or the errors that stopped it.
    typealias Parsed<T> = Result<(T, [Diagnostic]), BuildFailure>

    static func catching<T>(_ body: () throws -> (T, [Diagnostic])) -> Parsed<T> {
        do { return .success(try body()) }
        catch let failure as BuildFailure { return .failure(failure) }
        catch let d as Diagnostic { return .failure(BuildFailure(d)) }
        catch { return .failure(BuildFailure(.error("io", "\(error)"))) }
    }

    func collect<T>(_ results: [Parsed<T>], _ diagnostics: inout Diagnostics) -> [T] {
        var values: [T] = []
        for result in results {
            switch result {
            case .success(let (value, warnings)):
                values.append(value)
                diagnostics.add(contentsOf: warnings)
            case .failure(let failure):
                diagnostics.add(contentsOf: failure.diagnostics)
            }
        }
        return values
    }

    struct ContentFile: Sendable {
        var url: URL
        var relative: String
    }

    /// The `.md` files of a content folder, sorted; warns about anything else there.
    func markdownFiles(in folder: String, _ diagnostics: inout Diagnostics) -> [ContentFile] {
        let dir = root.appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        var files: [ContentFile] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let relative = "\(folder)/\(name)"
            let url = dir.appendingPathComponent(name)
            if let problem = PathGuard.problem(with: url, inside: root) {
                diagnostics.add(.error("path-escape", problem, at: SourceLocation(file: relative),
                                       hint: "content files must be real files inside the content folder"))
                continue
            }
            guard name.hasSuffix(".md") else {
                diagnostics.add(.warning("ignored-file", "'\(name)' is not a Markdown file and is ignored",
                                         at: SourceLocation(file: relative), hint: "content files end in .md"))
                continue
            }
            files.append(ContentFile(url: url, relative: relative))
        }
        return files
    }

    func loadSite(_ diagnostics: inout Diagnostics) -> SiteConfig? {
        let url = root.appendingPathComponent("site.yml")
        let file = "site.yml"
        do {
            let text = try FileReader.read(url, relative: file)
            let mapping = try YAMLMapping.parse(text, file: file, firstLine: 1)
            var reader = FieldReader(mapping, file: file, firstLine: 1)
            let title = reader.string("title", required: true)
            let policyText = reader.string("link_policy")
            var policy = SiteConfig.LinkPolicy.firstPerSection
            if let policyText {
                if let p = SiteConfig.LinkPolicy(rawValue: policyText) { policy = p } else {
                    reader.diagnostics.add(.error("bad-value", "unknown link_policy '\(policyText)'",
                        at: reader.location(ofKey: "link_policy"),
                        hint: "use one of " + SiteConfig.LinkPolicy.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")))
                }
            }
            let site = SiteConfig(title: title ?? "", description: reader.string("description") ?? "",
                                  language: reader.string("language") ?? "en", editor: reader.string("editor") ?? "",
                                  baseURL: reader.string("base_url") ?? "/", linkPolicy: policy)
            var configured = site
            configured.notNames = Set(reader.strings("not_names"))
            reader.finish()
            diagnostics.add(contentsOf: reader.diagnostics.all)
            return configured
        } catch {
            diagnostics.add(error)
        }
        return nil
    }
}
