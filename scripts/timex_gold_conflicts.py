#!/usr/bin/env python3
"""How many of the tagger's value errors are conventions the gold itself uses elsewhere.

For every VALUE error in a `score.py --errors N` report, the system value is put relative to the
document's creation time (`D-1`: the day before, `W-1`: the week before, `Q-5`, `Y-1`, `PAST_REF`…)
and looked up among every gold TIMEX3 with the same lower-cased text: when the gold writes that
text with that relative value somewhere else, no context-free rule can satisfy both annotations.

    python3 ../shared/bench/timex/score.py ../shared/tempeval/TBAQ-cleaned /tmp/tbaq.out \
        --errors 100000 > /tmp/score.txt
    python3 scripts/timex_gold_conflicts.py ../shared/tempeval/TBAQ-cleaned /tmp/score.txt [-v]
"""
import collections
import datetime
import os
import re
import sys

SCORER_DIR = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "bench", "timex")
sys.path.insert(0, SCORER_DIR)
import score  # noqa: E402  (the shared scorer reads the gold)

ERROR_LINE = re.compile(
    r"\s+VALUE\s+(\S+)\s+'(.*)'\[(\d+):(\d+)\] \S+ (\S+)\s+\|\s+'(.*)'\[(\d+):(\d+)\] \S+ (\S+)"
)


def relative(value, dct):
    """A TIMEX3 value relative to the creation date: `D-2`, `W-1`, `M+0`, `Q-4`, `Y-1`."""
    d0 = datetime.date.fromisoformat(dct[:10])
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(.*)", value):
        try:
            day = datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return value
        return f"D{(day - d0).days:+d}" + re.sub(r"\d", "9", m[4])
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(.*)", value):
        year0, week0, _ = d0.isocalendar()
        return f"W{(int(m[1]) - year0) * 52 + int(m[2]) - week0:+d}{m[3]}"
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        return f"M{(int(m[1]) - d0.year) * 12 + int(m[2]) - d0.month:+d}"
    if m := re.fullmatch(r"(\d{4})-Q(\d)", value):
        return f"Q{(int(m[1]) - d0.year) * 4 + int(m[2]) - (d0.month + 2) // 3:+d}"
    if m := re.fullmatch(r"(\d{4})(.*)", value):
        return f"Y{int(m[1]) - d0.year:+d}" + re.sub(r"\d", "9", m[2])
    return re.sub(r"\d", "9", value)


def main():
    gold_dir, report = sys.argv[1], sys.argv[2]
    verbose = "-v" in sys.argv[3:]
    gold = score.load_gold(gold_dir, None)
    by_text = collections.defaultdict(collections.Counter)
    for doc in gold.values():
        for t in doc.timexes:
            by_text[doc.text[t["start"]:t["end"]].lower()][relative(t["value"], doc.dct)] += 1
    errors = conflicts = 0
    kinds = collections.Counter()
    for line in open(report, encoding="utf-8"):
        m = ERROR_LINE.match(line)
        if not m:
            continue
        doc, gold_text, gold_value, system_value = m[1], m[2], m[5], m[9]
        errors += 1
        dct = gold[doc].dct
        ours = relative(system_value, dct)
        if by_text.get(gold_text.lower(), {}).get(ours, 0):
            conflicts += 1
            kinds[(gold_text.lower(), ours, relative(gold_value, dct))] += 1
            if verbose:
                print(line.rstrip())
    print(f"value errors: {errors}; the gold writes the same text our way elsewhere: {conflicts}")
    text = open(report, encoding="utf-8").read()
    counts = re.search(r"gold_timexes=(\d+) system_timexes=(\d+)", text)
    relaxed = re.search(r"^relaxed .*\((\d+)\)", text, re.M)
    accuracy = re.search(r"^value accuracy ([\d.]+)", text, re.M)
    if counts and relaxed and accuracy:
        n_gold, n_system = int(counts[1]), int(counts[2])
        value_ok = round(float(accuracy[1]) * int(relaxed[1]))
        best = value_ok + errors - conflicts
        print(f"value F1 now {2 * value_ok / (n_gold + n_system):.3f}; with every other value error "
              f"fixed and nothing else changed {2 * best / (n_gold + n_system):.3f}")
    for (text, ours, theirs), count in kinds.most_common(15):
        print(f"{count:3}  {text!r}: ours {ours}, here {theirs}")


if __name__ == "__main__":
    main()
