#!/usr/bin/env python3
"""Does a quote keep its date when its article is extracted with others?

Generates N Markdown articles (front matter with a publication date) in which several outlets
tell the same happenings with dates of every precision, runs `dateline extract` on each file
alone and on all of them at once, and counts the quotes whose event has another date in the
batch than alone (issue 17: "2,668 of 3,522 quotes got another date").

    python3 scripts/batch_vs_alone.py [--exe target/release/dateline] [--articles 150]
"""

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HAPPENINGS = [
    "Islamic State fighters captured the city of Mosul",
    "Iraqi troops broke the siege of Amerli",
    "The United States sent 600 more troops to Iraq",
    "Kurdish forces retook the Mosul Dam",
    "The parliament approved a new prime minister",
    "Protesters marched through the capital",
    "The central bank raised interest rates",
    "Floods closed schools across the northern provinces",
]

WHEN = [
    "in 2016",
    "in January 2016",
    "on January 20, 2016",
    "on May 5, 2016",
    "in May 2016",
    "on Tuesday",
    "last week",
    "on March 3",
    "yesterday",
]

SAYS = ["officials said", "a spokesman said", "witnesses told reporters", "the ministry said"]


def article(rng: random.Random, number: int) -> str:
    published = f"2016-{rng.randint(6, 11):02d}-{rng.randint(1, 28):02d}"
    sentences = [
        f"{rng.choice(HAPPENINGS)} {rng.choice(WHEN)}, {rng.choice(SAYS)}."
        for _ in range(rng.randint(2, 6))
    ]
    return (
        f"---\ntitle: Report {number}\nsource: Outlet {number % 20}\ndate: {published}\n---\n\n"
        + "\n\n".join(sentences)
        + "\n"
    )


def quote_dates(exe: str, paths: list[Path]) -> dict[tuple[str, int, int], list[str]]:
    out = subprocess.run(
        [exe, "extract", "--format", "json", *map(str, paths)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    document = json.loads(out)
    path_of = {a["id"]: a["path"] for a in document["articles"]}
    dates: dict[tuple[str, int, int], list[str]] = {}
    for event in document["events"]:
        for evidence in event["evidence"]:
            key = (path_of.get(evidence["article"], "?"), evidence["start"], evidence["end"])
            dates.setdefault(key, []).append(f"{event['start_value']}/{event['end_value']}")
    return {k: sorted(v) for k, v in dates.items()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--exe", default="target/release/dateline")
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number in range(args.articles):
            path = Path(folder) / f"report{number:03d}.md"
            path.write_text(article(rng, number))
            paths.append(path)
        alone: dict[tuple[str, int, int], list[str]] = {}
        for path in paths:
            alone.update(quote_dates(args.exe, [path]))
        together = quote_dates(args.exe, paths)
    moved = [k for k in alone if together.get(k) != alone[k]]
    print(f"{len(moved)} of {len(alone)} quotes got another date in one batch than alone")
    for key in moved[:5]:
        print(f"  {key}: alone {alone[key]}, in the batch {together.get(key)}")
    return 1 if moved else 0


if __name__ == "__main__":
    sys.exit(main())
