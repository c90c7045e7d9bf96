"""A table's record becomes a report or an event-table row by one rule, whether it comes
from a JSONL file or a DataFrame; only the ids a record lacks differ by source."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import geo
from geo.read.reports import Row, cells_item, iter_inputs, text_report

REPORT = {
    "text": "A drone hit a warehouse in Kremenchuk at night.",
    "title": "Night attack",
    "date": "2025-03-04",
    "source": "Test desk",
}
EVENT = {"id": "   ", "date": "2025-03-05", "target": "substation", "oblast": "Poltava"}


def _jsonl(tmp_path: Path, *objs: dict) -> Path:
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(o) + "\n" for o in objs), encoding="utf-8")
    return path


def test_a_blank_row_id_gets_the_numbered_id(tmp_path: Path) -> None:
    (row,) = iter_inputs([str(_jsonl(tmp_path, EVENT))])
    assert isinstance(row, Row)
    assert (row.id, row.numbered) == ("feed.jsonl:1", True)


def test_jsonl_and_dataframe_read_a_record_alike(tmp_path: Path) -> None:
    from_file = list(iter_inputs([str(_jsonl(tmp_path, REPORT, {**EVENT, "id": "ev-7"}))]))
    from_frame = geo.read_reports(pd.DataFrame([REPORT, {**EVENT, "id": "ev-7"}]))
    assert len(from_file) == len(from_frame) == 2
    for a, b in zip(from_file, from_frame, strict=True):
        assert type(a) is type(b)
    (rep_a, row_a), (rep_b, row_b) = from_file, from_frame
    keep = ("text", "title", "date", "source")
    assert [getattr(rep_a, k) for k in keep] == [getattr(rep_b, k) for k in keep]
    assert rep_a.id == "feed-1"  # a file's record is named by its line
    assert rep_b.id == text_report(REPORT["text"], "x").id  # a frame's by its text
    assert (row_a.id, row_a.date, row_a.fields) == (row_b.id, row_b.date, row_b.fields)


def test_cells_item_needs_text_or_an_event_table() -> None:
    cols = geo.read.reports.Columns()
    assert cells_item({"note": "x"}, "here", cols, report_id="r", row_id="n") is None
    row = cells_item({"target": "depot"}, "here", cols, report_id="r", row_id="n")
    assert isinstance(row, Row) and row.id == "n" and row.numbered
    with pytest.raises(geo.InputError, match="here: the report is empty"):
        cells_item({"text": "  "}, "here", cols, report_id="r", row_id="n")


def test_text_report_reads_its_header() -> None:
    report = text_report("Title: Shelling\nDate: 2025-01-02\n\nShells hit Nikopol.", "<in>")
    assert (report.title, report.date, report.text) == (
        "Shelling",
        "2025-01-02",
        "Shells hit Nikopol.",
    )
    assert report.id.startswith("r") and len(report.id) == 11
    assert text_report("id: own-1\n\nShells hit Nikopol.", "<in>").id == "own-1"
