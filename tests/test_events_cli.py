"""``strikemap events`` and ``strikemap map --by events`` from the command line."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from geo.cli import main

from .conftest import EXAMPLES

NIGHT = [
    str(EXAMPLES / n) for n in ("kyiv_night.txt", "kyiv_night_wire.txt", "kyiv_governor_uk.txt")
]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def table(path: Path) -> list[dict]:
    return list(csv.DictReader(path.open(encoding="utf-8")))


def test_events_writes_the_event_table(tmp_path: Path, capsys) -> None:
    out = tmp_path / "events.csv"
    code, _, err = run(capsys, "events", *NIGHT, "-o", str(out))
    assert code == 0, err
    rows = {r["location"]: r for r in table(out)}
    kyiv = rows["Kyiv"]
    assert (kyiv["event_date"], kyiv["source_count"], kyiv["wounded"]) == ("2025-07-04", "3", "23")
    assert rows["Rostov Oblast"]["reports"] == "kyiv_night; kyiv_night_wire"
    assert "5 event(s) from 3 report(s); 2 told by several reports (3 reports merged)" in err


def test_events_to_stdout_is_csv(capsys) -> None:
    code, out, _ = run(capsys, "events", NIGHT[0])
    assert code == 0 and out.startswith("event_id,event_date,country,admin1,admin2,location,")


def test_a_store_is_appended_once(tmp_path: Path, capsys) -> None:
    store = tmp_path / "store.gpkg"
    code, _, err = run(capsys, "events", *NIGHT[:2], "--store", str(store))
    assert code == 0 and "2 report(s) added" in err
    code, _, err = run(capsys, "events", NIGHT[1], "--store", str(store))
    assert code == 0 and f"store {store}: unchanged (1 report(s) already stored)" in err
    out = tmp_path / "from_store.geojson"
    code, _, _ = run(capsys, "events", NIGHT[2], "--store", str(store), "-o", str(out))
    assert code == 0 and '"source_count": 3' in out.read_text(encoding="utf-8")


def test_corrections_that_match_nothing_are_warned_about(tmp_path: Path, capsys) -> None:
    fixes = tmp_path / "fix.csv"
    fixes.write_text(
        "id,place,field,value,note\nkyiv_night,Sumy Oblast,role,mention,not hit\n"
        "kyiv_night,Lviv,role,mention,\n",
        encoding="utf-8",
    )
    out = tmp_path / "e.csv"
    code, _, err = run(capsys, "events", NIGHT[0], "--corrections", str(fixes), "-o", str(out))
    assert code == 0
    assert "Sumy Oblast" not in {r["location"] for r in table(out)}
    assert re.search(r"warning: correction not applied: .*fix.csv:3: report kyiv_night", err)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["events"], "give reports to read, or --store STORE"),
        (["events", NIGHT[0], "--format", "gpkg"], "--format gpkg writes a file; give -o FILE"),
        (["events", NIGHT[0], "--corrections", "missing.csv"], "missing.csv: no such corrections"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, argv: list[str], message: str) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_a_bad_corrections_row_names_its_line(tmp_path: Path, capsys) -> None:
    fixes = tmp_path / "fix.csv"
    fixes.write_text("id,place,field,value,note\nkyiv_night,Kyiv,kiled,2,\n", encoding="utf-8")
    code, _, err = run(capsys, "events", NIGHT[0], "--corrections", str(fixes))
    assert code == 2 and f"{fixes}:2: unknown field 'kiled'" in err


def test_map_by_events(tmp_path: Path, capsys) -> None:
    page = tmp_path / "events.html"
    code, _, err = run(capsys, "map", *NIGHT, "-o", str(page))  # three sources: events
    assert code == 0 and "wrote" in err and "5 event(s)" in err
    html = page.read_text(encoding="utf-8")
    assert "Events per region" in html and "Sources (3)" in html
    assert "Solomianskyi district" in html  # a district the sources name, drawn in its event
    code, _, err = run(capsys, "map", NIGHT[0], "-o", str(page))  # one source: reports
    assert code == 0 and "1 report(s)" in err
    code, _, err = run(capsys, "map", *NIGHT, "-o", str(page), "--by", "reports")
    assert code == 0 and "3 report(s)" in err


def test_events_of_the_air_force_table(tmp_path: Path, capsys, shared_data: Path) -> None:
    attacks = str(shared_data / "events" / "missile_attacks_daily.csv")
    out, page = tmp_path / "attacks.csv", tmp_path / "attacks.html"
    code, _, err = run(capsys, "events", attacks, "-o", str(out))
    assert code == 0, err
    rows = table(out)
    reports = {r for row in rows for r in row["reports"].split("; ")}
    assert len(rows) < len(reports) < 3585  # rows of one night and target are one event
    assert len({(r["event_date"], r["place_id"], r["side"]) for r in rows}) == len(rows)
    code, _, err = run(capsys, "map", attacks, "-o", str(page))
    assert code == 0 and f"wrote {page}: {len(rows)} event(s)" in err
