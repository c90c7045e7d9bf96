"""The event store: appends are idempotent, a raised toll updates its event and says why,
corrections are kept and applied on every append. Every text here was written for these
tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from geo.errors import InputError
from geo.events.corrections import parse_corrections
from geo.events.store import load_store, update_store
from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report
from geo.records import Extraction, Report

DAY1 = [
    ("w1", "Wire", "Russian drones hit Chernihiv overnight, killing two people."),
    ("g1", "Governor", "Вночі ворог атакував Чернігів, загинули двоє людей."),
]
LATER = ("g2", "Governor", "Оновлено: кількість загиблих у Чернігові зросла до чотирьох.")


def reports(gaz: Gazetteer, rows, date: str = "2025-07-04") -> list[Extraction]:
    return [
        extract_report(Report(rid, text, date=date, source=src), gaz) for rid, src, text in rows
    ]


def append(path: Path, gaz: Gazetteer, exts, corrections=None):
    return update_store(path, exts, gaz.by_id, corrections=corrections, lookup=gaz.by_id)


@pytest.mark.parametrize("name", ["events.gpkg", "events_store"])
def test_the_same_report_twice_changes_nothing(tmp_path: Path, gaz: Gazetteer, name: str) -> None:
    store = tmp_path / name
    first = append(store, gaz, reports(gaz, DAY1))
    assert first.added == 2 and first.written
    before = _bytes(store)
    again = append(store, gaz, reports(gaz, DAY1[:1]))
    assert (again.added, again.skipped, again.written) == (0, 1, False)
    assert _bytes(store) == before
    [event] = again.events
    assert event.sources == ["Wire", "Governor"]


def _bytes(path: Path) -> bytes:
    if path.is_dir():
        return b"".join(f.read_bytes() for f in sorted(path.iterdir()))
    return path.read_bytes()


def test_the_same_appends_give_the_same_store(tmp_path: Path, gaz: Gazetteer) -> None:
    for name in ("a.gpkg", "b.gpkg"):
        append(tmp_path / name, gaz, reports(gaz, DAY1))
        append(tmp_path / name, gaz, reports(gaz, [LATER]))
    assert (tmp_path / "a.gpkg").read_bytes() == (tmp_path / "b.gpkg").read_bytes()


def test_a_later_report_that_raises_the_toll_updates_its_event(
    tmp_path: Path, gaz: Gazetteer
) -> None:
    store = tmp_path / "events.gpkg"
    [event] = append(store, gaz, reports(gaz, DAY1)).events
    update = append(store, gaz, reports(gaz, [LATER]))
    [after] = update.events
    assert after.id == event.id and after.figures["killed"] == 4
    raised = [c for c in update.changes if c["change"] == "figure raised"]
    assert raised == [
        {
            "append": 2,
            "event_id": event.id,
            "change": "figure raised",
            "field": "killed",
            "old": "2",
            "new": "4",
            "report": "g2",
            "why": raised[0]["why"],
        }
    ]
    assert raised[0]["why"].startswith("Governor states 4 (report g2, 2025-07-04)")
    logged = load_store(store).changes
    assert [c["change"] for c in logged] == ["new event", "source added", "figure raised"]


def test_corrections_are_kept_and_applied_on_later_appends(tmp_path: Path, gaz: Gazetteer) -> None:
    store = tmp_path / "events.gpkg"
    rows = "id,place,field,value,note\nw1,Chernihiv,killed,3,\nzz,Sumy,killed,1,\n"
    fixes = parse_corrections(rows, "fix.csv")
    update = append(store, gaz, reports(gaz, DAY1), corrections=fixes)
    assert update.outcome.unmatched == [
        "fix.csv:3: no report 'zz' is read; fix the id or delete the row"
    ]
    assert update.events[0].figures["killed"] == 3
    later = append(store, gaz, reports(gaz, [("w2", "Wire", "Drones hit Lutsk overnight.")]))
    chernihiv = next(e for e in later.events if e.place.name == "Chernihiv")
    assert chernihiv.figures["killed"] == 3  # still applied, without giving the file again
    stored = load_store(store)
    assert [c.id for c in stored.corrections] == ["w1", "zz"]


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path, gaz: Gazetteer) -> None:
    other = tmp_path / "other.gpkg"
    other.write_bytes(b"not a geopackage")
    with pytest.raises(InputError, match=re.escape("other.gpkg: cannot read it as a store")):
        append(other, gaz, reports(gaz, DAY1))
