import Foundation
import Testing
@testable import Annotation
@testable import Content
@testable import Pipeline
@testable import Rendering
@testable import Output

/// The real edition in content/, built end to end.
@Suite(.serialized) struct RealContentTests {
    static let built: (URL, SiteBuild.Result)? = {
        let out = Fixture.temp().appendingPathComponent("public")
        let options = SiteBuild.Options(content: Fixture.repo.appendingPathComponent("content"), templates: Fixture.templates, output: out)
        return (try? SiteBuild.run(options)).map { (out, $0) }
    }()

    func page(_ path: String) throws -> String {
        let (out, _) = try #require(Self.built)
        return try String(contentsOf: out.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func khrushchevsPageListsEveryEssay() throws {
        let (_, result) = try #require(Self.built)
        let html = try page("people/nikita-khrushchev/index.html")
        for essay in result.essays {
            #expect(html.contains("<h3 id=\"m-\(essay.essay.slug)\">"), "Khrushchev's page lacks \(essay.essay.slug)")
        }
        #expect(result.essays.count == 5)
    }

    @Test func everyBacklinkFragmentExists() throws {
        // The build's own link check fails on a missing #fragment; check it ran over backlinks.
        let (out, result) = try #require(Self.built)
        let files = Fixture.tree(out).map { OutputFile(path: $0.key, contents: [UInt8]($0.value)) }
        #expect(LinkChecker(urls: URLBuilder(baseURL: "/")).check(files, assets: []).isEmpty)
        let mentions = result.essays.flatMap(\.mentions)
        #expect(mentions.count > 500)
        let ids = Dictionary(grouping: result.essays.flatMap { e in e.paragraphs.map { (e.essay.slug, $0.id) } }, by: \.0).mapValues { Set($0.map(\.1)) }
        for m in mentions { #expect(ids[m.essay]?.contains(m.paragraphID) == true || m.paragraphID.hasPrefix("t-")) }
    }

    @Test func noLinkInAnyHeading() throws {
        let (_, result) = try #require(Self.built)
        for essay in result.essays {
            for heading in essay.html.components(separatedBy: "<h").dropFirst() {
                guard let close = heading.range(of: "</h") else { continue }
                #expect(!heading[..<close.lowerBound].contains("<a "), "a link in a heading of \(essay.essay.slug)")
            }
        }
    }

    @Test func citationFindingsOfTheStudentEssay() throws {
        let (_, result) = try #require(Self.built)
        let unmatched = result.warnings.filter { $0.code == "unmatched-citation" }.map(\.message)
        #expect(unmatched.contains { $0.contains("Taubman 2000") && $0.contains("Taubman 2003") })
        #expect(unmatched.contains { $0.contains("Breslaur 1980") })
    }
}

@Suite struct TimelineAndDatesTests {
    func event(_ slug: String, _ date: String) -> RegisterEntry {
        RegisterEntry(kind: .event, slug: slug, name: slug, sortName: slug, aliases: [], summary: "", body: "", path: "", bodyFirstLine: 1,
                      date: PartialDate(iso: date))
    }

    @Test func partialDatesSortBeforeMorePreciseOnes() {
        let events = [event("c", "1956-02-25"), event("a", "1956"), event("d", "1953-03-05"), event("b", "1956-02")]
        #expect(events.sorted { $0.when! < $1.when! }.map(\.slug) == ["d", "a", "b", "c"])
    }

    @Test func yearsInASentence() {
        #expect(DateVariants.years(in: "After Stalin’s death in 1956 it fell to him; in 1953-54 and 25th December 1953.") == [1956, 1953])
        #expect(DateVariants.years(in: "p.1956x and 12345 are not years") == [])
    }

    @Test func aVariantDisagreeingWithTheRegisterIsFlagged() {
        let death = event("stalins-death", "1953-03-05")
        let m = Mention(entity: "stalins-death", essay: "e", paragraphID: "p", section: nil, location: SourceLocation(file: "e"),
                        before: "After ", text: "Stalin’s death", after: " in 1956 it fell to Khrushchev.", isLinked: true)
        let ok = Mention(entity: "stalins-death", essay: "e", paragraphID: "p", section: nil, location: SourceLocation(file: "e"),
                         before: "", text: "Stalin's death", after: " in 1953 changed everything.", isLinked: true)
        let variants = DateVariants.find(death, [m, ok])
        #expect(variants.map(\.disagrees) == [true, false])
    }
}
