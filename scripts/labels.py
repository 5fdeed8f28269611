#!/usr/bin/env python3
"""Hand labels of real news: compile a labeller's working file into offset-only TSVs, and show them back.

The rules are in docs/labelling.md. A working file quotes article text, so it stays outside the
repository; the compiled TSVs hold only file names, character offsets (Unicode scalar values) and an
8-hex-digit FNV-1a checksum of each span.

    scripts/labels.py compile WORK.json            # writes crates/core/tests/labels/<event>/*.tsv
    scripts/labels.py show EVENT [pairs|people|quotes|differences]
    scripts/labels.py check                        # every label's checksum against the bench corpus

Working file (JSON):
    {"event": "2021-chauvin-guilty-verdict",
     "facts":  [[["01_a.txt", SNIPPET], ["03_b.txt", SNIPPET], ...], ...],   # every cross-file pair
     "pairs":  [[["01_a.txt", SNIPPET], ["03_b.txt", SNIPPET]], ...],
     "people": {"derek-chauvin": {"01_a.txt": ["Derek Chauvin", "Chauvin"], ...}, ...},
     "people_exclude": [["01_a.txt", SNIPPET], ...],
     "quotes": [["01_a.txt", SNIPPET, "speaker-id or -"], ...],
     "differences": [{"id": "injured", "kind": "count",
                      "values": [["A", "01_a.txt", SNIPPET], ["B", "03_b.txt", SNIPPET]]}, ...]}

A SNIPPET is exact text of the file that occurs once. Inside it, `[[` and `]]` mark the span within a
longer context, and `|||` stands for any text (the shortest) so a long sentence can be given by its start
and end. People forms are found everywhere in the file (whole words, longest form first).
"""

import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = os.path.join(ROOT, "crates", "core", "tests", "labels")
BENCH = os.environ.get("PARALLAX_BENCH", os.path.join(os.path.dirname(ROOT), "shared", "bench-corpus"))

HEADERS = {
    "pairs": "a_file\ta_start\ta_end\ta_sum\tb_file\tb_start\tb_end\tb_sum",
    "people": "person\tfile\tstart\tend\tsum",
    "quotes": "file\tstart\tend\tsum\tspeaker",
    "differences": "diff\tkind\tgroup\tfile\tstart\tend\tsum",
}


def fnv(text):
    h = 0x811C9DC5
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return "%08x" % h


def read(event, name):
    with open(os.path.join(BENCH, event, name), encoding="utf-8") as f:
        return f.read()


def resolve(text, snippet, where):
    """(start, end) of the span a snippet names; exits with a message when it is absent or ambiguous."""
    parts = snippet.split("|||")
    pattern = ".*?".join(re.escape(p) for p in parts)
    pattern = pattern.replace(re.escape("[["), "(").replace(re.escape("]]"), ")")
    if "[[" not in snippet:
        pattern = "(" + pattern + ")"
    hits = list(re.finditer(pattern, text, flags=re.S))
    if len(hits) != 1:
        sys.exit(f"{where}: snippet found {len(hits)} times (needs exactly one): {snippet!r}")
    return hits[0].start(1), hits[0].end(1)


def span(event, cache, name, snippet, where):
    if name not in cache:
        cache[name] = read(event, name)
    s, e = resolve(cache[name], snippet, f"{where} {name}")
    return name, s, e, fnv(cache[name][s:e])


def compile_work(path):
    with open(path, encoding="utf-8") as f:
        work = json.load(f)
    event = work["event"]
    cache = {}
    rows = {k: [] for k in HEADERS}

    pairs = set()
    groups = [g for g in work.get("facts", [])] + [p for p in work.get("pairs", [])]
    for gi, group in enumerate(groups):
        spans = [span(event, cache, n, s, f"fact/pair {gi}") for n, s in group]
        for i, a in enumerate(spans):
            for b in spans[i + 1:]:
                if a[0] == b[0]:
                    continue
                a2, b2 = (a, b) if (a[0], a[1]) < (b[0], b[1]) else (b, a)
                pairs.add(a2 + b2)
    rows["pairs"] = [list(p) for p in sorted(pairs)]

    excluded = set()
    for n, s in work.get("people_exclude", []):
        name, st, en, _ = span(event, cache, n, s, "people_exclude")
        excluded.add((name, st, en))
    for person, per_file in work.get("people", {}).items():
        for name, forms in per_file.items():
            if name not in cache:
                cache[name] = read(event, name)
            text = cache[name]
            taken = []
            for form in sorted(forms, key=len, reverse=True):
                for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
                    if any(m.start() < e and s < m.end() for s, e in taken):
                        continue
                    taken.append((m.start(), m.end()))
            if not taken:
                sys.exit(f"people {person} {name}: no form found: {forms!r}")
            for s, e in sorted(taken):
                if (name, s, e) not in excluded:
                    rows["people"].append([person, name, s, e, fnv(text[s:e])])
    # A span claimed by two people is a labelling mistake.
    seen = {}
    for r in rows["people"]:
        key = (r[1], r[2], r[3])
        if key in seen and seen[key] != r[0]:
            sys.exit(f"people: {key} labelled both {seen[key]} and {r[0]}")
        seen[key] = r[0]
    rows["people"].sort(key=lambda r: (r[1], r[2], r[0]))

    for qi, (n, s, speaker) in enumerate(work.get("quotes", [])):
        name, st, en, sm = span(event, cache, n, s, f"quote {qi}")
        rows["quotes"].append([name, st, en, sm, speaker])
    rows["quotes"].sort()

    for d in work.get("differences", []):
        for group, n, s in d["values"]:
            name, st, en, sm = span(event, cache, n, s, f"difference {d['id']}")
            rows["differences"].append([d["id"], d["kind"], group, name, st, en, sm])

    out = os.path.join(LABELS, event)
    os.makedirs(out, exist_ok=True)
    for kind, rs in rows.items():
        if not rs:
            continue
        with open(os.path.join(out, kind + ".tsv"), "w", encoding="utf-8") as f:
            f.write(HEADERS[kind] + "\n")
            for r in rs:
                f.write("\t".join(str(x) for x in r) + "\n")
        print(f"{event}/{kind}.tsv: {len(rs)} rows")


def load(event, kind):
    path = os.path.join(LABELS, event, kind + ".tsv")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    return [line.split("\t") for line in lines[1:] if line]


def text_of(event, cache, name, s, e, sm):
    if name not in cache:
        cache[name] = read(event, name)
    t = cache[name][int(s):int(e)]
    return t if fnv(t) == sm else f"<STALE {name}:{s}-{e}>"


def show(event, kinds):
    cache = {}
    for kind in kinds:
        print(f"## {kind}")
        for r in load(event, kind):
            if kind == "pairs":
                print(f"{r[0]}: {text_of(event, cache, *r[0:4])}\n  ~ {r[4]}: {text_of(event, cache, *r[4:8])}")
            elif kind == "people":
                print(f"{r[0]:24} {r[1]:32} {text_of(event, cache, *r[1:5])}")
            elif kind == "quotes":
                print(f"{r[4]:24} {r[0]}: {text_of(event, cache, *r[0:4])[:90]}")
            else:
                print(f"{r[0]:16} {r[1]:8} {r[2]} {r[3]}: {text_of(event, cache, *r[3:7])}")


def check():
    bad = 0
    for event in sorted(os.listdir(LABELS)):
        cache = {}
        for kind in HEADERS:
            for r in load(event, kind):
                spans = {"pairs": [r[0:4], r[4:8]], "people": [r[1:5]], "quotes": [r[0:4]],
                         "differences": [r[3:7]]}[kind]
                for sp in spans:
                    if text_of(event, cache, *sp).startswith("<STALE"):
                        bad += 1
                        print(f"stale: {event} {kind} {sp}")
    print("all labels match the bench corpus" if not bad else f"{bad} stale labels")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "compile":
        compile_work(sys.argv[2])
    elif len(sys.argv) >= 3 and sys.argv[1] == "show":
        show(sys.argv[2], sys.argv[3:] or list(HEADERS))
    elif len(sys.argv) == 2 and sys.argv[1] == "check":
        sys.exit(check())
    else:
        sys.exit(__doc__)
