#!/usr/bin/env python3
"""Accessibility (axe-core) and real-browser checks in headless Chromium through Selenium.

  browser.py --site-dir DIR --root-url http://127.0.0.1:P/ [--sub-url http://127.0.0.1:Q/khrushchev/]

Pages: one of every page kind — the fixed list below plus the first page of any other
body class "kind-…" found in the build.
  a11y:    axe-core (axe.min.js bundled with axe-playwright-python) on every page at 390 and
           1280 px wide; any violation of impact serious or critical fails.
  browser: every page at 390x900 and 1280x900: no SEVERE browser console entry and no
           horizontal scrolling (scrollWidth <= innerWidth); the same pages of the sub-path
           build at 1280 px for console errors; then the behaviour of site.js:
           previews — focusing the first a.mention shows a visible role="tooltip" element
           within 1 s and points aria-describedby at it, Escape hides it, hovering opens it;
           search — ?q=khrushchev lists results with <mark> within 3 s, ?q=Beria lists a
           paragraph link (#p-…) whose target id exists, and search works under the sub-path.
Prints one summary line for a11y and one for browser; exits 1 if either fails.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
from urllib.parse import unquote, urljoin, urlsplit

os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager download anything
os.environ.setdefault("SE_AVOID_STATS", "true")

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

WIDTHS = (390, 1280)
HEIGHT = 900
FIXED_PAGES = [
    "", "essays/", "essays/student-essay-de-stalinisation/", None,  # None: one more essay
    "people/nikita-khrushchev/", "events/*", "terms/*",
    "people/", "events/", "terms/", "timeline/", "sources/", "search/?q=stalin", "404.html",
]
PREFERRED = {"events/*": "events/secret-speech/", "terms/*": "terms/de-stalinisation/"}


def find_file(first: str, *candidates: str) -> str | None:
    for c in (first, *candidates):
        if c and os.path.isfile(c) and os.access(c, os.X_OK):
            return c
        w = shutil.which(c) if c else None
        if w:
            return w
    return None


def axe_source() -> str:
    spec = importlib.util.find_spec("axe_playwright_python")  # located, never imported
    if spec is None or not spec.submodule_search_locations:
        sys.exit("a11y: FAILED, axe-playwright-python (for its axe.min.js) is not installed")
    path = os.path.join(list(spec.submodule_search_locations)[0], "axe.min.js")
    with open(path, encoding="utf-8") as f:
        return f.read()


def page_file(site: str, path: str) -> str:
    p = urlsplit(path).path
    full = os.path.join(site, p)
    if p == "" or p.endswith("/"):
        full = os.path.join(full, "index.html")
    return full


def body_kind(file: str) -> str | None:
    try:
        with open(file, encoding="utf-8", errors="replace") as f:
            m = re.search(r'<body[^>]*\bclass="[^"]*\bkind-([\w-]+)', f.read())
    except OSError:
        return None
    return m.group(1) if m else None


def choose_pages(site: str) -> tuple[list[str], list[str]]:
    """Site-relative page paths (with query), and problems (missing pages)."""
    pages: list[str] = []
    problems: list[str] = []

    def subdirs(folder: str) -> list[str]:
        d = os.path.join(site, folder)
        if not os.path.isdir(d):
            return []
        return sorted(n for n in os.listdir(d) if os.path.isfile(os.path.join(d, n, "index.html")))

    for entry in FIXED_PAGES:
        if entry is None:
            others = [e for e in subdirs("essays") if e != "student-essay-de-stalinisation"]
            if others:
                pages.append(f"essays/{others[0]}/")
            else:
                problems.append("no second essay page under essays/")
            continue
        if entry.endswith("/*"):
            folder = entry[:-2]
            pref = PREFERRED.get(entry)
            if pref and os.path.isfile(page_file(site, pref)):
                pages.append(pref)
            elif subdirs(folder):
                pages.append(f"{folder}/{subdirs(folder)[0]}/")
            # none present: the kind does not exist in this build; nothing to check
            continue
        if not os.path.isfile(page_file(site, entry)):
            problems.append(f"/{entry} is missing from the build")
            continue
        pages.append(entry)

    covered = {body_kind(page_file(site, p)) for p in pages}
    for dirpath, dirnames, filenames in os.walk(site):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith(".html"):
                continue
            kind = body_kind(os.path.join(dirpath, name))
            if kind and kind not in covered:
                covered.add(kind)
                rel = os.path.relpath(os.path.join(dirpath, name), site).replace(os.sep, "/")
                pages.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return pages, problems


class Browser:
    def __init__(self) -> None:
        chromium = find_file(os.environ.get("CHROMIUM", ""), "/usr/bin/chromium", "chromium", "chromium-browser")
        driver = find_file(os.environ.get("CHROMEDRIVER", ""), "/usr/bin/chromedriver", "chromedriver")
        if not chromium or not driver:
            raise SystemExit("browser: FAILED, chromium or chromedriver not found")
        opts = webdriver.ChromeOptions()
        opts.binary_location = chromium
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    f"--window-size=1280,{HEIGHT}", "--lang=en-GB", "--no-first-run",
                    "--no-default-browser-check", "--disable-extensions", "--disable-sync",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-default-apps", "--disable-domain-reliability",
                    "--disable-features=Translate,OptimizationHints,MediaRouter",
                    "--metrics-recording-only", "--password-store=basic",
                    "--disable-crash-reporter", "--disable-breakpad"):
            opts.add_argument(arg)
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        service = Service(executable_path=driver, log_output=subprocess.DEVNULL)
        self.driver = webdriver.Chrome(service=service, options=opts)
        self.driver.set_page_load_timeout(20)
        self.driver.set_script_timeout(30)
        self.version = self.driver.capabilities.get("browserVersion", "?")

    def quit(self) -> None:
        try:
            self.driver.quit()
        except Exception:
            pass

    def set_width(self, width: int) -> str | None:
        d = self.driver
        d.set_window_size(width, HEIGHT)
        inner = d.execute_script("return window.innerWidth")
        if inner != width:
            # Fall back to the DevTools viewport override when the window can't be that narrow.
            d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                              {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})
            inner = d.execute_script("return window.innerWidth")
        return None if inner == width else f"could not get a {width} px viewport (innerWidth {inner})"

    def load(self, url: str) -> None:
        d = self.driver
        d.get(url)
        deadline = time.monotonic() + 10
        while d.execute_script("return document.readyState") != "complete" and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)  # deferred scripts and their first fetches

    def console_errors(self) -> list[str]:
        try:
            entries = self.driver.get_log("browser")
        except WebDriverException as e:
            return [f"(could not read the browser log: {e.msg})"]
        return [e.get("message", "") for e in entries if e.get("level") == "SEVERE"]

    def overflow(self) -> str | None:
        r = self.driver.execute_script("""
            const de = document.documentElement, iw = window.innerWidth;
            if (de.scrollWidth <= iw) return null;
            // The outermost elements that stick out: their parent does not.
            const wide = [];
            for (const el of [document.body, ...document.body.querySelectorAll('*')]) {
              const r = el.getBoundingClientRect();
              const p = el.parentElement, pr = p ? p.getBoundingClientRect() : null;
              if (r.width > 0 && r.right > iw + 0.5 && (!pr || pr.right <= iw + 0.5 || p === document.documentElement)) {
                wide.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
                  (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '') +
                  ' (right edge ' + Math.round(r.right) + ' px)');
              }
            }
            return {scrollWidth: de.scrollWidth, innerWidth: iw, wide: wide.slice(0, 5)};""")
        if not r:
            return None
        return (f"scrollWidth {r['scrollWidth']} > innerWidth {r['innerWidth']}; widest elements: "
                + ("; ".join(r["wide"]) or "(none found: a pseudo-element or a transform?)"))

    def axe(self, source: str) -> list[dict]:
        d = self.driver
        if not d.execute_script("return !!window.axe"):
            d.execute_script(source)
        result = d.execute_async_script("""
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
               .then(r => done({violations: r.violations.map(v => ({
                   id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                   nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html,
                                             summary: n.failureSummary}))}))}))
               .catch(e => done({error: String(e)}));""")
        if "error" in result:
            raise RuntimeError(f"axe.run failed: {result['error']}")
        return result["violations"]


def wait_for(predicate, timeout: float, interval: float = 0.05):
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = predicate()
        except StaleElementReferenceException:
            value = None
        if value or time.monotonic() >= deadline:
            return value
        time.sleep(interval)


def visible_tooltip(d, link) -> object | None:
    ids = (link.get_attribute("aria-describedby") or "").split()
    for i in ids:
        el = d.execute_script("return document.getElementById(arguments[0])", i)
        if el is not None and el.get_attribute("role") == "tooltip" and el.is_displayed():
            return el
    return None


def any_visible_tooltip(d) -> bool:
    return any(el.is_displayed() for el in d.find_elements(By.CSS_SELECTOR, '[role="tooltip"]'))


def check_previews(b: Browser, url: str) -> list[str]:
    d = b.driver
    b.load(url)
    links = d.find_elements(By.CSS_SELECTOR, "a.mention")
    if not links:
        return [f"{url}: no a.mention on the page"]
    link = links[0]
    problems: list[str] = []
    d.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", link)
    if not d.execute_script("return document.activeElement === arguments[0]", link):
        problems.append("the first a.mention did not take focus")
    tip = wait_for(lambda: visible_tooltip(d, link), 1.0)
    if not tip:
        described = link.get_attribute("aria-describedby")
        problems.append("focus: no visible role=\"tooltip\" element referenced by the link's aria-describedby "
                        f"within 1 s (aria-describedby={described!r}, "
                        f"{len(d.find_elements(By.CSS_SELECTOR, '[role=tooltip]'))} role=tooltip elements in the page)")
    else:
        ActionChains(d).send_keys(Keys.ESCAPE).perform()

        def hidden() -> bool:
            try:
                return not tip.is_displayed()
            except StaleElementReferenceException:
                return True
        if not wait_for(hidden, 1.0):
            problems.append("Escape did not hide the tooltip within 1 s")
    # Hover: start from a neutral place, with the link unfocused.
    d.execute_script("if (document.activeElement) document.activeElement.blur();")
    heading = d.find_elements(By.CSS_SELECTOR, "h1") or d.find_elements(By.CSS_SELECTOR, "body")
    ActionChains(d).move_to_element(heading[0]).perform()
    wait_for(lambda: not any_visible_tooltip(d), 1.0)
    d.execute_script("arguments[0].scrollIntoView({block: 'center'});", link)
    ActionChains(d).move_to_element(link).perform()
    if not wait_for(lambda: visible_tooltip(d, link), 1.5):
        problems.append("hover: hovering the first a.mention did not show a visible role=\"tooltip\" "
                        "element referenced by aria-describedby within 1.5 s")
    ActionChains(d).move_to_element(heading[0]).perform()
    return [f"previews ({url}): {p}" for p in problems]


def search_results(d, timeout: float) -> list:
    return wait_for(lambda: d.find_elements(By.CSS_SELECTOR, "ol#search-results li"), timeout) or []


def check_search(b: Browser, base: str, sub_base: str | None) -> list[str]:
    d = b.driver
    problems: list[str] = []
    url = base + "search/?q=khrushchev"
    b.load(url)
    if not search_results(d, 3.0):
        problems.append(f"{url}: no li in ol#search-results within 3 s")
    elif not wait_for(lambda: d.find_elements(By.CSS_SELECTOR, "ol#search-results mark"), 1.0):
        problems.append(f"{url}: results have no <mark>")
    url = base + "search/?q=Beria"
    b.load(url)
    if not search_results(d, 3.0):
        problems.append(f"{url}: no li in ol#search-results within 3 s")
    else:
        hrefs = [a.get_attribute("href") or "" for a in d.find_elements(By.CSS_SELECTOR, "ol#search-results a")]
        para = [h for h in hrefs if "#p-" in h]
        if not para:
            problems.append(f"{url}: no result links to a paragraph (#p-…); links: {hrefs[:5]}")
        else:
            b.load(para[0])
            frag = unquote(urlsplit(para[0]).fragment)
            if not d.execute_script("return !!document.getElementById(arguments[0])", frag):
                problems.append(f"{url}: result {para[0]} leads to a page without id {frag!r}")
    if sub_base:
        url = sub_base + "search/?q=khrushchev"
        b.load(url)
        items = search_results(d, 3.0)
        if not items:
            problems.append(f"{url} (sub-path build): no li in ol#search-results within 3 s")
        else:
            prefix = urlsplit(sub_base).path
            hrefs = [a.get_attribute("href") or "" for a in d.find_elements(By.CSS_SELECTOR, "ol#search-results a")]
            outside = [h for h in hrefs if not urlsplit(h).path.startswith(prefix)]
            if outside:
                problems.append(f"{url} (sub-path build): result links outside {prefix}: {outside[:3]}")
    return [f"search: {p}" for p in problems]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--site-dir", required=True, help="the root build, to choose pages from")
    ap.add_argument("--root-url", required=True, help="where the root build is served, ending in /")
    ap.add_argument("--sub-url", help="where the sub-path build is served, ending in /")
    args = ap.parse_args()
    root = args.root_url if args.root_url.endswith("/") else args.root_url + "/"
    sub = (args.sub_url if args.sub_url.endswith("/") else args.sub_url + "/") if args.sub_url else None

    pages, missing = choose_pages(args.site_dir)
    source = axe_source()
    axe_version = (re.search(r"axe v([\d.]+)", source[:200]) or [None, "?"])[1]
    a11y_problems: list[str] = []
    console: list[str] = []
    overflow: list[str] = []
    setup: list[str] = list(missing)
    b = Browser()
    try:
        for width in WIDTHS:
            note = b.set_width(width)
            if note:
                setup.append(note)
            b.console_errors()  # drain
            for page in pages:
                url = root + page
                try:
                    b.load(url)
                except WebDriverException as e:
                    console.append(f"/{page} @{width}px: could not load: {e.msg}")
                    continue
                console += [f"/{page} @{width}px: {m}" for m in b.console_errors()]
                o = b.overflow()
                if o:
                    overflow.append(f"/{page} @{width}px: {o}")
                try:
                    for v in b.axe(source):
                        if v["impact"] in ("serious", "critical"):
                            nodes = v["nodes"]
                            lines = [f"/{page} @{width}px: {v['impact']} {v['id']}: {v['help']} "
                                     f"({len(nodes)} element(s); {v['helpUrl']})"]
                            for n in nodes[:3]:
                                lines.append(f"      {n['target']}: {' '.join(n['html'].split())[:160]}")
                            a11y_problems.append("\n".join(lines))
                except (RuntimeError, WebDriverException) as e:
                    a11y_problems.append(f"/{page} @{width}px: axe did not run: {e}")
                console += [f"/{page} @{width}px (during axe): {m}" for m in b.console_errors()]

        sub_pages = 0
        if sub:
            b.set_width(1280)
            for page in pages:
                try:
                    b.load(sub + page)
                except WebDriverException as e:
                    console.append(f"sub-path /{page}: could not load: {e.msg}")
                    continue
                sub_pages += 1
                console += [f"sub-path {urlsplit(sub).path}{page} @1280px: {m}" for m in b.console_errors()]

        b.set_width(1280)
        essay = root + "essays/student-essay-de-stalinisation/"
        try:
            previews = check_previews(b, essay)
        except WebDriverException as e:
            previews = [f"previews: the check itself failed: {e.msg}"]
        console += [f"previews check: {m}" for m in b.console_errors()]
        try:
            search = check_search(b, root, sub)
        except WebDriverException as e:
            search = [f"search: the check itself failed: {e.msg}"]
        console += [f"search check: {m}" for m in b.console_errors()]
    finally:
        b.quit()

    ok_a11y = not a11y_problems and not missing
    print(f"a11y: {len(pages)} pages, {len(a11y_problems)} serious/critical violations "
          f"(axe-core {axe_version}, {' and '.join(map(str, WIDTHS))} px; Chromium {b.version})")
    if not (ok_a11y and not (console or overflow or previews or search or setup)) or os.environ.get("CHECK_SITE_VERBOSE"):
        print("  pages: " + ", ".join("/" + p for p in pages))
    for p in missing:
        print(f"  {p}")
    for p in a11y_problems:
        print(f"  {p}")

    status = ("previews ok" if not previews else "previews FAILED") + "; " + \
             ("search ok" if not search else "search FAILED")
    sub_note = f" (+ {sub_pages} sub-path pages at 1280 px)" if sub else ""
    print(f"browser: {len(pages)} pages × {len(WIDTHS)} widths{sub_note}, {len(console)} console errors, "
          f"{len(overflow)} overflow; {status}")
    for p in setup + console + overflow + previews + search:
        print(f"  {p}")
    ok_browser = not (console or overflow or previews or search or setup)
    return 0 if ok_a11y and ok_browser else 1


if __name__ == "__main__":
    sys.exit(main())
