#!/usr/bin/env python3
"""A corpus of about 1,000 real-sized news articles for timing `dateline extract`: the 60
news-dev texts, each copied COPIES times with a line that makes every copy a distinct article
(the loader drops exact duplicates). With --dated each copy gets its publication date as front
matter; without it, every date is inferred.

    python3 scripts/news_dev_corpus.py OUT_DIR [--copies 17] [--dated]
    /usr/bin/time -f "%e s %M KB" target/release/dateline extract --format json OUT_DIR > /dev/null
"""
import json
import os
import sys


def main():
    argv = sys.argv[1:]
    copies = 17
    if "--copies" in argv:
        i = argv.index("--copies")
        copies = int(argv[i + 1])
        del argv[i:i + 2]
    dated = "--dated" in argv
    out = [a for a in argv if not a.startswith("--")][0]
    corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "news-dev", "articles")
    index = [json.loads(l) for l in open(os.path.join(corpus, "index.jsonl"), encoding="utf-8") if l.strip()]
    os.makedirs(out, exist_ok=True)
    for copy in range(copies):
        for a in index:
            text = open(os.path.join(corpus, a["file"]), encoding="utf-8").read()
            text += f"\nReference {copy}-{a['file']}.\n"
            stem = f"{copy:02}_{a['file'].rsplit('.', 1)[0]}"
            if dated:
                header = f"---\ndate: {a['published']}\nsource: {json.dumps(a['outlet'])}\n---\n"
                path = os.path.join(out, stem + ".md")
                text = header + text
            else:
                path = os.path.join(out, stem + ".txt")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)


if __name__ == "__main__":
    main()
