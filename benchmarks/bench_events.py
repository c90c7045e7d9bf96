"""Benchmark of events (issue 13): merge precision and recall, and grouping speed.

Quality: ``benchmarks/events_corpus/corpus.jsonl`` holds reports written for this benchmark
(not taken from any real report, the seeds or the evaluation set): several wordings of the
same strikes from different kinds of sources (wire copy, officials' posts, a Russian-language
outlet, an air force statement) in English, Ukrainian and Russian, different strikes at the
same place on other days, and near-duplicates that must stay apart (the same city hit by each
side on one day, two towns of one name in different oblasts, Kyiv city and the Kyiv region on
one night). Each report's ``gold`` labels its places with the true event; the script prints
pairwise merge precision and recall (:mod:`geo.events.merge_eval`).

Speed: synthetic 2-4 KB reports (``bench_batch.make_report``, templates written for the
benchmarks) are extracted on one core; their extractions are then copied under new ids and
dates up to ``--group-reports`` reports, and the time to date and group all their impacts
(:func:`geo.events.grouping.sightings_of` + :func:`geo.events.grouping.group_events`) is set
against the
extraction time of as many reports (the target: under 10%). Times are CPU times of this
process (``time.process_time``), so that other jobs on the machine do not skew the ratio.

Run ``python benchmarks/bench_events.py [--extract-reports 2000] [--group-reports 100000]``
and paste the table it prints into ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_batch import make_report  # noqa: E402

from geo.events.grouping import group_events, sightings_of  # noqa: E402
from geo.events.merge_eval import merge_scores  # noqa: E402
from geo.places.gazetteer import load_gazetteer  # noqa: E402
from geo.places.resolve import extract_report  # noqa: E402
from geo.records import Report  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "events_corpus" / "corpus.jsonl"


def read_corpus(path: Path = CORPUS) -> tuple[list[Report], dict[tuple[str, str], str]]:
    """The corpus reports and their gold labels ((report, place name) → event label)."""
    reports, gold = [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        reports.append(
            Report(row["id"], row["text"], row.get("title"), row.get("date"), row.get("source"))
        )
        for place, label in row["gold"].items():
            gold[(row["id"], place)] = label
    return reports, gold


def quality(gaz) -> dict[str, object]:
    """Merge precision and recall on the corpus."""
    reports, gold = read_corpus()
    sightings = [s for i, r in enumerate(reports) for s in sightings_of(extract_report(r, gaz), i)]
    events = group_events(sightings, gaz.by_id)
    scores = merge_scores(events, gold)
    return {
        "reports": len(reports),
        "gold places": len(gold),
        "gold events": len(set(gold.values())),
        "events": len(events),
        "precision": scores.precision,
        "recall": scores.recall,
        "merges (right / wrong / missed)": (
            f"{scores.true_merges} / {scores.false_merges} / {scores.missed_merges}"
        ),
    }


def speed(gaz, extract_n: int, group_n: int, seed: int = 13) -> dict[str, object]:
    """Extraction time per report, and the time to group ``group_n`` reports' impacts."""
    rng = random.Random(seed)
    rows = [make_report(rng, i) for i in range(extract_n)]
    reports = [
        Report(r["id"], r["text"], r.get("title"), r.get("date"), r.get("source")) for r in rows
    ]
    start = time.process_time()
    extractions = [extract_report(r, gaz) for r in reports]
    per_report = (time.process_time() - start) / extract_n
    base = dt.date(2025, 1, 1)
    copies = []
    for i in range(group_n):
        ext = extractions[i % extract_n]
        day = (base + dt.timedelta(days=rng.randint(0, 364))).isoformat()
        report = replace(
            ext.report, id=f"{ext.report.id}-{i}", date=day, text=f"{i} {ext.report.text}"
        )
        copies.append(replace(ext, report=report))
    start = time.process_time()
    sightings = [s for i, ext in enumerate(copies) for s in sightings_of(ext, i)]
    dated = time.process_time() - start
    events = group_events(sightings, gaz.by_id)
    grouped = time.process_time() - start
    extraction = per_report * group_n
    return {
        "extract + resolve, 1 core": f"{1 / per_report:,.0f} reports/s ({extract_n:,} reports)",
        "impacts grouped": f"{sum(s.role == 'impact' for s in sightings):,} of {group_n:,} reports",
        "events": f"{len(events):,}",
        "date reading (sightings_of)": f"{dated:.2f} s",
        "date reading + grouping + reconciling": f"{grouped:.2f} s",
        "extraction of as many reports": f"{extraction:.1f} s",
        "grouping / extraction": f"{grouped / extraction:.1%} (target < 10%)",
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--extract-reports", type=int, default=2000)
    ap.add_argument("--group-reports", type=int, default=100_000)
    args = ap.parse_args()
    gaz = load_gazetteer()
    print("| measure | value |\n| --- | --- |")
    for key, value in quality(gaz).items():
        print(
            f"| merge quality: {key} | {value:.3f} |"
            if isinstance(value, float)
            else f"| merge quality: {key} | {value} |"
        )
    for key, value in speed(gaz, args.extract_reports, args.group_reports).items():
        print(f"| {key} | {value} |")


if __name__ == "__main__":
    main()
