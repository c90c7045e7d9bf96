"""Extraction speed per language, side by side with a baseline checkout.

Runs ``geo.places.resolve.extract_report`` over the same reports in two source trees (this one and
``--baseline DIR``, a checkout of an earlier commit, e.g. made with
``git worktree add /tmp/baseline <commit>``), each in a fresh Python process, and prints
reports per CPU-second for each input and the ratio, plus the cold start (import, load the
gazetteer and extract one report).

Inputs: the evaluation reports of ``--eval DIR`` (default ``../shared/eval/real``) grouped by
language and repeated to ``--reports`` each; all of them in file order, the three languages
together as an archive mixes them, repeated to three times ``--reports``; and ``--synth
FILE``, a JSONL of ``shared/bench/synth_reports.py`` output. Texts are read from those
folders at run time; none is stored in the project. The two trees' runs alternate, so that
other processes on the machine slow both alike; the rate is the median of ``--repeat``
runs.

Run ``.venv/bin/python benchmarks/bench_languages.py --baseline /tmp/baseline``; with
``--callgrind`` (and few ``--reports``, e.g. 30) it counts instructions per report of the
extraction loop instead, which the machine's load does not move (with ``PYTHONHASHSEED=0``
and the garbage collector off in the loop, exactly the same count each run). ``--preload``
extracts a Ukrainian and a Russian report before the loop: the dictionaries (pymorphy3) that
a long run loads once are then loaded before it, as in a run of thousands of reports,
instead of by the first report of the loop that quotes a Cyrillic word.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_PROBE = r"""
import itertools, json, sys, time
sys.path.insert(0, {root!r})
t0 = time.perf_counter()
try:
    from geo.places.gazetteer import load_gazetteer
    from geo.places.resolve import extract_report
except ImportError:  # a checkout from before the stage subpackages (geo/resolve.py)
    from geo.gazetteer import load_gazetteer
    from geo.resolve import extract_report
from geo.records import Report
gaz = load_gazetteer()
# the index's dicts of keys, which a checkout from before built in load_gazetteer() and later
# ones build after some lookups: counted with the load here, not in the rate
getattr(gaz, "index_keys", lambda: None)()
given = json.load(open({texts!r}, encoding="utf-8"))
texts = given["texts"]
extract_report(Report("warm", texts[0]), gaz)
cold = time.perf_counter() - t0
for i, text in enumerate(given["warm"]):  # --preload: the dictionaries loaded before the loop
    extract_report(Report(f"warm{{i}}", text), gaz)
if given["gc_off"]:  # callgrind: a collection's place in the loop does not move the count
    import gc
    gc.collect()
    gc.disable()
c0 = time.process_time()
# through itertools.starmap, so that callgrind can count only this loop (starmap_next)
list(itertools.starmap(lambda i, t: extract_report(Report(str(i), t), gaz), enumerate(texts)))
cpu = time.process_time() - c0
print(json.dumps({{"cold": cold, "cpu": cpu, "n": len(texts)}}))
"""


def _language(text: str) -> str:
    cyr = sum("а" <= ch.lower() <= "я" or ch in "іїєґІЇЄҐ" for ch in text)
    lat = sum("a" <= ch.lower() <= "z" for ch in text)
    if lat >= cyr:
        return "en"
    uk = sum(ch in "іїєґІЇЄҐ" for ch in text)
    ru = sum(ch in "ыэъёЫЭЪЁ" for ch in text)
    return "uk" if uk > ru else "ru"


def _repeated(texts: list[str], n: int) -> list[str]:
    """``texts`` in turn, again and again, ``n`` in all."""
    return (texts * (n // len(texts) + 1))[:n]


def _inputs(eval_dir: Path, synth: Path | None, n: int) -> dict[str, list[str]]:
    """The inputs by name: the evaluation reports of each language repeated to ``n``, all of
    them in file order repeated to three times ``n`` (the languages together, as an archive
    mixes them: the dictionaries are loaded once for the whole run), and the synthetic
    reports."""
    groups: dict[str, list[str]] = {}
    every: list[str] = []
    for path in sorted(eval_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        groups.setdefault(_language(text), []).append(text)
        every.append(text)
    out = {f"real {lang} x{n}": _repeated(texts, n) for lang, texts in groups.items()}
    out[f"real together x{3 * n}"] = _repeated(every, 3 * n)
    if synth is not None and synth.exists():
        rows = [json.loads(line)["text"] for line in synth.read_text(encoding="utf-8").splitlines()]
        out[f"synth_reports {len(rows)}"] = rows
    return out


def _probe(root: Path, texts_file: Path, callgrind: bool = False) -> dict:
    code = _PROBE.format(root=str(root), texts=str(texts_file))
    command = [sys.executable, "-c", code]
    if callgrind:  # instructions of the extraction loop only
        command = [
            "valgrind",
            "--tool=callgrind",
            "--toggle-collect=starmap_next",
            "--callgrind-out-file=/dev/null",
            *command,
        ]
    # a fixed hash seed: callgrind's count then repeats exactly (set and dict orders move it)
    env = {**os.environ, "PYTHONHASHSEED": "0"} if callgrind else None
    proc = subprocess.run(command, capture_output=True, text=True, check=True, cwd=root, env=env)
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    if callgrind:
        found = re.search(r"Collected : (\d+)", proc.stderr)
        out["instructions"] = int(found.group(1)) if found else float("nan")
    return out


def _instructions(roots: tuple[Path, Path], texts_file: Path) -> list[float]:
    """Instructions per report of each tree (callgrind; one run each, as they do not move
    with the machine's load)."""
    return [
        (r := _probe(root, texts_file, callgrind=True))["instructions"] / r["n"] for root in roots
    ]


def _run(roots: tuple[Path, Path], texts_file: Path, repeat: int) -> list[dict]:
    """Rate and cold start of each tree, its runs taken in turns with the other's (so that
    a change in the machine's load falls on both alike)."""
    runs: list[list[dict]] = [[], []]
    for _ in range(repeat):
        for side, root in enumerate(roots):
            runs[side].append(_probe(root, texts_file))
    return [
        {
            "rate": statistics.median(r["n"] / r["cpu"] for r in side),
            "cold": min(r["cold"] for r in side),
        }
        for side in runs
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", type=Path, required=True, help="an earlier checkout")
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval" / "real")
    ap.add_argument("--synth", type=Path, default=None, help="synth_reports.py JSONL output")
    ap.add_argument("--reports", type=int, default=600, help="reports per language")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--callgrind",
        action="store_true",
        help="count instructions per report with valgrind instead (slow: use few --reports)",
    )
    ap.add_argument(
        "--preload",
        action="store_true",
        help="extract a Ukrainian and a Russian report before the loop, so that the "
        "dictionaries a long run loads once are not counted in it",
    )
    a = ap.parse_args()
    if not any(a.eval.glob("*.txt")):  # a missing input is an error, not a row left out
        ap.error(f"--eval {a.eval}: no .txt reports there; give the evaluation folder")
    if a.synth is not None and not a.synth.is_file():
        ap.error(f"--synth {a.synth}: no such file; make it with shared/bench/synth_reports.py")
    tmp = Path(subprocess.check_output(["mktemp", "-d"], text=True).strip())
    groups = _inputs(a.eval, a.synth, a.reports)
    warm = [g[-1] for name, g in groups.items() if name.startswith(("real uk", "real ru"))]
    warm = warm if a.preload else []
    if a.callgrind:
        print("| input | strikemap (instructions/report) | baseline | baseline / strikemap |")
        print("| --- | ---: | ---: | ---: |")
        for name, texts in groups.items():
            texts_file = tmp / "texts.json"
            given = {"texts": texts, "warm": warm, "gc_off": True}
            texts_file.write_text(json.dumps(given), encoding="utf-8")
            new, old = _instructions((ROOT, a.baseline.resolve()), texts_file)
            print(f"| {name} | {new / 1e6:.2f} M | {old / 1e6:.2f} M | {old / new:.2f}x |")
        return 0
    print("| input | strikemap (reports/CPU-s) | baseline | ratio | cold start | baseline |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, texts in groups.items():
        texts_file = tmp / "texts.json"
        given = {"texts": texts, "warm": warm, "gc_off": False}
        texts_file.write_text(json.dumps(given), encoding="utf-8")
        new, old = _run((ROOT, a.baseline.resolve()), texts_file, a.repeat)
        print(
            f"| {name} | {new['rate']:,.0f} | {old['rate']:,.0f} | {new['rate'] / old['rate']:.2f}x"
            f" | {new['cold']:.2f} s | {old['cold']:.2f} s |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
