#!/usr/bin/env bash
# Measures HTML main-text extraction on the ScrapingHub article extraction benchmark (181 real
# news/article pages with ground truth), with the benchmark's own scorer (shingle F1).
#   bash scripts/html_benchmark.sh /path/to/article-extraction-benchmark
# The benchmark is not shipped with Dateline; give the path of a local copy of its repository.
set -euo pipefail
bench=${1:?usage: html_benchmark.sh BENCHMARK_REPO}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/html" "$work/output"
for gz in "$bench"/html/*.html.gz; do
  gunzip -c "$gz" > "$work/html/$(basename "$gz" .gz)"
done
cd "$(dirname "$0")/.."
cargo run --quiet --release --no-default-features --example html_main_text -- "$work/html" > "$work/output/dateline.json"
cp "$bench/ground-truth.json" "$bench/evaluate.py" "$work/"
cd "$work" && python3 evaluate.py --n-bootstrap 200
