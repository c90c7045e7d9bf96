"""Benchmark of ``strikemap extract``'s cold start: one report, a whole new process each run.

For each report (default: the English, Ukrainian and Russian examples), ``--runs`` runs of
``python -m geo extract REPORT -o OUT --force`` with this checkout's package, alternating with
``--vs TREE`` (an older checkout, through ``PYTHONPATH``) when given: wall and CPU time (user
+ system, from ``os.wait4``) of each run and their medians, and the outputs of the two trees
compared byte for byte. This checkout's runs use a pattern cache of their own
(``STRIKEMAP_CACHE_DIR``, a temporary folder) filled by one run first, whose time is shown
apart: the first command after an install compiles the patterns and writes the cache.
With ``--callgrind``, each tree's instructions for one run of each report are counted under
``valgrind --tool=callgrind`` too (a figure the machine's load does not move).

Usage::

    .venv/bin/python benchmarks/bench_cold_start.py [--vs /tmp/base15] [--runs 9] [--callgrind]

It prints a Markdown table to paste into ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ("kyiv_night.txt", "poltava_night_uk.txt", "belgorod_governor_ru.txt")


def _command(report: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "geo", "extract", str(report), "-o", str(out), "--force"]


def run_once(tree: Path, report: Path, out: Path, cache: Path) -> tuple[float, float]:
    """One ``extract`` of ``report`` with ``tree``'s package: wall and CPU seconds."""
    env = {**os.environ, "PYTHONPATH": str(tree), "STRIKEMAP_CACHE_DIR": str(cache)}
    start = time.perf_counter()
    # run outside the checkout: ``python -m`` puts the working folder first on the path
    proc = subprocess.Popen(
        _command(report, out),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=out.parent,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{tree}: extract {report.name} failed: {err[-500:]}")
    return wall, usage.ru_utime + usage.ru_stime


def instructions(tree: Path, report: Path, out: Path, cache: Path) -> int:
    """Instructions of one ``extract`` of ``report`` with ``tree``'s package (callgrind)."""
    env = {**os.environ, "PYTHONPATH": str(tree), "STRIKEMAP_CACHE_DIR": str(cache)}
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    done = subprocess.run(
        [*cmd, *_command(report, out)],
        env=env,
        capture_output=True,
        text=True,
        cwd=out.parent,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"no instruction count from valgrind: {done.stderr[-300:]}")
    return int(found.group(1))


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):.2f}"


def bench(args: argparse.Namespace, folder: Path) -> list[str]:
    """Rows of the table, one per report."""
    trees = [("now", ROOT)] + ([("before", args.vs)] if args.vs else [])
    rows = []
    for name in args.reports:
        report = (ROOT / "examples" / name).resolve()
        times: dict[str, list[tuple[float, float]]] = {label: [] for label, _ in trees}
        outs = {label: folder / f"{label}-{name}.jsonl" for label, _ in trees}
        cache = folder / f"cache-{name}"
        first = run_once(ROOT, report, outs["now"], cache)  # fills this checkout's cache
        for _ in range(args.runs):
            for label, tree in trees:
                times[label].append(run_once(tree, report, outs[label], cache))
        same = len({p.read_bytes() for p in outs.values()}) == 1
        row = [name, f"{first[0]:.2f} / {first[1]:.2f}"]
        for label, _ in trees:
            walls, cpus = zip(*times[label], strict=True)
            row.append(f"{_median(list(walls))} / {_median(list(cpus))}")
        if args.vs:
            ratio = statistics.median(b / a for (a, _), (b, _) in zip(*times.values(), strict=True))
            row.append(f"{ratio:.2f}x" + ("" if same else " (outputs differ)"))
        if args.callgrind:
            counts = [instructions(tree, report, outs[label], cache) for label, tree in trees]
            row.append(" / ".join(f"{c / 1e9:.2f} G" for c in counts))
        rows.append("| " + " | ".join(row) + " |")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--vs", type=Path, help="an older checkout to run side by side")
    ap.add_argument("--runs", type=int, default=7, help="counted runs of each tree")
    ap.add_argument("--reports", nargs="+", default=list(REPORTS), help="files in examples/")
    ap.add_argument("--callgrind", action="store_true", help="count instructions too")
    args = ap.parse_args()
    if args.callgrind and shutil.which("valgrind") is None:
        raise SystemExit("--callgrind needs valgrind (Debian package valgrind)")
    head = ["report", "first run, empty cache: wall / CPU s", "now: wall / CPU s"]
    if args.vs:
        head += ["before: wall / CPU s", "wall ratio before/now"]
    if args.callgrind:
        head.append("instructions now" + (" / before" if args.vs else ""))
    with tempfile.TemporaryDirectory(prefix="strikemap-cold-") as tmp:
        rows = bench(args, Path(tmp))
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    print("\n".join(rows))


if __name__ == "__main__":
    main()
