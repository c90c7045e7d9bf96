"""Benchmark of ``strikemap extract --jobs N`` against ``--jobs 1``, fit for a shared machine.

Wall-clock time says little on a machine other jobs are using, so each run also reports the
processor time of the parent process and of its workers (``getrusage``), and the ratio is
estimated from those for an idle machine as well as measured:

- ``--jobs 1`` and ``--jobs N`` run in turn, ``--rounds`` times each, on the same input, and
  the wall-clock ratio is taken pair by pair (so a machine whose load drifts still compares
  like with like); their outputs are checked byte-identical;
- the start-up (``extract`` of one report: imports, the gazetteer and the tables the first
  extraction fills, done once before the workers are forked, with the rest of the first
  chunk) is measured alone: it is the serial part of a parallel run;
- the idle-machine estimate: ``--jobs 1`` takes its processor time C1 (one process, nothing
  to wait for); ``--jobs N`` takes the start-up S, then the rest of the parent's time P - S
  and the workers' time W spread over N cores: ``S + (P - S + W) / N`` (and never less than
  the busiest worker or the parent alone). The ratio is C1 over that.

With ``--ceiling``, what the machine itself allows: the input is cut into N parts, each part is
extracted by its own ``strikemap`` process, first one after the other and then all at once
(nothing shared, no parent). The processor time a part takes beside the others over the time
it takes alone is the slowdown the cores cause each other (shared caches and memory); the
wall time of the parts one after the other over that of the parts at once is the best ratio
any ``--jobs N`` could reach on this machine with this input.

With ``--callgrind``, the same comparison is made once more in instructions (valgrind's
callgrind, every process counted, a worker from its fork on), which no other job on the
machine can change: about 100 times slower, so give it about 1,000 reports.

Modules are run from compiled bytecode kept in a temporary folder (``PYTHONPYCACHEPREFIX``),
as in an installed package, even where ``PYTHONDONTWRITEBYTECODE`` is set: compiling the
sources again on every run would add some 0.07 s to each.

The input is ``--input FILE`` (JSONL or CSV), or ``--reports`` synthetic 2-4 KB reports
(``bench_batch.make_report``: template text written for the benchmark, nothing taken from real
reports). Run ``python benchmarks/bench_jobs.py [--reports 3000] [--rounds 3] [--jobs 2]
[--callgrind] [--ceiling]``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_batch import write_jsonl  # noqa: E402

#: Runs ``strikemap`` in this process and prints its wall time and the processor time of
#: this process (the parent) and of its children (the workers), as JSON on stderr.
_RUN = """
import json, os, resource, sys, time
t = time.perf_counter()
from geo.cli import main
code = main(sys.argv[1:])
wall = time.perf_counter() - t
me, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
print(json.dumps({"code": code, "wall": wall, "parent": me.ru_utime + me.ru_stime,
                  "workers": kids.ru_utime + kids.ru_stime,
                  "peak_mb": me.ru_maxrss / 1024}), file=sys.stderr)
"""


def _env(pycache: str, root: Path | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(root or ROOT), "PYTHONPYCACHEPREFIX": pycache}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run(args: list[str], pycache: str, root: Path | None = None) -> dict:
    """One ``strikemap`` run in a fresh interpreter (of the source tree ``root``, default
    this one): wall, parent and worker seconds."""
    done = subprocess.run(
        [sys.executable, "-c", _RUN, *args],
        env=_env(pycache, root),
        capture_output=True,
        text=True,
    )
    out = json.loads(done.stderr.strip().splitlines()[-1])
    if out["code"] != 0:
        raise SystemExit(f"strikemap {' '.join(args)} failed:\n{done.stderr}")
    return out


def instructions(args: list[str], pycache: str, folder: Path) -> tuple[int, list[int]]:
    """Instructions of a ``strikemap`` run under callgrind: the parent's, and each worker's
    from its fork on (``--zero-before=PyOS_AfterFork_Child``)."""
    folder.mkdir()
    cmd = [
        "valgrind",
        "--tool=callgrind",
        "--trace-children=yes",
        "--zero-before=PyOS_AfterFork_Child",
        f"--callgrind-out-file={folder}/cg.%p",
        sys.executable,
        "-m",
        "geo",
        *args,
    ]
    proc = subprocess.Popen(
        cmd, env=_env(pycache), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    proc.wait()
    counts = {}
    for f in folder.glob("cg.*"):
        found = re.search(r"^(?:summary|totals): (\d+)", f.read_text(), re.M)
        if found:
            counts[int(f.name[3:])] = int(found.group(1))
    parent = counts.pop(proc.pid)
    return parent, sorted(counts.values())


def callgrind(src: Path, one: Path, jobs: int, pycache: str, tmp: str) -> None:
    """The comparison in instructions, and the idle-machine estimate from them."""
    start, _ = instructions(["extract", str(one)], pycache, Path(tmp, "cg-one"))
    c1, _ = instructions(["extract", str(src), "--jobs", "1"], pycache, Path(tmp, "cg-1"))
    parent, workers = instructions(
        ["extract", str(src), "--jobs", str(jobs)], pycache, Path(tmp, "cg-n")
    )
    rest = parent - start + sum(workers)
    est = start + max(rest / jobs, max(workers))
    g = 1e9
    print(
        f"\ninstructions (callgrind): start-up {start / g:.2f} G; --jobs 1 {c1 / g:.2f} G; "
        f"--jobs {jobs}: parent {parent / g:.2f} G + workers "
        f"{' + '.join(f'{w / g:.2f}' for w in workers)} G "
        f"({(parent + sum(workers)) / c1 - 1:+.1%} in all)"
    )
    print(
        f"idle-machine estimate in instructions, start-up + max((parent - start-up + "
        f"workers) / {jobs}, busiest worker): {est / g:.2f} G, {c1 / est:.2f}x"
    )


def _start(args: list[str], pycache: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", _RUN, *args],
        env=_env(pycache),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(proc: subprocess.Popen) -> dict:
    err = proc.communicate()[1]
    out = json.loads(err.strip().splitlines()[-1])
    if out["code"] != 0:
        raise SystemExit(f"strikemap failed:\n{err}")
    return out


def ceiling(src: Path, jobs: int, rounds: int, pycache: str, tmp: str) -> None:
    """The machine's own limit: ``jobs`` independent processes on parts of the input, one
    after the other and all at once (see the module's docstring)."""
    lines = [x for x in src.read_text(encoding="utf-8").splitlines() if x.strip()]
    size = -(-len(lines) // jobs)
    parts = []
    for i in range(jobs):
        part = Path(tmp, f"part{i}.jsonl")
        part.write_text("\n".join(lines[i * size : (i + 1) * size]) + "\n", "utf-8")
        parts.append(["extract", str(part), "-o", str(Path(tmp, f"pout{i}.jsonl")), "--force"])
    alone, together, ratio = [], [], []
    for _ in range(rounds):
        one = [_finish(_start(cmd, pycache)) for cmd in parts]
        t = time.perf_counter()
        both = [_finish(p) for p in [_start(cmd, pycache) for cmd in parts]]
        wall = time.perf_counter() - t
        alone.append(sum(r["parent"] for r in one))
        together.append(sum(r["parent"] for r in both))
        ratio.append(sum(r["wall"] for r in one) / wall)
    near, apart = statistics.median(together), statistics.median(alone)
    print(
        f"\nceiling, {jobs} independent processes on 1/{jobs} of the input each: processor "
        f"time beside each other / alone {near:.2f} s / {apart:.2f} s ({near / apart - 1:+.0%}); "
        f"wall one after the other / at once: {', '.join(f'{x:.2f}' for x in ratio)} "
        f"(median {statistics.median(ratio):.2f}x)"
    )


def pair(
    src: Path, jobs: int, pycache: str, tmp: str, root: Path | None = None
) -> tuple[list[dict], list[bytes]]:
    """``strikemap extract`` of ``src`` with ``--jobs 1``, then ``--jobs N`` (of the source
    tree ``root``, default this one): each run's figures (:func:`run`) and output."""
    runs, outputs = [], []
    for n in (1, jobs):
        out = Path(tmp, f"out{n}.jsonl")
        cmd = ["extract", str(src), "-o", str(out), "--force", "--jobs", str(n)]
        runs.append(run(cmd, pycache, root))
        outputs.append(out.read_bytes())
    return runs, outputs


def side_by_side(src: Path, baseline: Path, jobs: int, rounds: int, tmp: str) -> None:
    """``--jobs 1`` and ``--jobs N`` of this tree and of ``baseline`` (an earlier checkout),
    the trees taking turns round by round, each tree's two outputs compared every run."""
    trees = {"this tree": ROOT, f"baseline {baseline}": baseline.resolve()}
    got: dict[str, list[tuple[float, dict, dict]]] = {name: [] for name in trees}
    for _ in range(rounds):
        for k, (name, root) in enumerate(trees.items()):
            runs, outputs = pair(src, jobs, str(Path(tmp, f"pycache-tree{k}")), tmp, root)
            if outputs[0] != outputs[1]:
                raise SystemExit(f"{name}: --jobs 1 and --jobs {jobs} outputs differ")
            got[name].append((runs[0]["wall"] / runs[1]["wall"], runs[0], runs[1]))
    med = statistics.median
    print(
        f"\n| tree | --jobs {jobs} / --jobs 1 wall, median (pairs) | parent cpu | workers' cpu"
        " | --jobs 1 cpu |"
    )
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, rows in got.items():
        pairs = ", ".join(f"{r[0]:.2f}" for r in rows)
        parent = med(r[2]["parent"] for r in rows)
        workers = med(r[2]["workers"] for r in rows)
        serial = med(r[1]["parent"] for r in rows)
        print(
            f"| {name} | {med(r[0] for r in rows):.2f}x ({pairs}) | {parent:.2f} s"
            f" | {workers:.2f} s | {serial:.2f} s |"
        )


def real_reports(eval_dir: Path, n: int, path: Path) -> None:
    """``n`` JSONL reports made of the evaluation reports of ``eval_dir`` in turn, each copy
    ending in a numbered line of its own, so that none is a duplicate that the reading drops
    (the texts are read from that folder at run time, not kept)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(eval_dir.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"--real {eval_dir}: no .txt reports there; give the evaluation folder")
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = f"{texts[i % len(texts)]}\n\nRef {i}."
            fh.write(json.dumps({"id": f"r{i}", "text": text}, ensure_ascii=False) + "\n")


def load() -> str:
    """The load averages of the machine."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", help="a JSONL or CSV file of reports (default: synthetic)")
    ap.add_argument("--reports", type=int, default=3000, help="synthetic reports (default 3000)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes to compare with 1")
    ap.add_argument("--rounds", type=int, default=3, help="runs of each, in turn")
    ap.add_argument("--callgrind", action="store_true", help="also count instructions")
    ap.add_argument("--ceiling", action="store_true", help="also measure the machine's own limit")
    ap.add_argument(
        "--real",
        type=Path,
        metavar="DIR",
        help="input: the evaluation reports of DIR (e.g. ../shared/eval/real) repeated to "
        "--reports, each copy numbered",
    )
    ap.add_argument(
        "--baseline",
        type=Path,
        metavar="DIR",
        help="also run an earlier checkout's --jobs 1 and --jobs N, the trees in turn",
    )
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        pycache = str(Path(tmp, "pycache"))
        src = Path(args.input) if args.input else Path(tmp, "reports.jsonl")
        if args.real:
            real_reports(args.real, args.reports, src)
        elif not args.input:
            write_jsonl(src, args.reports)
        one = Path(tmp, "one.jsonl")
        one.write_text(src.read_text(encoding="utf-8").split("\n", 1)[0] + "\n", "utf-8")
        n = sum(1 for line in src.open(encoding="utf-8") if line.strip())
        print(f"input: {src.name}, {n:,} lines; load average at start: {load()}")
        o = str(Path(tmp, "o.jsonl"))
        starts = [run(["extract", str(one), "-o", o, "--force"], pycache) for _ in range(4)][1:]
        start = statistics.median(s["parent"] for s in starts)
        runs: dict[int, list[dict]] = {1: [], args.jobs: []}
        outputs: dict[int, bytes] = {}
        for _ in range(args.rounds):
            done, made = pair(src, args.jobs, pycache, tmp)
            for jobs, one, out in zip((1, args.jobs), done, made, strict=True):
                runs[jobs].append(one)
                outputs[jobs] = out
        print(f"load average at end: {load()}\n")
        serial, para = runs[1], runs[args.jobs]
        c1 = [r["parent"] + r["workers"] for r in serial]
        est = []
        for r in para:
            rest = r["parent"] - start + r["workers"]
            est.append(max(start + rest / args.jobs, r["parent"], r["workers"] / args.jobs))
        rows = [
            ("start-up, cpu (extract of one report)", f"{start:.2f} s", ""),
            (
                "wall, median",
                f"{statistics.median(r['wall'] for r in serial):.2f} s",
                f"{statistics.median(r['wall'] for r in para):.2f} s",
            ),
            (
                "cpu: parent + workers, median",
                f"{statistics.median(c1):.2f} s",
                f"{statistics.median(r['parent'] for r in para):.2f} + "
                f"{statistics.median(r['workers'] for r in para):.2f} s",
            ),
            (
                "reports/s of cpu (all processes)",
                f"{n / statistics.median(c1):,.0f}",
                f"{n / statistics.median(r['parent'] + r['workers'] for r in para):,.0f}",
            ),
            ("peak MB (parent)", f"{serial[0]['peak_mb']:.0f}", f"{para[0]['peak_mb']:.0f}"),
        ]
        measured = [a["wall"] / b["wall"] for a, b in zip(serial, para, strict=True)]
        idle = [c / e for c, e in zip(c1, est, strict=True)]
        print(f"| measure | --jobs 1 | --jobs {args.jobs} |")
        print("| --- | ---: | ---: |")
        for a, b, c in rows:
            print(f"| {a} | {b} | {c} |")
        print(
            f"\nwall ratio, pair by pair: {', '.join(f'{x:.2f}' for x in measured)} "
            f"(median {statistics.median(measured):.2f}x)"
        )
        print(
            f"idle-machine estimate, C1 / (S + (P - S + W) / {args.jobs}): "
            f"{', '.join(f'{x:.2f}' for x in idle)} (median {statistics.median(idle):.2f}x)"
        )
        print(f"outputs identical: {outputs[1] == outputs[args.jobs]}")
        if args.baseline:
            side_by_side(src, args.baseline, args.jobs, args.rounds, tmp)
        if args.ceiling:
            ceiling(src, args.jobs, args.rounds, pycache, tmp)
        if args.callgrind:
            callgrind(src, one, args.jobs, pycache, tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
