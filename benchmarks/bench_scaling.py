"""Benchmark of extraction cost against report length, and of memory against input size.

Length scaling: the same synthetic text (``bench_batch.make_report``: 2-4 KB reports written
from templates, nothing taken from real reports) is extracted once as ``--reports`` separate
reports of about 2 KB and once joined into one report of about 2 MB, side by side in the same
process, and the cost per KB of each is compared (issue 17: the 2 MB report within 3x the
per-KB cost of the 2 KB ones). Each stage's share is shown (mention finding, resolution,
unknown names, facts), so a stage that grows faster than the text stands out.

Memory: peak RSS of ``strikemap extract`` on a CSV event table of ``--rows`` rows and of ten
times as many (a flat reading keeps the two close), and of reading alone.

Run ``python benchmarks/bench_scaling.py [--reports 1000] [--rows 20000]`` and paste the
tables it prints into ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_batch import make_report  # noqa: E402

from geo.places.gazetteer import load_gazetteer  # noqa: E402
from geo.places.resolve import resolve_mentions  # noqa: E402
from geo.records import Report  # noqa: E402
from geo.understand.facts import extract_facts  # noqa: E402
from geo.understand.mentions import find_mentions, find_unknown_names  # noqa: E402

STAGES = ("mentions", "resolve", "unknown names", "facts", "unknown names, bisected")


def texts(n: int, size: int = 2048, seed: int = 11, dense: bool = False) -> list[str]:
    """``n`` synthetic reports cut to about ``size`` characters at a sentence end; with
    ``dense``, the example report ``kyiv_night.txt`` (17 places in 2 KB) numbered ``n``
    times instead."""
    if dense:
        base = (ROOT / "examples" / "kyiv_night.txt").read_text(encoding="utf-8")
        return [f"{base}\nReport {i}." for i in range(n)]
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text = make_report(rng, i)["text"][: size + 200]
        out.append(text[: text.rfind(".", 0, size) + 1] or text[:size])
    return out


def unknown_names_bisect(text: str, mentions: list, gaz) -> list:
    """:func:`geo.understand.mentions.find_unknown_names` with its overlap test done by bisection
    over
    the sorted mention spans instead of a scan of all of them (a proposal for
    ``geo/understand/mentions.py``: the scan makes that stage grow with the square of the
    length)."""
    import bisect
    import re

    from geo.records import Span
    from geo.understand import mentions as extract

    covered = sorted((m.span.start, m.span.end) for m in mentions)
    starts = [s for s, _ in covered]
    reach, furthest = [], -1  # furthest end among the spans up to each index
    for _, e in covered:
        furthest = max(furthest, e)
        reach.append(furthest)
    out = []
    for m in extract._UNKNOWN_RE.finditer(text):
        start, end = m.span("name")
        i = bisect.bisect_left(starts, end)  # spans that start before this name ends
        if i and reach[i - 1] > start:
            continue
        words = [re.sub(r"['’]s$", "", w) for w in m.group("name").split()]
        key = extract.norm_key(m.group("name"))
        first = extract.norm_key(words[0]).split(" ")[0]
        if first in extract._NOT_NAMES or gaz.flag(key) or gaz.flag(first) or len(first) < 3:
            continue
        out.append(Span(m.group("name"), start, end))
    return out


def stage_times(text: str, gaz) -> dict[str, float]:
    """Processor seconds of each extraction stage on one report (so that a busy machine
    does not skew the comparison)."""
    report = Report("r", text)
    t0 = time.process_time()
    mentions = find_mentions(text, gaz)
    t1 = time.process_time()
    resolve_mentions(report, mentions, gaz)
    t2 = time.process_time()
    found = find_unknown_names(text, mentions, gaz)
    t3 = time.process_time()
    extract_facts(text)
    t4 = time.process_time()
    same = unknown_names_bisect(text, mentions, gaz)
    t5 = time.process_time()
    assert same == found, "the proposed unknown-name stage must give the same spans"
    times = (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)
    return dict(zip(STAGES, times, strict=True))


def length_scaling(n: int, rounds: int, dense: bool = False) -> list[str]:
    """Markdown rows: per-KB cost of n small reports against the same text as one report."""
    gaz = load_gazetteer()
    small = texts(n, dense=dense)
    big = "\n\n".join(small)
    stage_times(small[0], gaz)  # warm the caches both sides share
    kb_small = sum(len(t.encode("utf-8")) for t in small) / 1024
    kb_big = len(big.encode("utf-8")) / 1024
    per_small, per_big = [], []
    for _ in range(rounds):  # small and big in turn, so drift hits both alike
        totals = dict.fromkeys(STAGES, 0.0)
        for text in small:
            for k, v in stage_times(text, gaz).items():
                totals[k] += v
        per_small.append({k: v / kb_small * 1000 for k, v in totals.items()})
        per_big.append({k: v / kb_big * 1000 for k, v in stage_times(big, gaz).items()})
    med_small = {k: statistics.median(r[k] for r in per_small) for k in STAGES}
    med_big = {k: statistics.median(r[k] for r in per_big) for k in STAGES}
    rows = [
        f"| stage | ms/KB, {n} reports of {kb_small / n:.1f} KB "
        f"| ms/KB, one report of {kb_big:,.0f} KB | ratio |",
        "| --- | ---: | ---: | ---: |",
    ]
    for k in STAGES:
        ratio = med_big[k] / med_small[k] if med_small[k] else float("nan")
        rows.append(f"| {k} | {med_small[k]:.3f} | {med_big[k]:.3f} | {ratio:.2f}x |")
    for label, skip in (("all", STAGES[4]), ("all, unknown names bisected", STAGES[2])):
        small_sum = sum(v for k, v in med_small.items() if k != skip)
        big_sum = sum(v for k, v in med_big.items() if k != skip)
        rows.append(
            f"| **{label}** | {small_sum:.3f} | {big_sum:.3f} | {big_sum / small_sum:.2f}x |"
        )
    return rows


def write_pair(folder: Path, n: int, dense: bool) -> None:
    """The same text as ``n`` reports (small.jsonl) and as one report (big.jsonl), for a
    whole-process comparison of ``strikemap extract`` on each."""
    import json

    folder.mkdir(parents=True, exist_ok=True)
    small = texts(n, dense=dense)
    with (folder / "small.jsonl").open("w", encoding="utf-8") as fh:
        for i, text in enumerate(small):
            fh.write(json.dumps({"id": f"s{i}", "text": text}, ensure_ascii=False) + "\n")
    big = {"id": "big", "text": "\n\n".join(small)}
    (folder / "big.jsonl").write_text(json.dumps(big, ensure_ascii=False) + "\n", encoding="utf-8")


def write_events(path: Path, rows: int) -> None:
    """A CSV event table of ``rows`` rows (coordinates and place text, as ACLED)."""
    rng = random.Random(3)
    towns = ["Kharkiv", "Sumy", "Odesa", "Kherson", "Dnipro", "Zaporizhzhia", "Izium"]
    with path.open("w", encoding="utf-8") as fh:
        fh.write("event_date,admin1,location,latitude,longitude,fatalities,notes\n")
        for i in range(rows):
            town = rng.choice(towns)
            lat, lon = 46 + rng.random() * 5, 30 + rng.random() * 7
            fh.write(
                f"2024-{1 + i % 12:02d}-{1 + i % 28:02d},,{town},{lat:.4f},{lon:.4f},"
                f"{rng.randint(0, 5)},Shelling reported near {town} (row {i}).\n"
            )


def peak_mb(cmd: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of ``cmd`` in a fresh process."""
    code = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, "
        "stderr=subprocess.DEVNULL); "
        "print(time.perf_counter() - t, "
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *cmd], check=True, capture_output=True, text=True
    ).stdout.split()
    return float(out[0]), float(out[1])


def memory(rows: int) -> list[str]:
    """Markdown rows: peak memory of reading and extracting n and 10n event rows."""
    strikemap = [sys.executable, "-m", "geo"]
    read = [
        sys.executable,
        "-c",
        "import sys; from geo.read.reports import iter_inputs; "
        "print(sum(1 for _ in iter_inputs([sys.argv[1]])))",
    ]
    out = [
        "| input | read only: s, peak MB | strikemap extract: s, peak MB |",
        "| --- | ---: | ---: |",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for n in (rows, 10 * rows):
            path = Path(tmp) / f"events{n}.csv"
            write_events(path, n)
            rs, rm = peak_mb([*read, str(path)])
            es, em = peak_mb([*strikemap, "extract", str(path), "-o", str(Path(tmp) / "o.jsonl")])
            out.append(f"| {n:,} event rows | {rs:.1f} s, {rm:.0f} MB | {es:.1f} s, {em:.0f} MB |")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reports", type=int, default=1000, help="2 KB reports (and KB joined)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds of the length comparison")
    ap.add_argument("--rows", type=int, default=20000, help="event rows (and ten times as many)")
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument(
        "--dense", action="store_true", help="the example report numbered, not synthetic text"
    )
    ap.add_argument(
        "--write",
        metavar="DIR",
        help="write DIR/small.jsonl and DIR/big.jsonl (same text) and stop",
    )
    args = ap.parse_args()
    if args.write:
        write_pair(Path(args.write), args.reports, args.dense)
        return
    print("\n".join(length_scaling(args.reports, args.rounds, args.dense)))
    if not args.skip_memory:
        print()
        print("\n".join(memory(args.rows)))


if __name__ == "__main__":
    main()
