"""Benchmark of ``strikemap map``: peak memory as the reports grow, and cold start.

Memory: for each ``--sizes`` N, the first N lines of ``--reports`` (a JSONL file of reports,
e.g. ``python ../shared/bench/synth_reports.py 50000 > /tmp/synth50k.jsonl``) are written to a
temporary file and ``strikemap map FILE -o OUT.html`` runs in a fresh process; its peak
resident memory is read from ``os.wait4``'s resource usage (``ru_maxrss``), with its CPU time
and the page's size. With ``--vs TREE`` the same runs use the ``geo`` package of TREE (an
older checkout, through ``PYTHONPATH``) side by side, and the pages are compared byte for
byte. The slope (MiB per 1,000 reports) is fitted over the sizes. ``--by events`` draws the
reports as events (grouping needs every report's impacts at once: the mode whose memory grows
most), ``--by reports`` report by report; the default is the command's own (``auto``: the
synthetic feed is one source, so by report).

Cold start: ``--cold-runs`` runs of ``strikemap map`` of one report
(``examples/kyiv_night.txt``), alternating with TREE when given: wall and CPU time (user +
system) of each run, their medians, and which heavy packages the command imported (from
``python -X importtime``).

Usage::

    .venv/bin/python benchmarks/bench_map_memory.py --reports /tmp/synth50k.jsonl \\
        --sizes 1000 5000 20000 50000 [--by events] [--vs /tmp/base15] [--vs-max 20000] \\
        [--cold-runs 7]

It prints Markdown tables to paste into ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("folium", "branca", "jinja2", "pandas", "geopandas", "pyogrio", "pyproj", "matplotlib")
ONE_REPORT = ROOT / "examples" / "kyiv_night.txt"


def run_map(tree: Path, inputs: list[str], out: Path, by: str = "auto") -> dict:
    """Run ``strikemap map --by BY`` with ``tree``'s package; return wall, CPU and peak
    memory."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    cmd = [sys.executable, "-m", "geo", "map", *inputs, "-o", str(out), "--force", "--by", by]
    start = time.perf_counter()
    # Run outside the repository: ``python -m`` puts the working folder first on the path.
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=out.parent
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{tree}: map failed ({proc.returncode}): {err[-500:]}")
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "peak_mib": usage.ru_maxrss / 1024,
        "page_mib": out.stat().st_size / 2**20,
    }


def first_lines(source: Path, n: int, folder: Path) -> Path:
    """Write the first ``n`` lines of ``source`` to a file in ``folder``."""
    target = folder / f"reports_{n}.jsonl"
    with open(source, encoding="utf-8") as src, open(target, "w", encoding="utf-8") as dst:
        for count, line in enumerate(src):
            if count >= n:
                break
            dst.write(line)
    return target


def slope(rows: list[tuple[int, float]]) -> float:
    """Least-squares MiB per 1,000 reports."""
    if len(rows) < 2:
        return float("nan")
    xs = [n / 1000 for n, _ in rows]
    ys = [m for _, m in rows]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def memory_table(args: argparse.Namespace) -> None:
    trees = [("this tree", ROOT)] + ([("--vs", args.vs)] if args.vs else [])
    print("| reports | tree | peak RSS (MiB) | CPU (s) | page (MiB) | same page |")
    print("|---:|---|---:|---:|---:|---|")
    fits: dict[str, list[tuple[int, float]]] = {name: [] for name, _ in trees}
    with tempfile.TemporaryDirectory(prefix="bench-map-") as tmp:
        folder = Path(tmp)
        for n in args.sizes:
            data = first_lines(args.reports, n, folder)
            pages = {}
            for name, tree in trees:
                if name == "--vs" and n > args.vs_max:
                    continue
                out = folder / f"{name.strip('-').replace(' ', '_')}_{n}.html"
                r = run_map(tree, [str(data)], out, args.by)
                pages[name] = out.read_bytes()
                fits[name].append((n, r["peak_mib"]))
                same = ""
                if name == "--vs":
                    same = "yes" if pages[name] == pages["this tree"] else "NO"
                print(
                    f"| {n:,} | {name} | {r['peak_mib']:.0f} | {r['cpu']:.1f} | "
                    f"{r['page_mib']:.1f} | {same} |",
                    flush=True,
                )
                out.unlink()
            data.unlink()
    for name, rows in fits.items():
        print(f"\n{name}: {slope(rows):.2f} MiB per 1,000 reports over {[n for n, _ in rows]}")


def imported(tree: Path) -> list[str]:
    """The heavy packages ``map`` of one report imports (``python -X importtime``)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-X", "importtime", "-m", "geo", "map", str(ONE_REPORT)]
        cmd += ["-o", str(Path(tmp) / "one.html")]
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True, cwd=tmp)
    names = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    return [h for h in HEAVY if h in names]


def cold_table(args: argparse.Namespace) -> None:
    trees = [("this tree", ROOT)] + ([("--vs", args.vs)] if args.vs else [])
    runs: dict[str, list[dict]] = {name: [] for name, _ in trees}
    with tempfile.TemporaryDirectory(prefix="bench-map-") as tmp:
        for _ in range(args.cold_runs):
            for name, tree in trees:  # alternating, so load changes hit both alike
                runs[name].append(run_map(tree, [str(ONE_REPORT)], Path(tmp) / "one.html"))
    print("\n| tree | wall median (s) | CPU median (s) | peak RSS (MiB) | heavy imports |")
    print("|---|---:|---:|---:|---|")
    for name, tree in trees:
        rs = runs[name]
        wall = statistics.median(r["wall"] for r in rs)
        cpu = statistics.median(r["cpu"] for r in rs)
        peak = statistics.median(r["peak_mib"] for r in rs)
        heavy = ", ".join(imported(tree)) or "none"
        print(f"| {name} | {wall:.2f} | {cpu:.2f} | {peak:.0f} | {heavy} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reports", type=Path, help="JSONL reports (synth_reports.py output)")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    ap.add_argument("--by", choices=("auto", "reports", "events"), default="auto")
    ap.add_argument("--vs", type=Path, help="an older checkout to compare with")
    ap.add_argument("--vs-max", type=int, default=10**9, help="largest size run with --vs")
    ap.add_argument("--cold-runs", type=int, default=7, help="0 skips the cold start")
    ap.add_argument("--no-memory", action="store_true", help="cold start only")
    args = ap.parse_args()
    if not args.no_memory:
        if args.reports is None:
            ap.error("--reports FILE is needed for the memory table (or give --no-memory)")
        memory_table(args)
    if args.cold_runs:
        cold_table(args)


if __name__ == "__main__":
    main()
