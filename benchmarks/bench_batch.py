"""Benchmark of many reports: reading, extraction + resolution, memory, and ``--jobs``.

Generates synthetic strike reports of 2-4 KB (text written here from templates, not taken
from any real report or from the evaluation set) into a JSONL file in a temporary folder,
then measures:

- streaming read (``iter_inputs``) against reading the whole file (``read_reports``);
- extraction + resolution on one core (reports/s, KB/s);
- peak memory of a ``strikemap extract`` run as the input grows (small vs large file);
- ``--jobs 1`` against ``--jobs N`` on the same file (output checked identical).

Run ``python benchmarks/bench_batch.py [--reports 10000] [--extract-reports 500]`` and paste
the Markdown table it prints into ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.places.gazetteer import load_gazetteer  # noqa: E402
from geo.places.resolve import extract_report  # noqa: E402
from geo.read.reports import iter_inputs  # noqa: E402

TOWNS = [
    ("Kharkiv", "Kharkiv region"),
    ("Odesa", "Odesa region"),
    ("Dnipro", "Dnipropetrovsk region"),
    ("Zaporizhzhia", "Zaporizhzhia region"),
    ("Sumy", "Sumy region"),
    ("Chernihiv", "Chernihiv region"),
    ("Poltava", "Poltava region"),
    ("Kryvyi Rih", "Dnipropetrovsk region"),
    ("Mykolaiv", "Mykolaiv region"),
    ("Kherson", "Kherson region"),
    ("Lviv", "Lviv region"),
    ("Vinnytsia", "Vinnytsia region"),
    ("Bila Tserkva", "Kyiv region"),
    ("Pavlohrad", "Dnipropetrovsk region"),
    ("Izium", "Kharkiv region"),
    ("Belgorod", "Belgorod region"),
    ("Kursk", "Kursk region"),
    ("Bryansk", "Bryansk region"),
]
WEAPONS = ["drones", "ballistic missiles", "cruise missiles", "guided aerial bombs"]
FILLER = [
    "Emergency crews worked through the night to clear debris and restore power lines.",
    "Residents were urged to stay in shelters until the all-clear was given by local officials.",
    "The regional administration said schools would move to remote lessons for the week.",
    "Volunteers set up a point where people could get water, tea and charge their phones.",
    "Engineers inspected nearby apartment blocks for cracks after the blast wave.",
    "Several cars parked in the courtyard burned out and windows were shattered on six floors.",
    "Air defence units were active for about three hours, the statement added.",
    "A humanitarian group said it was sending glass, plywood and tarpaulin to the area.",
    "The figures could not be independently verified at the time of writing.",
    "Officials said the damaged substation would take several days to repair.",
]


def make_report(rng: random.Random, i: int) -> dict:
    """One synthetic report of 2-4 KB."""
    town, region = rng.choice(TOWNS)
    other, other_region = rng.choice(TOWNS)
    weapon = rng.choice(WEAPONS)
    n, killed, wounded = rng.randint(3, 90), rng.randint(0, 9), rng.randint(0, 30)
    day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    lead = (
        f"Russian forces attacked {town} in the {region} overnight with {n} {weapon}, "
        f"killing {killed} people and wounding {wounded}, the regional governor said. "
        f"A separate strike hit an industrial site near {other} in the {other_region}. "
    )
    parts = [lead]
    size = rng.randint(2048, 4000)
    while sum(len(p) for p in parts) < size:
        parts.append(rng.choice(FILLER) + " ")
    text = "".join(parts)[:size].rsplit(" ", 1)[0] + "."
    return {"id": f"syn-{i}", "title": f"Strike on {town}", "date": day, "text": text}


def write_jsonl(path: Path, n: int, seed: int = 7) -> None:
    """Write ``n`` synthetic reports to ``path``."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps(make_report(rng, i), ensure_ascii=False) + "\n")


def peak_mb_of(cmd: list[str]) -> tuple[float, float]:
    """Run ``cmd`` in a fresh process; return (seconds, peak RSS in MB)."""
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


def read_peak_mb(path: Path, streaming: bool) -> tuple[float, float]:
    """Seconds and peak RSS of reading ``path`` whole or streamed, in a fresh process."""
    code = (
        "import resource, sys, time; sys.path.insert(0, sys.argv[1]); "
        "from geo.read.reports import iter_inputs, read_reports; t = time.perf_counter(); "
        + (
            "n = sum(1 for _ in iter_inputs([sys.argv[2]])); "
            if streaming
            else "n = len(read_reports([sys.argv[2]])); "
        )
        + "print(time.perf_counter() - t, "
        "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(ROOT), str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return float(out[0]), float(out[1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=10_000, help="size of the large file")
    ap.add_argument("--small", type=int, default=1_000, help="size of the small file")
    ap.add_argument(
        "--extract-reports", type=int, default=500, help="reports timed through extraction"
    )
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args(argv)
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        big, small, part = Path(tmp, "big.jsonl"), Path(tmp, "small.jsonl"), Path(tmp, "p.jsonl")
        write_jsonl(big, args.reports)
        write_jsonl(small, args.small)
        write_jsonl(part, args.extract_reports)
        mb = big.stat().st_size / 1e6
        rows.append(("input", f"{args.reports:,} reports, {mb:.1f} MB JSONL", ""))

        for label, path in ((f"{args.small:,}", small), (f"{args.reports:,}", big)):
            t_whole, m_whole = read_peak_mb(path, streaming=False)
            t_stream, m_stream = read_peak_mb(path, streaming=True)
            rows.append(
                (
                    f"read {label} reports: whole list vs streamed",
                    f"{t_whole:.2f} s, peak {m_whole:.0f} MB",
                    f"{t_stream:.2f} s, peak {m_stream:.0f} MB",
                )
            )

        gaz = load_gazetteer()
        reports = list(iter_inputs([str(part)]))
        kb = sum(len(r.text) for r in reports) / 1e3
        for r in reports[:20]:
            extract_report(r, gaz)  # warm caches
        t = time.perf_counter()
        for r in reports:
            extract_report(r, gaz)
        dt = time.perf_counter() - t
        rows.append(
            (
                f"extract + resolve, 1 core ({len(reports):,} reports)",
                f"{len(reports) / dt:,.1f} reports/s",
                f"{kb / dt:,.0f} KB/s (target 1,000 reports/s)",
            )
        )

        cli = [sys.executable, "-m", "geo", "extract", "--format", "jsonl", "-o"]
        outs = {}
        for jobs in (1, args.jobs):
            out = Path(tmp, f"out{jobs}.jsonl")
            secs, peak = peak_mb_of([*cli, str(out), "--jobs", str(jobs), str(part)])
            outs[jobs] = out.read_bytes()
            rows.append(
                (
                    f"strikemap extract --jobs {jobs} ({len(reports):,} reports)",
                    f"{secs:.1f} s, {len(reports) / secs:,.1f} reports/s",
                    f"peak {peak:.0f} MB (parent)",
                )
            )
        same = outs[1] == outs[args.jobs]
        rows.append((f"--jobs 1 and --jobs {args.jobs} output identical", str(same), ""))
    print("| measure | value | compared with |")
    print("| --- | --- | --- |")
    for a, b, c in rows:
        print(f"| {a} | {b} | {c} |")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n(max RSS of this process: {rss:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
