#!/usr/bin/env python3
"""Publication-date inference on undated texts, against the truth and against the one-line
baseline "the latest full date written in the text".

Input: a corpus laid out like ../shared/news-dev (articles/index.jsonl + articles/*.txt), or
JSONL with {"doc", "dct_date" (YYYY-MM-DD), "text"}, e.g. the TempEval TBAQ-cleaned texts
exported by ../shared/bench/timex/export_inputs.py (the document creation time is not in the
exported text):

    python3 scripts/pubdate_eval.py ../shared/news-dev
    python3 ../shared/bench/timex/export_inputs.py ../shared/tempeval/TBAQ-cleaned /tmp/tbaq.jsonl
    python3 scripts/pubdate_eval.py /tmp/tbaq.jsonl [--exe target/release/dateline] [--misses]

Prints: answers within 3 days, right year, on the texts that have a full date the share where
the system is within 3 days against the baseline, and the confidence table.
"""
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile

MONTHS = {m: i + 1 for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split())}
FULL_DATE = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\s*,?\s+((?:19|20)\d\d)\b"
    r"|\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+((?:19|20)\d\d)\b")
BANDS = [(0.0, 0.2), (0.2, 0.5), (0.5, 0.8), (0.8, 1.01)]


def latest_full_date(text):
    best = None
    for m in FULL_DATE.finditer(text):
        if m.group(1):
            mon, day, year = m.group(1), m.group(2), m.group(3)
        else:
            day, mon, year = m.group(4), m.group(5), m.group(6)
        try:
            d = dt.date(int(year), MONTHS[mon[:3].lower()], int(day))
        except ValueError:
            continue
        best = d if best is None or d > best else best
    return best


def load(source):
    """The texts with their true dates, from a news-dev-shaped folder or a JSONL file."""
    if os.path.isdir(source):
        articles = os.path.join(source, "articles")
        index = [json.loads(l) for l in open(os.path.join(articles, "index.jsonl"), encoding="utf-8") if l.strip()]
        return [{"doc": a["file"], "dct_date": a["published"],
                 "text": open(os.path.join(articles, a["file"]), encoding="utf-8").read()}
                for a in index if len(a["published"]) == 10]
    return [json.loads(l) for l in open(source, encoding="utf-8") if l.strip()]


def within(a, b, days=3):
    return a is not None and b is not None and abs((a - b).days) <= days


def main():
    argv = sys.argv[1:]
    exe = "target/release/dateline"
    if "--exe" in argv:
        i = argv.index("--exe")
        exe = argv[i + 1]
        del argv[i:i + 2]
    show_misses = "--misses" in argv
    argv = [a for a in argv if not a.startswith("--")]
    docs = load(argv[0])
    tmp = tempfile.mkdtemp()
    paths = {}
    for i, d in enumerate(docs):
        path = os.path.join(tmp, f"doc{i:05}.txt")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(d["text"])
        paths[path] = d
    out = subprocess.run([exe, "extract", "--format", "json", *paths], capture_output=True,
                         text=True, timeout=1200)
    got = {a["path"]: a for a in json.loads(out.stdout)["articles"]}
    rows = []
    for path, d in paths.items():
        truth = dt.date.fromisoformat(d["dct_date"])
        a = got.get(path, {})
        p = (a.get("published") or "")[:10]
        answer = dt.date.fromisoformat(p) if p else None
        rows.append((d["doc"], truth, answer, a.get("published_confidence") or 0.0,
                     latest_full_date(d["text"]), a.get("published_evidence") or []))
    n = len(rows)
    right = sum(within(t, a) for _, t, a, _, _, _ in rows)
    year_right = sum(a is not None and a.year == t.year for _, t, a, _, _, _ in rows)
    answered = sum(a is not None for _, _, a, _, _, _ in rows)
    full = [r for r in rows if r[4] is not None]
    sys_full = sum(within(t, a) for _, t, a, _, _, _ in full)
    base_full = sum(within(t, b) for _, t, _, _, b, _ in full)
    base_exact = sum(t == b for _, t, _, _, b, _ in full)
    print(f"texts {n}, answered {answered}")
    print(f"within 3 days: {right}/{n} ({right / n:.0%}); right year: {year_right}/{n} ({year_right / n:.0%}); "
          f"wrong year among answers: {answered - year_right}")
    if full:
        print(f"texts with a full date: {len(full)}: system within 3 days {sys_full} ({sys_full / len(full):.0%}), "
              f"latest-full-date baseline {base_full} ({base_full / len(full):.0%}, exact day {base_exact})")
    print("confidence   answers   within 3 days  right year")
    for lo, hi in BANDS:
        band = [r for r in rows if r[2] is not None and lo <= r[3] < hi]
        w = sum(within(t, a) for _, t, a, _, _, _ in band)
        y = sum(a.year == t.year for _, t, a, _, _, _ in band)
        if band:
            print(f"{lo:.1f}–{min(hi, 1.0):.1f}   {len(band):8}   {w:5} ({w / len(band):4.0%})  {y:5} ({y / len(band):4.0%})")
    if show_misses:
        for doc, t, a, c, b, ev in rows:
            if not within(t, a):
                print(f"{doc}: true {t} got {a} conf {c:.2f} baseline {b}")
                for e in ev[:8]:
                    print("     ", e)


if __name__ == "__main__":
    main()
