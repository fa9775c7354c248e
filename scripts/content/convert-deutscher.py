# One-off record of how the two Deutscher essays were derived from ../shared/seeds (003, 004):
# header lines removed, encoding damage corrected, references set as footnotes, run-in heads as
# headings. The essays in content/ are the edited originals now; do not re-run over later edits.
import re, glob
seeds = '/work/shared/seeds/'
def yq(s):  # YAML double-quoted string
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

# ---------- 003: The Failure of Khrushchevism (1965) ----------
src = open(glob.glob(seeds + '003_*.txt')[0], encoding='utf-8').read()
lines = src.split('\n')
removed = [lines[0], lines[2], lines[4]]   # author-year header, title line, Source line
assert lines[0] == 'Isaac Deutscher 1965' and lines[2] == 'The Failure of Khrushchevism' and lines[4].startswith('Source:')
body_lines = lines[5:]
text = '\n'.join(body_lines)
# Split notes from body: notes start at the line "1. Khrushchev was First Secretary"
idx = text.index('\n1. Khrushchev was First Secretary')
body, notes = text[:idx], text[idx:]
body = body.replace('Úlan', 'élan').replace('exposÚ', 'exposé')
# Footnote references " [n]" -> "[^n]"
body = re.sub(r' ?\[(\d)\]', r'[^\1]', body)
body = body.replace('\n* The statistics', '\n\\* The statistics')
# Notes "n. text" -> "[^n]: text"; note 3's collapsed table header becomes a header-only table.
notes = notes.replace('YearAll goodsFoodstuffsOther goods', '    | Year | All goods | Foodstuffs | Other goods |\n    |---|---|---|---|')
notes = notes.replace('\n\nThe index of retail trade per head', '\n\n    The index of retail trade per head')
notes = re.sub(r'\n(\d)\. ', r'\n[^\1]: ', notes)
paras = [p.strip('\n') for p in re.split(r'\n\s*\n', body) if p.strip()]
fm = f'''---
title: "The Failure of Khrushchevism"
author: "Isaac Deutscher"
author_ref: isaac-deutscher
year: 1965
source:
  publication: "The Socialist Register 1965 (Merlin Press, London, 1965)"
  date: "1965"
  url: "https://www.marxists.org/archive/deutscher/1965/khrushchevism-failure.htm"
rights: "© The Estate of Isaac Deutscher. Text as published by the Marxist Internet Archive, reproduced here for study."
summary: "Writing a few months after Khrushchev's fall, Deutscher weighs the decade of his rule: real gains in living standards and the end of mass terror, undone by erratic reforms, economic slowdown and the break with China. He argues that the bureaucracy's uncontrolled power, not Khrushchev's temperament alone, was the root of the failure, and that only genuine socialist democracy could resolve it."
editorial_notes:
  - kind: removed
    original: {yq(removed[0])}
    note: "Archive header (author and year); moved into the front matter."
  - kind: removed
    original: {yq(removed[1])}
    note: "The title line; it is the page title."
  - kind: removed
    original: {yq(removed[2])}
    note: "Provenance line of the web archive; moved into the front matter."
  - kind: corrected
    original: "Úlan"
    corrected: "élan"
    note: "Encoding damage in the source text (é rendered as Ú)."
  - kind: corrected
    original: "exposÚ"
    corrected: "exposé"
    note: "Encoding damage in the source text (é rendered as Ú)."
  - kind: corrected
    original: "YearAll goodsFoodstuffsOther goods"
    corrected: "Year | All goods | Foodstuffs | Other goods"
    note: "The column headings of note 3's table had run together; they are set out again as a table heading."
  - kind: note
    anchor: "Population in millions (round figures)"
    note: "The figures of this table were lost in the source text: only its title, its unit and its footnote survive."
  - kind: note
    anchor: "The following table shows the physical volume of all retail trade"
    note: "The figures of this table were lost in the source text: only its column headings survive. We do not reconstruct them."
  - kind: restructured
    note: "Deutscher's numbered references [1]–[8] and the notes at the end are set as linked footnotes; the body's table caption and its asterisked footnote are kept as paragraphs, since the table itself is lost."
---
'''
open('/work/main/content/essays/deutscher-failure-of-khrushchevism.md', 'w', encoding='utf-8').write(fm + '\n\n'.join(paras) + '\n' + notes.rstrip() + '\n')

# ---------- 004: Khrushchev, Mao and Stalin's Ghost (1959) ----------
src = open(glob.glob(seeds + '004_*.txt')[0], encoding='utf-8').read()
lines = src.split('\n')
assert lines[0] == 'Isaac Deutscher 1959' and lines[2].startswith('Khrushchev, Mao') and lines[5].startswith('Source:')
removed = [lines[0], lines[2], lines[5]]
body = '\n'.join(lines[6:])
for head in ['Revision and Revolt', 'The Skeleton Battle', 'Family Quarrel']:
    body = body.replace('\n' + head + ': ', '\n## ' + head + '\n\n')
paras = [p.strip('\n') for p in re.split(r'\n\s*\n', body) if p.strip()]
fm = f'''---
title: "Khrushchev, Mao and Stalin’s Ghost"
author: "Isaac Deutscher"
author_ref: isaac-deutscher
year: 1959
date: "1959-02-19"
source:
  publication: "The Reporter"
  date: "1959-02-19"
  url: "https://www.marxists.org/archive/deutscher/1959/stalins-ghost.htm"
rights: "© The Estate of Isaac Deutscher. Text as published by the Marxist Internet Archive, reproduced here for study."
summary: "Written as the Twenty-First Congress met in 1959, this piece reads the three years since the Secret Speech as a struggle between Khrushchev's reforms and the Stalinist old guard, from the Hungarian rising to the defeat of the Anti-Party Group. Deutscher also traces Mao's shifting role, from the Hundred Flowers to support for Khrushchev's adversaries, and the compromise of non-interference between Moscow and Peking."
editorial_notes:
  - kind: removed
    original: {yq(removed[0])}
    note: "Archive header (author and year); moved into the front matter."
  - kind: removed
    original: {yq(removed[1])}
    note: "The title line; it is the page title."
  - kind: removed
    original: {yq(removed[2])}
    note: "Provenance line of the web archive; moved into the front matter."
  - kind: restructured
    note: "The run-in heads “Revision and Revolt:”, “The Skeleton Battle:” and “Family Quarrel:” are set as section headings."
---
'''
open('/work/main/content/essays/deutscher-khrushchev-mao-stalins-ghost.md', 'w', encoding='utf-8').write(fm + '\n\n'.join(paras) + '\n')
print('ok')
