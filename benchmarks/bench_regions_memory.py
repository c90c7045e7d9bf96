"""Benchmark the peak memory of ``strikemap regions`` against the number of reports.

``strikemap regions`` streams: each report's extraction is counted into per-unit tallies and
let go (:func:`geo.places.boundaries.aggregate`, a chunk of extractions at a time), so the peak
resident set should stay flat as the input grows. This runs the command on synthetic feeds of
several sizes (``../shared/bench/synth_reports.py``, made once into a temporary folder) with
this tree, and, given ``--baseline DIR`` (another checkout of the repository, e.g. the commit
before streaming), with that tree too, side by side; the two outputs are compared byte for
byte.

Each run is a fresh process (``python -m geo regions FEED --all -o OUT``, the tree put first
on ``PYTHONPATH``); its peak RSS and CPU time (user + system) come from ``os.wait4``. CPU time
moves with the load of the machine; the peak RSS does not. Prints a Markdown table.

Usage::

    .venv/bin/python benchmarks/bench_regions_memory.py [--sizes 1000 10000 50000]
        [--baseline /path/to/old/checkout] [--python .venv/bin/python]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SYNTH = ROOT.parent / "shared" / "bench" / "synth_reports.py"


def make_feed(folder: Path, n: int) -> Path:
    """Write ``n`` synthetic reports (seed 0) as JSONL into ``folder``; return the path."""
    path = folder / f"synth{n}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        subprocess.run([sys.executable, str(SYNTH), str(n)], stdout=fh, check=True)
    return path


def measure(python: str, tree: Path, feed: Path, out: Path) -> tuple[float, float]:
    """Run ``strikemap regions`` of ``tree`` on ``feed``; return (peak RSS MiB, CPU s)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    argv = [python, "-m", "geo", "regions", str(feed), "--all", "-o", str(out), "--force"]
    proc = subprocess.Popen(argv, env=env, cwd=out.parent, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{tree}: strikemap regions exited with {proc.returncode}")
    return usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def main() -> None:
    """Run the benchmark and print the Markdown table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 25_000, 50_000])
    ap.add_argument("--baseline", type=Path, help="another checkout to compare with")
    ap.add_argument("--python", default=sys.executable, help="interpreter with the dependencies")
    args = ap.parse_args()

    trees = [("now", ROOT)] + ([("baseline", args.baseline)] if args.baseline else [])
    head = "| reports | " + " | ".join(
        f"{name} peak RSS (MiB) | {name} CPU (s)" for name, _ in trees
    )
    print(head + (" | same output |" if args.baseline else " |"))
    print("| ---: " * (1 + 2 * len(trees)) + ("| :---: |" if args.baseline else "|"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in args.sizes:
            feed = make_feed(folder, n)
            cells, outputs = [f"{n:,}"], []
            for name, tree in trees:
                out = folder / f"{name}-{n}.csv"
                rss, cpu = measure(args.python, tree, feed, out)
                cells += [f"{rss:.0f}", f"{cpu:.1f}"]
                outputs.append(out.read_bytes())
            if args.baseline:
                cells.append("yes" if outputs[0] == outputs[1] else "NO")
            print("| " + " | ".join(cells) + " |", flush=True)
            feed.unlink()


if __name__ == "__main__":
    main()
