#!/usr/bin/env python3
"""The hostile-input corpus: generates every broken, hostile or unusual input we know of, runs
`dateline` on each beside a good article, and checks that each case ends within its time limit
with a per-file error or correct output, without a crash, and with the good article's event in
the output. Small on disk: the cases are generated in a temporary folder.

    python3 scripts/hostile_corpus.py [--exe target/release/dateline] [--only NAME] [--list]

Exit status 0 when every case passes; each case prints its name, time and peak memory.
"""

import argparse
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import xml.dom.minidom

# Seconds a case may take before it counts as a hang.
CASE_TIME_LIMIT_S = 60
# The good article loaded beside every hostile input, and the words its event must quote.
GOOD_TEXT = "On July 14, 2019, firefighters rescued 12 miners near Copiapo, Chile.\n"
GOOD_QUOTE = "firefighters rescued 12 miners"

CASES = []


def case(name):
    def register(function):
        CASES.append((name, function))
        return function

    return register


class Failure(Exception):
    pass


def run(exe, args, stdin=None, timeout=CASE_TIME_LIMIT_S, cwd=None):
    """Runs dateline; returns (exit code, stdout bytes, stderr text). A signal is a failure."""
    started = time.monotonic()
    try:
        done = subprocess.run(
            [exe] + args, input=stdin, capture_output=True, timeout=timeout, cwd=cwd
        )
    except subprocess.TimeoutExpired:
        raise Failure(f"did not end within {timeout} s: dateline {' '.join(args)[:200]}")
    if done.returncode < 0:
        raise Failure(f"killed by signal {-done.returncode}: {done.stderr.decode(errors='replace')[-500:]}")
    if b"panicked" in done.stderr:
        raise Failure(f"panicked: {done.stderr.decode(errors='replace')[-500:]}")
    run.seconds = time.monotonic() - started
    return done.returncode, done.stdout, done.stderr.decode(errors="replace")


def extract(exe, paths, fmt="json", extra=()):
    code, out, err = run(exe, ["extract", "--format", fmt, *extra, *map(str, paths)])
    if code not in (0, 1):
        raise Failure(f"exit code {code}: {err[-500:]}")
    return out, err


def good_events_present(out):
    document = json.loads(out)
    quotes = [e["quote"] for ev in document["events"] for e in ev["evidence"]]
    if not any(GOOD_QUOTE in q for q in quotes):
        raise Failure("the good article's event is missing from the output")
    return document


def write(path, content, mode="w"):
    with open(path, mode) as handle:
        handle.write(content)
    return path


def with_good(exe, tmp, *hostile, extra=()):
    good = write(os.path.join(tmp, "good.txt"), GOOD_TEXT)
    out, err = extract(exe, [*hostile, good], extra=extra)
    return good_events_present(out), err


def expect_error_naming(err, path, words):
    name = os.path.basename(path)
    if name not in err or not all(w in err for w in words):
        raise Failure(f"expected an error naming {name} with {words}; got: {err[-400:]}")


# ---- defects reported by the hostile-input review ----

@case("html_unclosed_nesting")
def _(exe, tmp):
    page = write(f"{tmp}/nu.html", "<html><body>" + "<div><p>On March 3, 2015, x." * 20000)
    with_good(exe, tmp, page)


@case("html_closed_nesting")
def _(exe, tmp):
    page = write(f"{tmp}/nc.html", "<html><body>" + "<div>" * 100000 + "On March 3, 2015, x." + "</div>" * 100000)
    document, _ = with_good(exe, tmp, page)
    from_page = [ev for ev in document["events"] if "x." in ev["title"] or "x." in ev["evidence"][0]["quote"]]
    if len(from_page) > 1:
        raise Failure(f"the page's one sentence became {len(from_page)} events")


@case("run_on_sentence_128k")
def _(exe, tmp):
    import random

    rng = random.Random(1)
    words = ["troops", "city", "the", "entered", "forces", "Mosul", "said", "and", "on", "March", "3,", "2015"]
    text = " ".join(rng.choice(words) for _ in range(30000))[:131072] + ".\n"
    document, _ = with_good(exe, tmp, write(f"{tmp}/s.txt", text))
    longest = max(len(e["quote"]) for ev in document["events"] for e in ev["evidence"])
    if longest > 2000:
        raise Failure(f"a quote of {longest} characters: a quote is a clause or a window")


@case("article_4mb")
def _(exe, tmp):
    paragraph = "On March 3, 2015, Iraqi forces entered Tikrit, officials said. " * 8 + "\n\n"
    write(f"{tmp}/big.txt", paragraph * (4 * 1024 * 1024 // len(paragraph)))
    # 64,000 dates: past the per-article limit, which the load reports.
    _, err = with_good(exe, tmp, f"{tmp}/big.txt")
    expect_error_naming(err, "big.txt", ["time expressions", "limit"])


@case("ten_thousand_dates_in_one_sentence")
def _(exe, tmp):
    text = "The dates were " + ", ".join(f"March {1 + i % 28}, {1990 + i % 30}" for i in range(10000)) + ".\n"
    with_good(exe, tmp, write(f"{tmp}/dates.txt", text))


@case("symlink_loop")
def _(exe, tmp):
    folder = os.path.join(tmp, "loop")
    os.mkdir(folder)
    write(f"{folder}/a.txt", "On March 3, 2015, troops entered the city.\n")
    os.symlink(".", f"{folder}/self")
    os.symlink("..", f"{folder}/parent")
    with_good(exe, tmp, folder)


@case("fifo_alone_and_in_a_folder")
def _(exe, tmp):
    os.mkfifo(f"{tmp}/p.txt")
    folder = os.path.join(tmp, "withfifo")
    os.mkdir(folder)
    os.mkfifo(f"{folder}/q.txt")
    _, err = with_good(exe, tmp, f"{tmp}/p.txt", folder)
    expect_error_naming(err, "p.txt", ["not a regular file"])
    expect_error_naming(err, "q.txt", ["not a regular file"])


@case("device_linked_as_article")
def _(exe, tmp):
    os.symlink("/dev/zero", f"{tmp}/z.txt")
    os.symlink("/dev/zero", f"{tmp}/z.json")
    _, err = with_good(exe, tmp, f"{tmp}/z.txt", f"{tmp}/z.json")
    expect_error_naming(err, "z.txt", ["device", "not a regular file"])
    expect_error_naming(err, "z.json", ["device", "not a regular file"])


@case("control_characters_render")
def _(exe, tmp):
    text = "Filler sentence.\n" * 600 + "On July 4, 2016, the \x01 attack happened in Mosul.\n"
    hostile = write(f"{tmp}/c.txt", text)
    good = write(f"{tmp}/good.txt", GOOD_TEXT)
    for out in ("x.png", "x.svg"):
        code, _, err = run(exe, ["render", hostile, good, "--out", f"{tmp}/{out}"])
        if code != 0:
            raise Failure(f"render {out} failed: {err[-300:]}")
    xml.dom.minidom.parse(f"{tmp}/x.svg")
    code, _, err = run(exe, ["render", good, "--title", "a\x01b", "--out", f"{tmp}/t.svg"])
    if code != 0:
        raise Failure(f"render with a control character in --title failed: {err[-300:]}")
    xml.dom.minidom.parse(f"{tmp}/t.svg")
    code, _, err = run(exe, ["render", good, "--title", "a\x01b", "--out", f"{tmp}/t.png"])
    if code != 0:
        raise Failure(f"PNG with a control character in --title failed: {err[-300:]}")


@case("timelinejs_xss")
def _(exe, tmp):
    page = write(
        f"{tmp}/i.md",
        "---\ntitle: T\ndate: 2016-10-27\noutlet: <img src=x onerror=alert(3)>\nurl: javascript:alert(4)\n---\n"
        "On October 20, 2016, fighters attacked Mosul.\n",
    )
    out, _ = extract(exe, [page], fmt="timelinejs")
    text = out.decode()
    if "<img" in text or "javascript:" in text:
        raise Failure("unescaped markup or a javascript: link in the TimelineJS export")


@case("csv_formula_injection")
def _(exe, tmp):
    hostile = write(f"{tmp}/j.txt", '=HYPERLINK("http://x") on October 20, 2016, fighters attacked Mosul.\n')
    out, _ = extract(exe, [hostile], fmt="csv")
    for line in out.decode().splitlines()[1:]:
        for cell in line.split(","):
            if cell.lstrip('"')[:1] in ("=", "+", "@"):
                raise Failure(f"a formula cell: {cell}")


@case("planted_temporary_links")
def _(exe, tmp):
    victim = write(f"{tmp}/victim.txt", "precious")
    good = write(f"{tmp}/good.txt", GOOD_TEXT)
    # The old temporary name was `.NAME.PID.tmp`: plant links for the next few hundred PIDs.
    try:
        pid = int(open("/proc/sys/kernel/ns_last_pid").read()) + 1
    except OSError:
        pid = os.getpid()
    for n in range(pid, pid + 300):
        os.symlink("victim.txt", f"{tmp}/.out.svg.{n}.tmp")
    code, _, err = run(exe, ["render", "good.txt", "--out", "out.svg"], cwd=tmp)
    if code != 0:
        raise Failure(f"render failed: {err[-300:]}")
    if open(victim).read() != "precious":
        raise Failure("the export followed a planted link and overwrote another file")


@case("tag_jsonl_bad_line")
def _(exe, tmp):
    lines = (
        b'{"doc":"a","dct":"2015-03-05","text":"On March 3"}\n'
        b'{"doc":"x","dct":"2015-03-05","text":"caf\xe9"}\n'
        b'{"doc":"b","dct":"2015-03-05","text":"On May 1"}\n'
    )
    code, out, err = run(exe, ["tag", "--jsonl"], stdin=lines)
    docs = [json.loads(line)["doc"] for line in out.decode().splitlines()]
    if docs != ["a", "b"] or "stdin:2" not in err:
        raise Failure(f"expected docs a and b and an error for line 2; got {docs}, {err[-200:]}")


@case("impossible_dates")
def _(exe, tmp):
    hostile = write(f"{tmp}/bd.txt", "On February 30, 2015, a thing happened. On April 31, 2014, another thing.\n")
    document, _ = with_good(exe, tmp, hostile)
    for event in document["events"]:
        if any("thing" in e["quote"] for e in event["evidence"]):
            raise Failure(f"an impossible date became an event: {event['start']} {event['title']}")


@case("utf8_with_one_bad_byte")
def _(exe, tmp):
    hostile = write(f"{tmp}/u.txt", b"On March 3, 2015, caf\xc3\xa9 owners \xff protested.\n", "wb")
    document, err = with_good(exe, tmp, hostile)
    quotes = " ".join(e["quote"] for ev in document["events"] for e in ev["evidence"])
    if "Ã©" in quotes or "café" not in quotes:
        raise Failure(f"UTF-8 re-decoded as Windows-1252: {quotes[:200]}")
    expect_error_naming(err, "u.txt", ["UTF-8"])


@case("negative_year_bounds")
def _(exe, tmp):
    good = write(f"{tmp}/good.txt", GOOD_TEXT)
    code, _, err = run(exe, ["render", good, "--from", "-5000", "--to", "2020", "--out", f"{tmp}/x.svg"])
    if code != 0:
        raise Failure(f"--from -5000 rejected: {err[-300:]}")


# ---- inputs that were already handled: keep them so ----

@case("encodings_and_line_ends")
def _(exe, tmp):
    text = "On March 3, 2015, café owners protested in Mosul.\n"
    files = {
        "bom.txt": b"\xef\xbb\xbf" + text.encode(),
        "utf16le.txt": b"\xff\xfe" + text.encode("utf-16-le"),
        "utf16be.txt": b"\xfe\xff" + text.encode("utf-16-be"),
        "cp1252.txt": text.encode("cp1252"),
        "crlf.txt": text.replace("\n", "\r\n").encode(),
        "cr.txt": text.replace("\n", "\r").encode(),
    }
    paths = [write(f"{tmp}/{name}", content, "wb") for name, content in files.items()]
    document, _ = with_good(exe, tmp, *paths)
    if len(document["articles"]) < 2:
        raise Failure("the re-encoded articles did not load")


@case("empty_binary_and_renamed_files")
def _(exe, tmp):
    paths = [
        write(f"{tmp}/empty.txt", ""),
        write(f"{tmp}/blank.md", " \n\t\n"),
        write(f"{tmp}/image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "wb"),
        write(f"{tmp}/noise.json", bytes((i * 7919) % 255 + 1 for i in range(5000)), "wb"),
    ]
    _, err = with_good(exe, tmp, *paths)
    expect_error_naming(err, "empty.txt", ["empty"])
    expect_error_naming(err, "image.txt", ["binary"])


@case("broken_json_and_front_matter")
def _(exe, tmp):
    paths = [
        write(f"{tmp}/broken.json", '{"title": "x", "text": "On March 3, 2015'),
        write(f"{tmp}/deep.json", "[" * 100000 + "]" * 100000),
        write(f"{tmp}/lines.jsonl", '{"text": "On March 3, 2015, a."}\nnot json\n{"text": 5}\n'),
        write(f"{tmp}/fm.md", "---\ntitle: [unclosed\ndate: 2015-03-05\n---\nOn March 3, 2015, troops moved.\n"),
        write(f"{tmp}/absurd.md", "---\ndate: 99999-99-99\n---\nOn March 3, 2015, troops moved.\n"),
    ]
    _, err = with_good(exe, tmp, *paths)
    expect_error_naming(err, "broken.json", ["JSON"])


@case("html_entities_and_remote_references")
def _(exe, tmp):
    page = write(
        f"{tmp}/xxe.html",
        '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<html><head><link rel="stylesheet" href="http://198.51.100.1/x.css"></head>'
        "<body><p>On March 3, 2015, troops entered Tikrit. &b;&b;&b;</p>"
        '<img src="http://198.51.100.1/x.png"></body></html>',
    )
    with_good(exe, tmp, page)


@case("odd_file_names")
def _(exe, tmp):
    text = "On March 3, 2015, troops entered Tikrit.\n"
    paths = [write(os.path.join(tmp, name), text) for name in ["with space.txt", "ünïcödé.txt", "-dash.txt"]]
    with_good(exe, tmp, *[os.path.join(".", p) for p in paths])


@case("many_tiny_files")
def _(exe, tmp):
    folder = os.path.join(tmp, "tiny")
    os.mkdir(folder)
    for i in range(5000):
        write(f"{folder}/{i:05}.txt", f"On March {1 + i % 28}, 2015, unit {i} moved.\n")
    document, _ = with_good(exe, tmp, folder)
    if len(document["articles"]) != 5001:
        raise Failure(f"{len(document['articles'])} of 5,001 articles loaded")


@case("read_only_and_full_outputs")
def _(exe, tmp):
    good = write(f"{tmp}/good.txt", GOOD_TEXT)
    locked = os.path.join(tmp, "locked")
    os.mkdir(locked)
    os.chmod(locked, 0o555)
    for out in (f"{locked}/x.svg", "/dev/full"):
        code, _, err = run(exe, ["render", good, "--out", out])
        if code == 0 and os.geteuid() != 0:
            raise Failure(f"writing {out} reported success")
    code, _, err = run(exe, ["render", good, "--out", "/nonexistent-folder/x.svg"])
    if code == 0 or "nonexistent-folder" not in err:
        raise Failure(f"an unwritable output is not named: {err[-200:]}")


@case("kill_during_export_and_two_writers")
def _(exe, tmp):
    good = write(f"{tmp}/good.txt", GOOD_TEXT * 3)
    out = f"{tmp}/x.svg"
    code, _, err = run(exe, ["render", good, "--out", out])
    original = open(out, "rb").read()
    for attempt in range(20):
        process = subprocess.Popen([exe, "render", good, "--title", f"run {attempt}", "--out", out],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.01 * (attempt % 10))
        process.send_signal(signal.SIGKILL)
        process.wait()
        content = open(out, "rb").read()
        xml.dom.minidom.parseString(content)
    writers = [subprocess.Popen([exe, "render", good, "--title", f"writer {n}", "--out", out],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for n in range(2)]
    for writer in writers:
        writer.wait(timeout=CASE_TIME_LIMIT_S)
    content = open(out, "rb").read().decode()
    xml.dom.minidom.parseString(content)
    if "writer 0" not in content and "writer 1" not in content:
        raise Failure("neither writer's file is there")
    if not original.startswith(b"<"):
        raise Failure("the first render wrote no SVG")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", default="target/release/dateline")
    parser.add_argument("--only", help="run the cases whose name contains this")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    if args.list:
        print("\n".join(name for name, _ in CASES))
        return 0
    exe = os.path.abspath(args.exe)
    failed = []
    for name, function in CASES:
        if args.only and args.only not in name:
            continue
        tmp = tempfile.mkdtemp(prefix=f"hostile-{name}-")
        started = time.monotonic()
        try:
            function(exe, tmp)
            verdict = "ok"
        except Failure as failure:
            verdict = f"FAILED: {failure}"
            failed.append(name)
        except Exception as error:  # a broken case is a failure too, never a pass
            verdict = f"FAILED (case error): {error!r}"
            failed.append(name)
        finally:
            for root, dirs, _ in os.walk(tmp):
                for d in dirs:
                    try:
                        os.chmod(os.path.join(root, d), 0o755)
                    except OSError:
                        pass
            shutil.rmtree(tmp, ignore_errors=True)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"{name:40} {time.monotonic() - started:6.1f} s  (largest child so far {peak_mb:5.0f} MB)  {verdict}")
    print(f"{len(failed)} of {sum(1 for n, _ in CASES if not args.only or args.only in n)} cases failed"
          + (f": {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
