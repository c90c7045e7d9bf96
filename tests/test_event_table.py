"""The event table: ACLED-like columns, written as CSV, GeoJSON, GeoPackage or GeoParquet,
the same events giving the same bytes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import geopandas as gpd
import pytest

from geo.events.grouping import group_events
from geo.events.table import (
    EVENT_COLUMNS,
    EventCounts,
    event_counts,
    event_rows,
    format_of,
    report_ids,
    write_events,
)

from .test_grouping import IZMAIL, KYIV, ODESA_OBLAST, seen

NAMES = {"cc:UA": "Ukraine", "iso:UA-51": "Odesa Oblast", "iso:UA-30": "Kyiv"}


def events() -> list:
    return group_events(
        [
            seen("a", IZMAIL, source="Wire", killed=2),
            seen("b", IZMAIL, source="Governor", killed=3, wounded=4),
            seen("c", ODESA_OBLAST, source="Air Force"),
            seen("d", KYIV, source="Mayor", date="2025-07-05"),
        ],
        lambda _id: None,
    )


def rows() -> list[dict]:
    return event_rows(events(), NAMES.get)


def test_the_acled_like_columns_come_first() -> None:
    assert EVENT_COLUMNS[:14] == (
        "event_id",
        "event_date",
        "country",
        "admin1",
        "admin2",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "killed",
        "wounded",
        "sources",
        "source_count",
        "notes",
    )


def test_a_row_lists_sources_figures_and_notes() -> None:
    izmail = rows()[0]
    assert izmail["country"] == "Ukraine" and izmail["admin1"] == "Odesa Oblast"
    assert (izmail["killed"], izmail["wounded"]) == (3, 4)
    assert izmail["sources"] == "Wire; Governor; Air Force" and izmail["source_count"] == 3
    assert "killed: 3 taken of killed 2 (Wire); killed 3 (Governor)" in izmail["notes"]
    assert "region-level: Odesa Oblast (Air Force)" in izmail["notes"]


def test_events_and_their_rows_count_alike() -> None:
    """Izmail is told by a, b and c (c's region joined it); Kyiv by d alone."""
    want = EventCounts(events=2, reports=4, several=1, merged=3)
    assert event_counts(e.reports for e in events()) == want
    assert event_counts(report_ids(r) for r in rows()) == want
    assert event_counts([]) == EventCounts(0, 0, 0, 0)


@pytest.mark.parametrize(
    ("path", "fmt"), [("e.csv", "csv"), ("e.geojson", "geojson"), ("e.gpkg", "gpkg"), ("e", "csv")]
)
def test_the_format_follows_the_suffix(path: str, fmt: str) -> None:
    assert format_of(path, None) == fmt


@pytest.mark.parametrize("fmt", ["csv", "geojson", "gpkg", "parquet"])
def test_every_format_is_written_and_byte_identical(tmp_path: Path, fmt: str) -> None:
    a, b = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    write_events(rows(), str(a), fmt)
    write_events(rows(), str(b), fmt)
    assert a.read_bytes() == b.read_bytes()
    if fmt == "csv":
        table = list(csv.DictReader(a.open(encoding="utf-8")))
        assert [r["location"] for r in table] == ["Izmayil", "Kyiv"]
    elif fmt == "geojson":
        doc = json.loads(a.read_text(encoding="utf-8"))
        assert doc["features"][0]["geometry"] == {"type": "Point", "coordinates": [28.84, 45.35]}
    else:
        frame = gpd.read_parquet(a) if fmt == "parquet" else gpd.read_file(a, layer="events")
        assert list(frame["location"]) == ["Izmayil", "Kyiv"]
        assert frame.crs.to_epsg() == 4326 and frame["killed"].tolist()[0] == 3
