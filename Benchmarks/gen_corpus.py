#!/usr/bin/env python3
"""Deterministic synthetic corpus for benchmarking build-site at scale.

    gen_corpus.py --essays N --entries M --out DIR [--seed S] [--hugo HDIR]

Writes DIR/content/ in the project's content format (docs/content-format.md):

  site.yml
  essays/essay-00001.md ...   N essays of about 2,500 words (~17 KB) each: YAML front
                              matter (title, author, year, source.publication, summary,
                              editorial_notes), ## sections, *emphasis*, one GFM table,
                              footnotes, about 150 mentions of register entries, a few
                              explicit [[slug]], [[slug|text]] and [[!text]] links, and
                              author-date citations resolved by content/sources/.
  people/*.md, events/*.md,   a register of M entries (about 70% people, 25% events, 5%
  terms/*.md                  terms); events have dates and participants.
  sources/*.md                a few cited works.

Names are made of syllables ("Irena Vorlanek"), so they never collide with the lowercase
English filler. Some aliases are deliberately ambiguous, as in real data: pairs of people
share a surname (both list it as an alias) and pairs of events share a short name ("Tesmir
Crisis" for the first and the second crisis). Essays write an ambiguous name in full, as an
explicit [[slug|Surname]] link, or bare (which build-site reports as ambiguous).

With --hugo HDIR it also writes the same essays as a minimal Hugo site (hugo.toml,
content/essays/*.md with the same YAML front matter, the annotation syntax replaced by its
plain text, and layouts/_default/{single,list}.html and layouts/index.html).

Everything is a function of (--seed, --entries, essay number): essay-00001.md is the same
file whatever --essays is. Python 3 standard library only; no network.
"""

import argparse
import os
import random
import re
import sys

# --------------------------------------------------------------------------------------
# Vocabulary (lowercase only: the filler must never look like a name)
# --------------------------------------------------------------------------------------

NOUNS = """policy reform congress committee ministry plan harvest industry council apparatus
leadership succession campaign doctrine speech report decree commission settlement region
province economy budget army navy treaty alliance delegation conference crisis dispute
programme bureaucracy press censorship thaw rehabilitation amnesty archive memoir biography
decision resolution majority faction opposition rival ally successor predecessor colleague
official secretary deputy minister marshal general worker peasant farm factory ministry
plenum presidium cadre purge trial verdict prisoner camp labour wage price grain maize
housing consumer production output target quota statistic census frontier border capital
city village railway canal harbour mine reactor rocket satellite missile bomber submarine
embassy summit proposal protest strike uprising revolt rebellion repression terror power
authority legitimacy reputation prestige influence control pressure tension rivalry balance
compromise concession retreat advance victory defeat failure success legacy memory history
interpretation evidence source document letter telegram transcript diary newspaper journal
historian scholar critic observer witness account narrative argument thesis question answer
problem solution method approach theory ideology principle value belief culture literature
poetry novel film theatre music painting science education school university academy
""".split()

ADJECTIVES = """central regional collective political economic social cultural military
industrial agricultural administrative ideological official unofficial secret public
private formal informal early late sudden gradual partial complete limited extensive
modest ambitious cautious bold uncertain decisive contested disputed famous obscure
important minor major lasting brief long short bitter quiet open hidden direct indirect
considerable remarkable notable familiar strange novel traditional radical moderate
conservative liberal orthodox heterodox practical theoretical careful hasty sharp mild
""".split()

VERBS = """announced rejected accepted proposed opposed supported defended attacked
criticised praised revised reversed extended reduced expanded restricted abolished created
reorganised dismantled promoted demoted replaced appointed dismissed recalled confirmed
denied admitted concealed revealed recorded described explained questioned challenged
welcomed resisted delayed accelerated shaped weakened strengthened undermined preserved
transformed divided united negotiated signed broke ended began prepared planned
""".split()

ADVERBS = """quickly slowly openly quietly firmly reluctantly eagerly partly largely
entirely briefly repeatedly suddenly gradually carefully deliberately apparently clearly
""".split()

PREPOSITIONS = "in during after before under against within without despite beyond toward".split()

CONNECTIVES = ["However", "Moreover", "Meanwhile", "Nevertheless", "In practice", "At the same time",
               "For a while", "In retrospect", "By then", "Even so", "Above all", "In the end",
               "Later", "Still", "Indeed", "Thus", "Consequently", "In short"]

CLAUSE_LINKS = ["while", "although", "because", "whereas", "since", "until", "and so", "but"]

ADJ_SET, NOUN_SET = set(ADJECTIVES), set(NOUNS)
STOP_WORDS = set(NOUNS) | set(ADJECTIVES) | set(VERBS) | set(ADVERBS) | set(PREPOSITIONS) | {
    "the", "of", "and", "a", "an", "to", "it", "its", "was", "were", "had", "has", "is", "on", "at"}

# --------------------------------------------------------------------------------------
# Pronounceable fake names
# --------------------------------------------------------------------------------------

ONSETS = ["b", "br", "d", "dr", "f", "g", "gr", "k", "kr", "l", "m", "n", "p", "pr", "r", "s",
          "st", "t", "tr", "v", "vr", "z", "zh", "sh", "ch", "h", "j", "sl", "sv"]
VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ei", "ou", "ya", "ie"]
CODAS = ["", "", "", "n", "r", "l", "s", "k", "v", "m", "sk", "nd", "rt"]
SURNAME_ENDINGS = ["ov", "ek", "ski", "ani", "escu", "ich", "enko", "ian", "dze", "uk", "ar", "el", "os"]
FIRST_ENDINGS_F = ["a", "ina", "ela", "ya", "isa"]
FIRST_ENDINGS_M = ["o", "in", "el", "an", "or", "is"]
PLACE_ENDINGS = ["grad", "mir", "ova", "burg", "stan", "esk", "ia", "opol", "ava", "heim"]
TERM_ENDINGS = ["khoz", "stvo", "nost", "kom", "ism", "ura"]


class Namer:
    """Unique syllable words; never an English filler word, never reused across kinds."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def _syllables(self, n):
        r = self.rng
        return "".join(r.choice(ONSETS) + r.choice(VOWELS) + r.choice(CODAS) for _ in range(n))

    def word(self, syllables, endings, capital=True, min_len=5):
        while True:
            w = self._syllables(self.rng.choice(syllables)) + self.rng.choice(endings)
            w = re.sub(r"(.)\1\1", r"\1\1", w)
            if len(w) < min_len or w in STOP_WORDS or w in self.used:
                continue
            self.used.add(w)
            return w.capitalize() if capital else w

    def surname(self):
        return self.word((1, 1, 2), SURNAME_ENDINGS)

    def first_name(self):
        return self.word((1, 2), self.rng.choice([FIRST_ENDINGS_F, FIRST_ENDINGS_M]), min_len=4)

    def place(self):
        return self.word((1, 1, 2), PLACE_ENDINGS)

    def term(self):
        return self.word((2,), TERM_ENDINGS, capital=False, min_len=6)


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def yq(s):
    """A YAML double-quoted scalar."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# --------------------------------------------------------------------------------------
# The register
# --------------------------------------------------------------------------------------

class Entry:
    def __init__(self, kind, slug, name):
        self.kind = kind
        self.slug = slug
        self.name = name
        self.aliases = []          # as listed in the file
        self.forms = []            # (text, weight, ambiguous) as essays write them
        self.weight = 1.0          # popularity across essays


def build_register(m, seed):
    rng = random.Random(f"register-{seed}-{m}")
    namer = Namer(rng)
    n_terms = max(3, m // 20)
    n_events = max(2, m // 4)
    n_people = max(2, m - n_terms - n_events)

    people = []
    # About 4% of people come in pairs that share a surname (siblings, namesakes).
    n_pairs = max(1, round(n_people * 0.04))
    surnames = []
    while len(surnames) < n_people:
        s = namer.surname()
        surnames.append(s)
        if n_pairs > 0 and len(surnames) < n_people:
            surnames.append(s)
            n_pairs -= 1
    rng.shuffle(surnames)
    counts = {}
    for s in surnames:
        counts[s] = counts.get(s, 0) + 1
    for surname in surnames:
        first = namer.first_name()
        name = f"{first} {surname}"
        e = Entry("person", slugify(name), name)
        e.first, e.surname = first, surname
        e.shared = counts[surname] > 1
        initial = f"{first[0]}. {surname}"
        e.aliases = [surname, name, initial]
        e.born = rng.randint(1860, 1950)
        e.died = e.born + rng.randint(35, 95) if rng.random() < 0.8 else None
        if e.died and e.died > 2023:
            e.died = None
        e.roles = [f"{rng.choice(ADJECTIVES).capitalize()} secretary of the {rng.choice(NOUNS)} committee "
                   f"({e.born + 30}–{e.born + 30 + rng.randint(1, 12)})"]
        people.append(e)

    events = []
    places = [namer.place() for _ in range(n_events)]
    kinds = ["Conference", "Treaty", "Uprising", "Congress", "Affair", "Accord", "Plenum", "Crisis"]
    # Two pairs of events share their short name: "First/Second Tesmir Crisis" -> "Tesmir Crisis".
    shared_short = {}
    for i in range(n_events):
        place = places[i]
        kind = rng.choice(kinds)
        short = f"{place} {kind}"
        events.append([place, kind, short])
    for k in range(min(2, n_events // 2)):
        a, b = events[2 * k], events[2 * k + 1]
        b[0], b[1], b[2] = a[0], a[1], a[2]
        a.append("First")
        b.append("Second")
    for ev in events:
        place, kind, short = ev[0], ev[1], ev[2]
        name = f"The {ev[3]} {short}" if len(ev) > 3 else f"The {short}"
        e = Entry("event", slugify(name[4:]), name)
        e.shared = len(ev) > 3
        e.aliases = [short] + ([name[4:]] if e.shared else [])
        e.short = short
        year = rng.randint(1900, 1990)
        if rng.random() < 0.7:
            e.date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            e.start = e.end = None
        else:
            e.date = None
            e.start = f"{year}-{rng.randint(1, 6):02d}"
            e.end = f"{year + rng.randint(0, 2)}-{rng.randint(7, 12):02d}"
        e.participants = sorted({p.slug for p in rng.sample(people, min(len(people), rng.randint(1, 4)))})
        ev.append(e)
    events = [ev[-1] for ev in events]

    terms = []
    for _ in range(n_terms):
        t = namer.term()
        e = Entry("term", slugify(t), t.capitalize())
        e.shared = False
        e.aliases = [t, t.capitalize()]
        e.word = t
        terms.append(e)

    # Zipf-like popularity: a few entries are everywhere, most are occasional.
    for group in (people, events, terms):
        order = list(group)
        rng.shuffle(order)
        for rank, e in enumerate(order, 1):
            e.weight = 1.0 / rank ** 0.8

    # Cited works: authors are separate fake surnames (not register aliases).
    works = []
    for _ in range(max(4, m // 15)):
        author = namer.surname()
        year = rng.randint(1955, 2015)
        title = f"The {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}".capitalize()
        w = {"slug": f"{slugify(author)}-{year}", "author": author, "year": year, "title": title,
             "initial": namer.first_name()[0], "kind": rng.choice(["book", "article", "memoir"])}
        works.append(w)
    return people, events, terms, works


def write_register(content, people, events, terms, works):
    for sub in ("people", "events", "terms", "sources", "essays"):
        os.makedirs(os.path.join(content, sub), exist_ok=True)
    rng = random.Random("register-bodies")
    for p in people:
        lines = ["---", f"name: {yq(p.name)}", f"sort_name: {yq(p.surname + ', ' + p.first)}", "aliases:"]
        lines += [f"  - {yq(a)}" for a in p.aliases]
        lines.append(f'born: "{p.born}"')
        if p.died:
            lines.append(f'died: "{p.died}"')
        lines.append("roles:")
        lines += [f"  - {yq(r)}" for r in p.roles]
        lines.append(f"summary: {yq(p.name + ', a synthetic person for the benchmark.')}")
        lines.append("---")
        lines.append(filler_paragraph(rng, 3))
        write(os.path.join(content, "people", p.slug + ".md"), "\n".join(lines) + "\n")
    for e in events:
        lines = ["---", f"name: {yq(e.name)}", "aliases: [" + ", ".join(yq(a) for a in e.aliases) + "]"]
        if e.date:
            lines.append(f'date: "{e.date}"')
        else:
            lines.append(f'start: "{e.start}"')
            lines.append(f'end: "{e.end}"')
        lines.append("participants: [" + ", ".join(e.participants) + "]")
        lines.append(f"summary: {yq(e.name + ', a synthetic event for the benchmark.')}")
        lines.append("---")
        lines.append(filler_paragraph(rng, 3))
        write(os.path.join(content, "events", e.slug + ".md"), "\n".join(lines) + "\n")
    for t in terms:
        lines = ["---", f"name: {yq(t.name)}", "aliases: [" + ", ".join(yq(a) for a in t.aliases) + "]",
                 f"summary: {yq('A synthetic term for the benchmark.')}", "---", filler_paragraph(rng, 2)]
        write(os.path.join(content, "terms", t.slug + ".md"), "\n".join(lines) + "\n")
    for w in works:
        lines = ["---", f"title: {yq(w['title'])}", f"author_text: {yq(w['author'] + ', ' + w['initial'] + '.')}",
                 f"year: {w['year']}", f"kind: {w['kind']}", f"cite_as: [{yq(w['author'] + ' ' + str(w['year']))}]",
                 f"citation: {yq(w['author'] + ', ' + w['initial'] + '. (' + str(w['year']) + ') *' + w['title'] + '*. London: Synthetic Press')}",
                 "---", ""]
        write(os.path.join(content, "sources", w["slug"] + ".md"), "\n".join(lines))


def write_site(content, n):
    write(os.path.join(content, "site.yml"),
          'title: "Synthetic Essays"\n'
          f'description: "{n} synthetic essays for benchmarking build-site."\n'
          "language: en-GB\n"
          'editor: "The benchmark"\n'
          'base_url: "/"\n'
          "link_policy: first-per-section\n")


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# --------------------------------------------------------------------------------------
# Essays
# --------------------------------------------------------------------------------------

def filler_paragraph(rng, sentences):
    out = []
    for _ in range(sentences):
        words = [rng.choice(NOUNS + ADJECTIVES + VERBS + PREPOSITIONS + ["the", "of", "and"])
                 for _ in range(rng.randint(8, 16))]
        out.append(f"The {rng.choice(NOUNS)} " + " ".join(words) + ".")
    return " ".join(out)


class EssayWriter:
    """Builds one essay; `self.mentions` counts register mentions written."""

    def __init__(self, index, register, seed):
        self.rng = random.Random(f"essay-{seed}-{index}")
        self.index = index
        people, events, terms, works = register
        rng = self.rng
        # Each essay is about a cast: 15-35 people, 5-12 events, 2-5 terms, weighted by popularity.
        self.cast = self._pick(people, rng.randint(15, 35)) + self._pick(events, rng.randint(5, 12)) \
            + self._pick(terms, rng.randint(2, min(5, len(terms))))
        self.cast_weights = [e.weight for e in self.cast]
        self.works = works
        self.mentions = 0
        self.ambiguous_bare = 0
        self.words = 0

    def _pick(self, group, k):
        k = min(k, len(group))
        chosen, pool = [], list(group)
        weights = [e.weight for e in pool]
        for _ in range(k):
            i = self.rng.choices(range(len(pool)), weights)[0]
            chosen.append(pool.pop(i))
            weights.pop(i)
        return chosen

    # A noun phrase that is a mention, in the essay's annotated Markdown.
    def mention(self, possessive_ok=True):
        rng = self.rng
        e = rng.choices(self.cast, self.cast_weights)[0]
        self.mentions += 1
        if e.kind == "person":
            x = rng.random()
            if x < 0.03:
                return f"[[{e.slug}]]"
            if e.shared:
                # An ambiguous surname: in full, as an explicit link, or bare (reported).
                if x < 0.45:
                    text = e.name
                elif x < 0.75:
                    return f"[[{e.slug}|{e.surname}]]"
                else:
                    self.ambiguous_bare += 1
                    text = e.surname
            elif x < 0.65:
                text = e.surname
            elif x < 0.85:
                text = e.name
            else:
                text = f"{e.first[0]}. {e.surname}"
            if possessive_ok and rng.random() < 0.15:
                text += rng.choice(["'s", "’s"]) + " " + rng.choice(NOUNS)
            return text
        if e.kind == "event":
            if rng.random() < 0.03:
                return f"[[{e.slug}]]"
            if e.shared:
                if rng.random() < 0.6:
                    return "the " + e.name[4:]
                if rng.random() < 0.5:
                    return f"the [[{e.slug}|{e.short}]]"
                self.ambiguous_bare += 1
            return "the " + e.short
        return e.word

    def noun_phrase(self, p_mention):
        rng = self.rng
        if rng.random() < p_mention:
            return self.mention()
        if rng.random() < 0.5:
            return f"the {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
        return f"the {rng.choice(NOUNS)} of the {rng.choice(NOUNS)}"

    def sentence(self, p_mention=0.26):
        rng = self.rng
        parts = []
        start = rng.random()
        if start < 0.3:
            parts.append(rng.choice(CONNECTIVES) + ",")
            subject = self.noun_phrase(p_mention)
        elif start < 0.48:
            subject = self.mention(possessive_ok=True)
        else:
            subject = f"The {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
        parts.append(subject)
        if rng.random() < 0.3:
            parts.append(rng.choice(ADVERBS))
        parts.append(rng.choice(VERBS))
        parts.append(self.noun_phrase(p_mention))
        if rng.random() < 0.6:
            parts.append(rng.choice(PREPOSITIONS))
            if rng.random() < 0.3:
                parts[-1] = "in " + str(rng.randint(1900, 1990))
            else:
                parts.append(self.noun_phrase(p_mention))
        if rng.random() < 0.45:
            parts[-1] += ","
            parts.append(rng.choice(CLAUSE_LINKS))
            parts.append(self.noun_phrase(p_mention))
            parts.append(rng.choice(VERBS))
            parts.append(self.noun_phrase(p_mention))
        text = " ".join(parts)
        if parts[0][0].islower():
            text = text[0].upper() + text[1:]
        return text + "."

    def emphasise(self, sentence):
        """Wrap two or three lowercase words of the sentence in *...*."""
        words = sentence.split(" ")
        spots = [i for i in range(1, len(words) - 3) if words[i] in ADJ_SET and words[i + 1] in NOUN_SET] \
            or [i for i in range(1, len(words) - 3) if all(re.fullmatch(r"[a-z]+", w) for w in words[i:i + 2])]
        if not spots:
            return sentence
        i = self.rng.choice(spots)
        words[i] = "*" + words[i]
        words[i + 1] = words[i + 1] + "*"
        return " ".join(words)

    def paragraph(self, footnote=None, anchor=None):
        rng = self.rng
        sentences = [self.sentence() for _ in range(rng.randint(4, 7))]
        if rng.random() < 0.6:
            i = rng.randrange(len(sentences))
            sentences[i] = self.emphasise(sentences[i])
        if rng.random() < 0.08:
            # Same spelling as a register name, but not meant: [[!text]].
            cast_people = [e for e in self.cast if e.kind == "person"]
            if cast_people:
                e = rng.choice(cast_people)
                sentences.insert(rng.randrange(1, len(sentences) + 1),
                                 f"The village of [[!{e.surname}]] lay {rng.choice(PREPOSITIONS)} the {rng.choice(NOUNS)}.")
        if rng.random() < 0.25 and self.works:
            w = rng.choice(self.works)
            i = rng.randrange(len(sentences))
            sentences[i] = sentences[i][:-1] + f" ({w['author']} {w['year']}: p.{rng.randint(3, 400)})."
        if anchor:
            sentences.insert(1, f"The {rng.choice(NOUNS)} was, {anchor}, {rng.choice(ADJECTIVES)}.")
        if footnote:
            i = rng.randrange(len(sentences))
            sentences[i] += f"[^{footnote}]"
        return " ".join(sentences)

    def table(self):
        rng = self.rng
        rows = ["| Year | Figure | Event | Note |", "|---:|---|---|---|"]
        persons = [e for e in self.cast if e.kind == "person" and not e.shared] or [e for e in self.cast if e.kind == "person"]
        evs = [e for e in self.cast if e.kind == "event" and not e.shared] or [e for e in self.cast if e.kind == "event"]
        for _ in range(rng.randint(3, 6)):
            p = rng.choice(persons)
            ev = rng.choice(evs)
            self.mentions += 2
            rows.append(f"| {rng.randint(1900, 1990)} | {p.name} | {ev.short} | {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} |")
        return "\n".join(rows)

    def footnote_text(self, n):
        rng = self.rng
        if rng.random() < 0.5 and self.works:
            w = rng.choice(self.works)
            return f"[^{n}]: See {w['author']} ({w['year']}: p.{rng.randint(3, 400)}); compare {self.mention(False)} on the *{rng.choice(NOUNS)}*."
        return f"[^{n}]: {self.sentence(0.5)}"

    def build(self, target_words=2500):
        rng = self.rng
        i = self.index
        anchor = f"as the minutes of session {i:05d} record"
        n_sections = rng.randint(6, 8)
        n_notes = rng.randint(4, 8)
        notes_at = set(rng.sample(range(n_sections * 4), n_notes))
        table_section = rng.randrange(1, n_sections)
        blocks = []
        para_no = 0
        note_no = 0
        words = 0
        per_section = (target_words - 30 * n_notes) / n_sections - 40
        anchor_done = False
        for s in range(n_sections):
            if s > 0:
                blocks.append(f"## {rng.choice(['On', 'After', 'Before', 'Beyond', 'Against'])} the "
                              f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}")
            section_words = 0
            while section_words < per_section:
                fn = None
                if para_no in notes_at:
                    note_no += 1
                    fn = note_no
                p = self.paragraph(footnote=fn, anchor=None if anchor_done else anchor)
                anchor_done = True
                blocks.append(p)
                para_no += 1
                n = len(p.split())
                section_words += n
                if s == table_section and len(blocks) and not any(b.startswith("| Year") for b in blocks):
                    blocks.append(self.table())
            words += section_words
        blocks.append("\n".join(self.footnote_text(k) for k in range(1, note_no + 1)))
        body = "\n\n".join(blocks) + "\n"
        self.words = len(body.split())

        author = f"{Namer(rng).first_name()} {Namer(rng).surname()}"
        year = rng.randint(1955, 2020)
        fm = ["---",
              f'title: "Essay {i}: on the {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"',
              f"author: {yq(author)}",
              f"year: {year}",
              "source:",
              f'  publication: "The Synthetic Review, vol. {1 + i % 60}"',
              f"summary: {yq(f'Synthetic essay {i} on the {rng.choice(NOUNS)} and the {rng.choice(NOUNS)}, for benchmarking.')}",
              "editorial_notes:",
              "  - kind: note",
              f"    anchor: {yq(anchor)}",
              f'    note: "A synthetic editorial note."',
              "  - kind: restructured",
              '    note: "Section headings restored as Markdown headings."',
              "---"]
        return "\n".join(fm) + "\n" + body


LINK_ALIAS = re.compile(r"\[\[[a-z0-9-]+\|([^\]]+)\]\]")
LINK_NOT = re.compile(r"\[\[!([^\]]+)\]\]")
LINK_SLUG = re.compile(r"\[\[([a-z0-9-]+)\]\]")


def strip_annotations(text, names):
    text = LINK_ALIAS.sub(r"\1", text)
    text = LINK_NOT.sub(r"\1", text)
    return LINK_SLUG.sub(lambda m: names[m.group(1)], text)


HUGO_CONFIG = """baseURL = "http://example.org/"
languageCode = "en-gb"
title = "Synthetic Essays"
disableKinds = ["taxonomy", "term"]
[markup.goldmark.renderer]
unsafe = false
"""

HUGO_SINGLE = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title></head>
<body>
<main>
<h1>{{ .Title }}</h1>
<p>{{ .Params.author }}, <cite>{{ .Params.source.publication }}</cite>, {{ .Params.year }}</p>
<p>{{ .Params.summary }}</p>
{{ .Content }}
</main>
</body>
</html>
"""

HUGO_LIST = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title></head>
<body>
<h1>{{ .Title }}</h1>
<ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ .Params.author }}, {{ .Params.year }})</li>
{{ end }}</ul>
</body>
</html>
"""

HUGO_INDEX = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{{ site.Title }}</title></head>
<body>
<h1>{{ site.Title }}</h1>
<ul>
{{ range site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
</body>
</html>
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--essays", type=int, required=True, help="number of essays N")
    ap.add_argument("--entries", type=int, required=True, help="number of register entries M")
    ap.add_argument("--out", required=True, help="folder; content/ is written inside it")
    ap.add_argument("--seed", default="1", help="seed (any string; default 1)")
    ap.add_argument("--hugo", help="also write the essays as a minimal Hugo site in this folder")
    ap.add_argument("--words", type=int, default=2500, help="words per essay (default 2500)")
    args = ap.parse_args()
    if args.essays < 1 or args.entries < 10:
        ap.error("need --essays >= 1 and --entries >= 10")

    content = os.path.join(args.out, "content")
    if os.path.exists(os.path.join(content, "essays")) and os.listdir(os.path.join(content, "essays")):
        ap.error(f"{content}/essays is not empty; remove {args.out} first")
    register = build_register(args.entries, args.seed)
    people, events, terms, works = register
    write_register(content, people, events, terms, works)
    write_site(content, args.essays)
    names = {e.slug: e.name for e in people + events + terms}

    hugo_essays = None
    if args.hugo:
        hugo_essays = os.path.join(args.hugo, "content", "essays")
        os.makedirs(hugo_essays, exist_ok=True)
        os.makedirs(os.path.join(args.hugo, "layouts", "_default"), exist_ok=True)
        write(os.path.join(args.hugo, "hugo.toml"), HUGO_CONFIG)
        write(os.path.join(args.hugo, "layouts", "_default", "single.html"), HUGO_SINGLE)
        write(os.path.join(args.hugo, "layouts", "_default", "list.html"), HUGO_LIST)
        write(os.path.join(args.hugo, "layouts", "index.html"), HUGO_INDEX)
        write(os.path.join(args.hugo, "content", "essays", "_index.md"), '---\ntitle: "Essays"\n---\n')

    total_bytes = total_words = total_mentions = total_ambiguous = 0
    for i in range(1, args.essays + 1):
        w = EssayWriter(i, register, args.seed)
        text = w.build(args.words)
        name = f"essay-{i:05d}.md"
        write(os.path.join(content, "essays", name), text)
        if hugo_essays:
            write(os.path.join(hugo_essays, name), strip_annotations(text, names))
        total_bytes += len(text.encode("utf-8"))
        total_words += w.words
        total_mentions += w.mentions
        total_ambiguous += w.ambiguous_bare
    print(f"gen_corpus: {args.essays} essays ({total_bytes / args.essays / 1024:.1f} KB, "
          f"{total_words // args.essays} words, {total_mentions // args.essays} mentions each on average; "
          f"{total_ambiguous} bare ambiguous names in all), register {len(people)} people, {len(events)} events, "
          f"{len(terms)} terms, {len(works)} sources -> {content}" + (f"; Hugo site -> {args.hugo}" if args.hugo else ""),
          file=sys.stderr)


if __name__ == "__main__":
    main()
