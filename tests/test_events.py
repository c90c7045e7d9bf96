"""Event-table rows become extractions; date filters and per-date groups."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

import pytest

from geo.engines.batch import run_batch
from geo.errors import InputError
from geo.places.gazetteer import Gazetteer
from geo.read.reports import Columns, Row, iter_inputs
from geo.read.tables import group_by_date, in_date_range, model_kind, row_extraction


def _row(gaz_cells: dict[str, str], **cols: str) -> Row:
    return Row("t.csv:2", "t.csv:2", gaz_cells, "2024-05-02", Columns(**cols).lowered())


def test_free_place_text_resolves_to_impacts(gaz: Gazetteer) -> None:
    row = _row(
        {
            "target": "Kharkiv oblast and Sumy oblast",
            "launch_place": "Kursk oblast and Millerovo",
            "model": "Shahed-136/131",
            "launched": "93.0",
            "destroyed": "76.0",
        }
    )
    ext = row_extraction(row, gaz)
    assert ext.report.id == "t.csv:2" and ext.report.date == "2024-05-02"
    roles = {(p.place.admin1, p.role) for p in ext.places}
    assert {("UA-63", "impact"), ("UA-59", "impact"), ("RU-KRS", "launch")} <= roles
    assert ext.facts == {"drones": 93, "intercepted": 76}
    for p in ext.places:  # spans index the report text
        for s in p.mentions:
            assert ext.report.text[s.start : s.end] == s.text


def test_region_and_raion_keeps_the_raion(gaz: Gazetteer) -> None:
    ext = row_extraction(_row({"target": "Dnipropetrovsk oblast, Kryvyi Rih Raion"}), gaz)
    assert [(p.place.kind, p.place.admin1) for p in ext.places] == [("admin2", "UA-12")]


def test_unresolvable_place_text_is_listed(gaz: Gazetteer) -> None:
    ext = row_extraction(_row({"target": "south and east", "model": "Iskander-M"}), gaz)
    assert ext.places == ()
    (u,) = ext.unresolved
    assert u.span.text == "south and east" and u.reason == "no place name in the target column"


def test_coordinates_and_acled_columns(gaz: Gazetteer) -> None:
    cells = {
        "event_date": "2024-05-02",
        "admin1": "Kharkiv",
        "location": "Kharkiv",
        "latitude": "49.99",
        "longitude": "36.23",
        "geo_precision": "2",
        "fatalities": "3",
        "notes": "Shelling of a residential area.",
    }
    (p,) = row_extraction(_row(cells), gaz).places
    assert (p.place.name, p.place.admin1, p.role, p.precision) == ("Kharkiv", "UA-63", "impact", 2)
    assert (p.place.lon, p.place.lat) == (36.23, 49.99)
    assert row_extraction(_row(cells), gaz).facts == {"killed": 3}


def test_row_figures_go_to_its_one_impact_place(gaz: Gazetteer) -> None:
    cells = {
        "target": "Zaporizhzhia oblast",
        "launch_place": "Kursk oblast",
        "model": "Shahed-136/131",
        "launched": "40",
        "destroyed": "31",
    }
    ext = row_extraction(_row(cells), gaz)
    facts = {p.place.admin1: (p.role, p.facts) for p in ext.places}
    assert facts == {
        "UA-23": ("impact", {"drones": 40, "intercepted": 31}),
        "RU-KRS": ("launch", {}),
    }
    point = {"latitude": "47.84", "longitude": "35.14", "location": "Zaporizhzhia", "best": "2"}
    (p,) = row_extraction(_row(point), gaz).places
    assert p.facts == {"killed": 2}


def test_row_figures_stay_the_rows_when_it_names_several_impact_places(gaz: Gazetteer) -> None:
    cells = {"target": "Zaporizhzhia oblast and Dnipropetrovsk oblast", "fatalities": "4"}
    ext = row_extraction(_row(cells), gaz)
    assert ext.facts == {"killed": 4}
    assert len(ext.impacts) == 2 and all(p.facts == {} for p in ext.impacts)


def test_custom_columns(gaz: Gazetteer) -> None:
    row = _row({"y": "46.48", "x": "30.73", "where": "Odesa port"}, lat="y", lon="x", place="where")
    (p,) = row_extraction(row, gaz).places
    assert p.place.name == "Odesa" and p.place.admin1 == "UA-51"


def test_bad_coordinates_name_the_row(gaz: Gazetteer) -> None:
    with pytest.raises(InputError, match=r"t\.csv:2: column 'latitude' holds 'north'"):
        row_extraction(_row({"latitude": "north", "longitude": "36.2"}), gaz)
    with pytest.raises(InputError, match=r"t\.csv:2: coordinates '99', '36.2' are not"):
        row_extraction(_row({"latitude": "99", "longitude": "36.2"}), gaz)


@pytest.mark.parametrize(
    ("model", "kind"),
    [
        ("Shahed-136/131", "drones"),
        ("Orlan-10 and ZALA and Supercam", "drones"),
        ("X-101/X-555 and Kalibr", "missiles"),
        ("C-300/C-400 and Iskander-M", "missiles"),
        ("Молнія", "drones"),
        ("Aerial Bomb", None),
        ("Kalibr and Shahed-136/131", None),
    ],
)
def test_model_kind(model: str, kind: str | None) -> None:
    assert model_kind(model) == kind


def test_ucdp_sample(gaz: Gazetteer, shared_data: Path) -> None:
    path = shared_data / "events" / "ucdp_ged_ukraine_sample.csv"
    exts = list(run_batch(iter_inputs([str(path)]), gaz=gaz))
    assert len(exts) == 9
    first = exts[0]
    assert first.report.date == "2014-01-27" and first.places[0].place.admin1 == "UA-30"
    assert all(e.places and e.places[0].role == "impact" for e in exts)


def test_missile_table_head(gaz: Gazetteer, shared_data: Path) -> None:
    path = shared_data / "events" / "missile_attacks_daily.csv"
    exts = list(run_batch(islice(iter_inputs([str(path)]), 200), gaz=gaz))
    assert exts[0].report.id == "missile_attacks_daily.csv:2"
    assert any(u.span.text == "south" for e in exts for u in e.unresolved)
    assert any(p.role == "launch" for e in exts for p in e.places)


def test_jobs_keep_input_order(gaz: Gazetteer, tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    towns = ["Kharkiv", "Odesa", "Sumy", "Lviv", "Poltava"] * 20
    path.write_text(
        "".join(
            f'{{"id": "r{i}", "text": "Drones hit {t} ({i})."}}\n' for i, t in enumerate(towns)
        ),
        encoding="utf-8",
    )
    one = [e.report.id for e in run_batch(iter_inputs([str(path)]), gaz=gaz)]
    two = [e.report.id for e in run_batch(iter_inputs([str(path)]), gaz=gaz, jobs=2, chunk_size=7)]
    assert one == two == [f"r{i}" for i in range(100)]


def test_bad_rows_are_skipped_with_on_error(gaz: Gazetteer, tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_text("latitude,longitude\n50,30\nx,30\n", encoding="utf-8")
    skipped: list[tuple[str, str]] = []
    exts = list(
        run_batch(iter_inputs([str(path)]), gaz=gaz, on_error=lambda w, r: skipped.append((w, r)))
    )
    assert len(exts) == 1 and skipped[0][0] == f"{path}:3"
    with pytest.raises(InputError, match=r"e\.csv:3: column 'latitude' holds 'x'"):
        list(run_batch(iter_inputs([str(path)]), gaz=gaz))


def test_dates() -> None:
    from geo.records import Extraction, Report

    assert in_date_range("2024-05-02", "2024-05-02", "2024-05-02")
    assert not in_date_range("2024-05-03", None, "2024-05-02")
    assert not in_date_range(None, "2024-01-01")
    assert in_date_range(None)
    ex = [Extraction(Report(i, "x", date=d), ()) for i, d in [("a", "2024-05-02"), ("b", None)]]
    assert list(group_by_date(ex)) == ["2024-05-02", None]
