#!/usr/bin/env python3
"""Internal link and anchor checker for a built site (standard library only).

Reads every file of the build, not a server:
  - HTML: every href, src, srcset, action, poster, cite, data attribute value that is a URL,
    parsed with html.parser;
  - XML (sitemap.xml, feed.xml): <loc> texts and href attributes;
  - JSON assets (search index, previews): string values that are URLs under the base path.
Each reference is resolved against the page's own URL (base path + its folder) and must
name a file of the build (a folder means its index.html). A #fragment must match an id (or an
<a name>) in the target HTML page. Links to other hosts are counted, not fetched.

  links.py SITE_DIR [--base-url URL]      check a build; exit 1 if anything is broken
  links.py --self-test                     check the checker on a small broken fixture
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

URL_ATTRS = {"href", "src", "action", "poster", "cite", "data", "formaction"}
SKIP_SCHEMES = {"mailto", "tel", "javascript", "data", "blob", "about"}


@dataclass
class Page:
    ids: set[str] = field(default_factory=set)
    refs: list[tuple[int, str, str]] = field(default_factory=list)  # (line, attribute, url)
    duplicate_ids: set[str] = field(default_factory=set)
    base_href: str | None = None


class PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.base_href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                if name == "id" and value in self.page.ids:
                    self.page.duplicate_ids.add(value)
                self.page.ids.add(value)
            if tag == "base" and name == "href":
                self.base_href = value
                continue
            if name in URL_ATTRS:
                self.page.refs.append((line, f"{tag}@{name}", value.strip()))
            elif name in ("srcset", "imagesrcset"):
                for candidate in value.split(","):
                    url = candidate.strip().split(" ")[0]
                    if url:
                        self.page.refs.append((line, f"{tag}@{name}", url))

    handle_startendtag = handle_starttag


@dataclass
class Broken:
    source: str
    line: int
    attr: str
    url: str
    reason: str

    def __str__(self) -> str:
        return f"  {self.source}:{self.line}: {self.attr}={self.url!r}: {self.reason}"


class SiteLinks:
    def __init__(self, root: str, base_url: str = "/") -> None:
        self.root = os.path.abspath(root)
        parts = urlsplit(base_url)
        self.origin = f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""
        path = parts.path or "/"
        self.base_path = path if path.endswith("/") else path + "/"
        self.pages: dict[str, Page] = {}  # relative path of an HTML file -> parsed page
        self.broken: list[Broken] = []
        self.counts = {"html": 0, "xml": 0, "json": 0}
        self.external = 0
        self.targets: set[str] = set()

    # -- mapping between URLs and files ------------------------------------------------
    def page_url(self, rel: str) -> str:
        rel = rel.replace(os.sep, "/")
        if rel == "index.html":
            return self.base_path
        if rel.endswith("/index.html"):
            return self.base_path + rel[: -len("index.html")]
        return self.base_path + rel

    def file_for(self, path: str) -> tuple[str | None, str]:
        """The build's file for a URL path, or None with the reason."""
        path = unquote(path)
        if not path.startswith(self.base_path):
            if path + "/" == self.base_path:
                path = self.base_path
            else:
                return None, f"outside the site's base path {self.base_path}"
        rel = path[len(self.base_path):]
        if ".." in rel.split("/"):
            return None, "escapes the site root"
        full = os.path.join(self.root, rel)
        if rel == "" or rel.endswith("/"):
            full = os.path.join(full, "index.html")
        elif os.path.isdir(full):
            full = os.path.join(full, "index.html")
        if not os.path.isfile(full):
            return None, f"no such file in the build ({os.path.relpath(full, self.root)})"
        return os.path.relpath(full, self.root).replace(os.sep, "/"), ""

    def load_page(self, rel: str) -> Page:
        if rel not in self.pages:
            parser = PageParser()
            with open(os.path.join(self.root, rel), encoding="utf-8", errors="replace") as f:
                parser.feed(f.read())
            parser.close()
            parser.page.base_href = parser.base_href
            self.pages[rel] = parser.page
        return self.pages[rel]

    @staticmethod
    def is_path_relative(url: str) -> bool:
        parts = urlsplit(url)
        return not parts.scheme and not parts.netloc and bool(parts.path) and not parts.path.startswith("/")

    # -- checking one reference ---------------------------------------------------------
    def check(self, source: str, line: int, attr: str, url: str, page_url: str, kind: str) -> None:
        if url in ("", "#"):
            return
        parts = urlsplit(url)
        if parts.scheme.lower() in SKIP_SCHEMES:
            return
        own_origin = self.origin or "http://site.invalid"
        target = urlsplit(urljoin(own_origin + page_url, url))
        if f"{target.scheme}://{target.netloc}" != own_origin:
            self.external += 1  # another host: counted, never fetched
            return
        self.counts[kind] += 1
        rel, reason = self.file_for(target.path or "/")
        if rel is None:
            self.broken.append(Broken(source, line, attr, url, reason))
            return
        self.targets.add(rel)
        if target.fragment:
            fragment = unquote(target.fragment)
            if not rel.endswith(".html"):
                self.broken.append(Broken(source, line, attr, url, f"#{fragment} on a non-HTML file {rel}"))
                return
            if fragment not in self.load_page(rel).ids:
                self.broken.append(Broken(source, line, attr, url, f"no id or name {fragment!r} in {rel}"))

    # -- the whole build ----------------------------------------------------------------
    def run(self) -> None:
        files = []
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames.sort()
            for name in sorted(filenames):
                files.append(os.path.relpath(os.path.join(dirpath, name), self.root).replace(os.sep, "/"))
        for rel in files:
            url = self.page_url(rel)
            if rel.endswith((".html", ".htm")):
                page = self.load_page(rel)
                ref_base = urljoin(url, page.base_href) if page.base_href else url
                for line, attr, ref in page.refs:
                    self.check(rel, line, attr, ref, ref_base, "html")
                    if rel == "404.html" and self.is_path_relative(ref):
                        # The server sends 404.html for any missing URL, at any depth.
                        self.broken.append(Broken(rel, line, attr, ref,
                                                  "relative URL in 404.html breaks below the top level"))
                for dup in sorted(page.duplicate_ids):
                    self.broken.append(Broken(rel, 0, "id", "#" + dup, "duplicate id in this page"))
            elif rel.endswith(".xml"):
                self.check_xml(rel, url)
            elif rel.endswith(".json"):
                self.check_json(rel, url)

    def check_xml(self, rel: str, url: str) -> None:
        try:
            tree = ET.parse(os.path.join(self.root, rel))
        except ET.ParseError as e:
            self.broken.append(Broken(rel, 0, "xml", "", f"not well-formed XML: {e}"))
            return
        for el in tree.iter():
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "loc" and el.text:
                self.check(rel, 0, "loc", el.text.strip(), url, "xml")
            href = el.attrib.get("href")
            if href is not None:
                self.check(rel, 0, f"{tag}@href", href.strip(), url, "xml")

    def check_json(self, rel: str, url: str) -> None:
        try:
            with open(os.path.join(self.root, rel), encoding="utf-8") as f:
                data = json.load(f)
        except (ValueError, OSError) as e:
            self.broken.append(Broken(rel, 0, "json", "", f"not valid JSON: {e}"))
            return
        prefixes = [self.base_path]
        if self.origin:
            prefixes.append(self.origin + self.base_path)
        looks_like_url = re.compile(r"^\S{0,400}$")

        def walk(value: object, where: str) -> None:
            if isinstance(value, dict):
                for k, v in value.items():
                    walk(v, f"{where}.{k}")
            elif isinstance(value, list):
                for i, v in enumerate(value):
                    walk(v, f"{where}[{i}]")
            elif isinstance(value, str) and looks_like_url.match(value):
                if any(value.startswith(p) for p in prefixes) and not value.startswith("//"):
                    self.check(rel, 0, where or "$", value, url, "json")

        walk(data, "$")


def check_site(root: str, base_url: str, label: str) -> int:
    if not os.path.isdir(root):
        print(f"links{label}: FAILED, no such folder {root}")
        return 1
    site = SiteLinks(root, base_url)
    site.run()
    total = sum(site.counts.values())
    c = site.counts
    detail = (f"{c['html']} in HTML, {c['xml']} in XML, {c['json']} in JSON; "
              f"{len(site.targets)} distinct targets, {len(site.pages)} pages parsed; "
              f"{site.external} external links not fetched")
    if total == 0:
        print(f"links{label}: FAILED, no internal links found in {root}")
        return 1
    print(f"links{label}: {total} links checked, {len(site.broken)} broken ({detail})")
    for b in site.broken[:200]:
        print(b)
    if len(site.broken) > 200:
        print(f"  … and {len(site.broken) - 200} more")
    return 1 if site.broken else 0


def self_test() -> int:
    """A small broken site: the checker must report exactly the broken references."""
    with tempfile.TemporaryDirectory(prefix="links-selftest-") as tmp:
        def write(rel: str, text: str) -> None:
            path = os.path.join(tmp, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)

        write("sub/index.html", """<!DOCTYPE html><title>x</title>
<a href="/sub/people/a/#present">ok absolute</a>
<a href="people/a/#missing-anchor">broken anchor</a>
<a href="people/a/#old%20name">ok anchor by name, percent-encoded</a>
<a href="people/b/">broken page</a>
<a href="/elsewhere/">outside the base path</a>
<a href="https://example.org/sub/people/a/">ok absolute with origin</a>
<a href="https://other.example/">external</a>
<a href="mailto:x@example.org">mail</a>
<img src="img/missing.png" alt="">
<p id="self">here</p><a href="#self">ok self</a><a href="#nowhere">broken self</a>
""")
        write("sub/404.html", '<!DOCTYPE html><title>404</title><a href="people/a/">relative</a><a href="/sub/">ok</a>')
        write("sub/people/a/index.html", """<!DOCTYPE html><title>a</title>
<h2 id="present">A</h2><a name="old name"></a><a href="../../#self">ok up</a><a href="../../#gone">broken up</a>
<span id="dup"></span><span id="dup"></span>""")
        write("sub/assets/index.json", json.dumps({"docs": [["/sub/people/a/#present"], ["/sub/people/a/#p-missing"]]}))
        write("sub/sitemap.xml", '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              "<url><loc>https://example.org/sub/people/a/</loc></url><url><loc>https://example.org/sub/nope/</loc></url></urlset>")
        site = SiteLinks(os.path.join(tmp, "sub"), "https://example.org/sub/")
        site.run()
        found = {(b.source, b.url) for b in site.broken}
        expected = {
            ("index.html", "people/a/#missing-anchor"),
            ("index.html", "people/b/"),
            ("index.html", "/elsewhere/"),
            ("index.html", "img/missing.png"),
            ("index.html", "#nowhere"),
            ("people/a/index.html", "../../#gone"),
            ("people/a/index.html", "#dup"),
            ("assets/index.json", "/sub/people/a/#p-missing"),
            ("sitemap.xml", "https://example.org/sub/nope/"),
            ("404.html", "people/a/"),
        }
        ok = found == expected and site.external == 1
        if not ok:
            print("links self-test: FAILED")
            for b in site.broken:
                print(b)
            print(f"  expected {sorted(expected - found)} to be reported, "
                  f"did not expect {sorted(found - expected)}; external={site.external}")
            return 1
        print(f"links self-test: the checker reports the {len(expected)} broken references of a broken fixture "
              "(missing anchor, missing page, outside the base path, duplicate id, relative link in 404.html, JSON and sitemap URLs)")
        return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("site", nargs="?")
    ap.add_argument("--base-url", default="/", help="the base URL the site was built for (default /)")
    ap.add_argument("--label", default="", help="text after 'links' in the summary line")
    ap.add_argument("--self-test", action="store_true")
    args = ap.parse_args()
    if args.self_test:
        return self_test()
    if not args.site:
        ap.error("SITE_DIR is required")
    return check_site(args.site, args.base_url, args.label)


if __name__ == "__main__":
    sys.exit(main())
