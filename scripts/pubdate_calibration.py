#!/usr/bin/env python3
"""Publication-date confidence against truth on a gold corpus laid out like ../shared/news-dev
(articles/index.jsonl + articles/*.txt): each text is extracted undated, and the inferred dates
are grouped by confidence band with the share within +-3 days and with the right year.

Usage: python3 scripts/pubdate_calibration.py [CORPUS_DIR] [--exe target/release/dateline]
"""
import datetime as dt
import json
import os
import subprocess
import sys

BANDS = [(0.0, 0.2), (0.2, 0.5), (0.5, 0.8), (0.8, 1.01)]


def main():
    argv = sys.argv[1:]
    exe = "target/release/dateline"
    if "--exe" in argv:
        i = argv.index("--exe")
        exe = argv[i + 1]
        del argv[i:i + 2]
    corpus = argv[0] if argv else "../shared/news-dev"
    index = [json.loads(l) for l in open(os.path.join(corpus, "articles", "index.jsonl")) if l.strip()]
    truth = {a["file"]: a["published"] for a in index if len(a["published"]) == 10}
    paths = [os.path.join(corpus, "articles", f) for f in truth]
    out = subprocess.run([exe, "extract", "--format", "json", *paths], capture_output=True, text=True, timeout=300)
    doc = json.loads(out.stdout)
    rows = []
    for a in doc["articles"]:
        name = os.path.basename(a["path"])
        if name not in truth:
            continue
        want = dt.date.fromisoformat(truth[name])
        got = a.get("published")
        if not got:
            rows.append((None, False, False))
            continue
        got = dt.date.fromisoformat(got[:10])
        rows.append((a.get("published_confidence", 0.0), abs((got - want).days) <= 3, got.year == want.year))
    print(f"{'confidence':<12}{'answers':>8}{'within 3 days':>16}{'right year':>12}")
    for lo, hi in BANDS:
        band = [r for r in rows if r[0] is not None and lo <= r[0] < hi]
        if band:
            near = sum(r[1] for r in band)
            year = sum(r[2] for r in band)
            print(f"{lo:.1f}–{min(hi, 1.0):.1f}{len(band):>11}{near:>9} ({near / len(band):4.0%}){year:>6} ({year / len(band):4.0%})")
        else:
            print(f"{lo:.1f}–{min(hi, 1.0):.1f}{0:>11}")
    none = sum(1 for r in rows if r[0] is None)
    print(f"{'no answer':<12}{none:>8}")
    answered = [r for r in rows if r[0] is not None]
    print(f"all: {sum(r[1] for r in rows)}/{len(rows)} within 3 days; year wrong in "
          f"{sum(not r[2] for r in answered)}/{len(rows)}")


if __name__ == "__main__":
    main()
