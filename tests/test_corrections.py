"""An analyst's corrections: roles, resolutions, dates, sides, figures and merges, applied on
every run; a row that matches nothing is reported, a row that cannot be read stops the run."""

from __future__ import annotations

import re

import pytest

from geo.errors import InputError
from geo.events.corrections import events_with_corrections, parse_corrections
from geo.events.grouping import Event, event_id

from .test_grouping import IZMAIL, KYIV, ODESA, seen

PLACES = {p.id: p for p in (KYIV, ODESA, IZMAIL)}
HEADER = "id,place,field,value,note\n"


def lookup(value: str):
    return PLACES.get(value) or next((p for p in PLACES.values() if p.name == value), None)


def run(rows: str, *sightings) -> tuple[list[Event], list[str]]:
    corrections = parse_corrections(HEADER + rows, "fix.csv", lookup)
    events, outcome = events_with_corrections(list(sightings), PLACES.get, corrections, lookup)
    return events, outcome.unmatched


ODESA_EVENT = event_id(ODESA.id, "2025-07-04", "RU")


def test_a_role_correction_takes_a_place_out_of_the_events() -> None:
    events, unmatched = run("r1,Odesa,role,mention,a dateline\n", seen("r1"), seen("r2", KYIV))
    assert [e.place.name for e in events] == ["Kyiv"] and unmatched == []


def test_a_resolution_correction_moves_the_impact() -> None:
    events, _ = run("r1,Odesa,place,gn:707688,the town in the text\n", seen("r1"))
    assert events[0].place == IZMAIL
    assert "corrected place to gn:707688 at Odesa in report r1" in events[0].notes[0]


def test_a_date_and_a_side_correction_make_another_event() -> None:
    events, _ = run(
        "r2,Odesa,event_date,2025-07-03,\nr3,,side,UA,\n", seen("r1"), seen("r2"), seen("r3")
    )
    assert sorted((e.date, e.side, tuple(e.reports)) for e in events) == [
        ("2025-07-03", "RU", ("r2",)),
        ("2025-07-04", "RU", ("r1",)),
        ("2025-07-04", "UA", ("r3",)),
    ]


def test_a_report_figure_correction() -> None:
    events, _ = run("r1,Odesa,killed,4,governor's update\n", seen("r1", killed=2), seen("r2"))
    assert events[0].figures == {"killed": 4}


def test_an_event_figure_correction_overrides_the_rule() -> None:
    events, _ = run(f"{ODESA_EVENT},,wounded,12,hospital list\n", seen("r1", wounded=9))
    assert events[0].figures == {"wounded": 12}
    assert events[0].figure_sources["wounded"] == "correction"


def test_a_split_and_a_merge() -> None:
    events, _ = run("r2,Odesa,event,new,a second strike that day\n", seen("r1"), seen("r2"))
    assert sorted(e.reports for e in events) == [["r1"], ["r2"]]
    split = next(e for e in events if e.reports == ["r2"])
    events, _ = run(
        f"r2,Odesa,event,new,\n{split.id},,merge_into,{ODESA_EVENT},same strike after all\n",
        seen("r1"),
        seen("r2"),
    )
    assert [e.reports for e in events] == [["r1", "r2"]]
    assert any("merged" in note for note in events[0].notes)


def test_an_event_role_correction_drops_the_event() -> None:
    events, _ = run(f"{ODESA_EVENT},,role,mention,an exercise\n", seen("r1"), seen("r2", KYIV))
    assert [e.place.name for e in events] == ["Kyiv"]


def test_corrections_that_match_nothing_are_reported() -> None:
    rows = (
        "r9,Odesa,killed,1,\n"
        "r1,Lviv,role,mention,\n"
        "ev-2025-01-01-0000000000,,killed,1,\n"
        "ev-2025-01-01-0000000000,,merge_into,ev-2025-01-02-0000000000,\n"
    )
    events, unmatched = run(rows, seen("r1"))
    assert len(events) == 1 and len(unmatched) == 4
    assert unmatched[0].startswith("fix.csv:2: no report 'r9'")
    assert unmatched[1].startswith("fix.csv:3: report r1 names no place 'Lviv' (it names: Odesa)")
    assert unmatched[2].startswith("fix.csv:4: no event ev-2025-01-01-0000000000")


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("r1,Odesa,kiled,2,\n", "fix.csv:2: unknown field 'kiled' for a report"),
        ("r1,Odesa,killed,two,\n", "fix.csv:2: killed 'two' is not a whole number"),
        ("r1,Odesa,role,target,\n", "fix.csv:2: role 'target'"),
        ("r1,Odesa,event_date,4 July,\n", "fix.csv:2: event_date '4 July' is not a date"),
        ("r1,Odesa,place,Atlantis,\n", "fix.csv:2: place 'Atlantis' is not in the gazetteer"),
        ("ev-x,,merge_into,r2,\n", "fix.csv:2: merge_into 'r2' is not an event id"),
        (",Odesa,killed,1,\n", "fix.csv:2: no report or event id"),
    ],
)
def test_a_bad_row_stops_with_its_line(rows: str, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)):
        parse_corrections(HEADER + rows, "fix.csv", lookup)


def test_a_file_without_the_columns_is_refused() -> None:
    with pytest.raises(InputError, match=re.escape("fix.csv: a corrections file needs the")):
        parse_corrections("report,what\nr1,x\n", "fix.csv", lookup)
