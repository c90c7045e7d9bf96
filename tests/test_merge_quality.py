"""Merge quality on the hand-made corpus of benchmarks/events_corpus (reports written for the
benchmark: several wordings of the same strikes, other days at the same places, and
near-duplicates that must stay apart)."""

from __future__ import annotations

import json

from geo.events.grouping import group_events, sightings_of
from geo.events.merge_eval import merge_scores
from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report
from geo.records import Report

from .conftest import ROOT

CORPUS = ROOT / "benchmarks" / "events_corpus" / "corpus.jsonl"


def test_merge_precision_and_recall_on_the_corpus(gaz: Gazetteer) -> None:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    sightings, gold = [], {}
    for i, row in enumerate(rows):
        report = Report(row["id"], row["text"], row["title"], row["date"], row["source"])
        sightings += sightings_of(extract_report(report, gaz), i)
        gold.update({(row["id"], place): label for place, label in row["gold"].items()})
    scores = merge_scores(group_events(sightings, gaz.by_id), gold)
    assert (scores.precision, scores.recall) == (1.0, 1.0), scores
    assert scores.true_merges >= 20
