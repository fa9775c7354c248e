import Annotation
import Content
import Output
import Rendering

/// What one build leaves for the next in the same process (the preview server): annotated
/// essays and rendered pages, keyed by the fingerprint of their inputs. After one essay
/// changes, only that essay is annotated again and only pages whose inputs changed are
/// rendered; the writer then leaves every unchanged file untouched.
public final class BuildCache: @unchecked Sendable {
    var annotations: [String: (key: Fingerprint, essay: AnnotatedEssay)] = [:]
    public let pages = RenderCache()
    /// Content fingerprint and link scan of each file in the output as last written.
    var written: [String: (key: Fingerprint, scan: LinkChecker.Scan?)] = [:]
    public private(set) var annotated = 0
    public private(set) var reused = 0

    public init() {}

    /// Annotates the essays whose inputs changed; reuses the rest.
    func annotate(_ corpus: Corpus, with annotator: Annotator, corpusKey: Fingerprint) throws -> [AnnotatedEssay] {
        let keys = corpus.essays.parallelMap { Fingerprint(corpusKey, $0.fingerprint) }
        var todo: [Essay] = []
        var todoKeys: [Fingerprint] = []
        for (essay, key) in zip(corpus.essays, keys) where annotations[essay.path]?.key != key {
            todo.append(essay)
            todoKeys.append(key)
        }
        let fresh = try annotator.annotateAll(todo)
        for (var essay, key) in zip(fresh, todoKeys) {
            essay.inputKey = key
            annotations[essay.essay.path] = (key, essay)
        }
        annotated = fresh.count
        reused = corpus.essays.count - fresh.count
        let live = Set(corpus.essays.map(\.path))
        annotations = annotations.filter { live.contains($0.key) }
        return corpus.essays.map { annotations[$0.path]!.essay }
    }
}
