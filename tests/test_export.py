"""Exports (JSONL, GeoJSON, CSV, GeoPackage), atomic writes, and the extract command's
input options end to end."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from geo.cli import main
from geo.output.atomic import atomic_open
from geo.output.export import CSV_COLUMNS, write_csv, write_geojson, write_jsonl
from geo.records import Extraction, Place, Report, ResolvedPlace, Span, Unresolved

KHARKIV = Place("gn:706483", "Kharkiv", "settlement", "UA", "UA-63", 49.98, 36.25)
NOWHERE = Place("cur:x", "Somewhere", "admin2", "UA", None, None, None)


def _ext() -> Extraction:
    rep = Report("r1", "Drones hit Kharkiv and Somewhere. 2 killed.", date="2024-05-02")
    places = (
        ResolvedPlace("r1", KHARKIV, "impact", 1, 0.9, (Span("Kharkiv", 11, 18),), "hit"),
        ResolvedPlace("r1", NOWHERE, "impact", 2, 0.5, (Span("Somewhere", 23, 32),)),
    )
    unresolved = (Unresolved("r1", Span("Zzz", 0, 3), "no first-level unit for this name"),)
    return Extraction(rep, places, {"killed": 2}, unresolved)


def test_geojson_is_rfc7946() -> None:
    buf = io.StringIO()
    write_geojson([_ext(), _ext()], buf)
    doc = json.loads(buf.getvalue())
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    first, nowhere, unresolved = doc["features"][:3]
    assert first["geometry"] == {"type": "Point", "coordinates": [36.25, 49.98]}  # [lon, lat]
    assert first["properties"]["record"] == "place" and first["properties"]["date"] == "2024-05-02"
    assert nowhere["geometry"] is None
    assert unresolved["geometry"] is None and unresolved["properties"]["record"] == "unresolved"
    assert all(
        f["type"] == "Feature" and isinstance(f["properties"], dict) for f in doc["features"]
    )


def test_empty_geojson_is_valid() -> None:
    buf = io.StringIO()
    write_geojson([], buf)
    assert json.loads(buf.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_csv_has_acled_columns() -> None:
    buf = io.StringIO()
    write_csv([_ext()], buf, admin1_name={"UA-63": "Kharkiv Oblast"}.get)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert tuple(CSV_COLUMNS[:10]) == (
        "event_date", "admin1", "admin2", "location", "latitude", "longitude",
        "geo_precision", "fatalities", "notes", "source",
    )  # fmt: skip
    assert rows[0]["admin1"] == "Kharkiv Oblast" and rows[0]["latitude"] == "49.98"
    assert [r["report_killed"] for r in rows] == ["2", "2", "2"]
    assert rows[2]["record"] == "unresolved" and rows[2]["location"] == "Zzz"


def test_jsonl_streams_the_contract() -> None:
    buf = io.StringIO()
    write_jsonl(iter([_ext()]), buf)
    types = [json.loads(line)["type"] for line in buf.getvalue().splitlines()]
    assert types == ["place", "place", "unresolved", "report"]


def test_gpkg_layers(tmp_path: Path) -> None:
    pyogrio = pytest.importorskip("pyogrio")
    from geo.output.export import write_gpkg

    out = tmp_path / "x.gpkg"
    write_gpkg([_ext()], out)
    assert {name for name, _ in pyogrio.list_layers(out)} == {"places", "unresolved"}
    places = pyogrio.read_dataframe(out, layer="places")
    assert len(places) == 2 and places.geometry.iloc[0].x == pytest.approx(36.25)
    assert [p.name for p in tmp_path.iterdir()] == ["x.gpkg"]


ZAPORIZHZHIA = Place("gn:687700", "Zaporizhzhia", "settlement", "UA", "UA-23", 47.82, 35.19)
VILNIANSK = Place("gn:689558", "Vilniansk", "settlement", "UA", "UA-23", 47.94, 35.43)
TOKMAK = Place("gn:691999", "Tokmak", "settlement", "UA", "UA-23", 47.25, 35.71)


def _per_place_ext() -> Extraction:
    """Figures tied to two of three places; the report's totals are larger than their sum."""
    text = (
        "Guided bombs killed three people in Zaporizhzhia and wounded one woman in Vilniansk. "
        "The planes took off near Tokmak. In all, five people died across the region."
    )
    rep = Report("z1", text, date="2025-02-11")
    places = (
        ResolvedPlace("z1", ZAPORIZHZHIA, "impact", 1, 0.9, (Span("Zaporizhzhia", 36, 48),),
                      "killed", facts={"killed": 3}),
        ResolvedPlace("z1", VILNIANSK, "impact", 1, 0.9, (Span("Vilniansk", 74, 83),),
                      "wounded", facts={"wounded": 1}),
        ResolvedPlace("z1", TOKMAK, "launch", 2, 0.7, (Span("Tokmak", 110, 116),), "took off"),
    )  # fmt: skip
    return Extraction(rep, places, {"killed": 5, "wounded": 1})


def test_jsonl_place_lines_carry_their_own_facts() -> None:
    buf = io.StringIO()
    write_jsonl([_per_place_ext()], buf)
    lines = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert [(r["type"], r.get("facts")) for r in lines] == [
        ("place", {"killed": 3}),
        ("place", {"wounded": 1}),
        ("place", {}),
        ("report", {"killed": 5, "wounded": 1}),
    ]


def test_extract_jsonl_gives_each_place_its_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    report = tmp_path / "night.txt"
    report.write_text(
        "Russian drones struck Poltava overnight, killing two people. In Lutsk, a missile hit "
        "a warehouse; nobody was hurt, the mayor said. The governor spoke from Kyiv.\n",
        encoding="utf-8",
    )
    assert main(["extract", str(report)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    facts = {r["name"]: r["facts"] for r in lines if r["type"] == "place"}
    assert facts == {
        "Poltava": {"killed": 2},
        "Lutsk": {"killed": 0, "wounded": 0},
        "Kyiv": {},
    }


def test_csv_fatalities_are_each_places_own_killed() -> None:
    buf = io.StringIO()
    write_csv([_per_place_ext()], buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert [r["location"] for r in rows] == ["Zaporizhzhia", "Vilniansk", "Tokmak"]
    assert [r["fatalities"] for r in rows] == ["3", "", ""]
    assert [r["wounded"] for r in rows] == ["", "1", ""]
    assert [r["report_killed"] for r in rows] == ["5", "5", "5"]
    assert [r["report_drones"] for r in rows] == ["", "", ""]


def test_geojson_places_carry_their_figures_and_the_report_totals_apart() -> None:
    buf = io.StringIO()
    write_geojson([_per_place_ext()], buf)
    props = [f["properties"] for f in json.loads(buf.getvalue())["features"]]
    assert [(p["killed"], p["wounded"], p["drones"]) for p in props] == [
        (3, None, None),
        (None, 1, None),
        (None, None, None),
    ]
    assert {(p["report_killed"], p["report_wounded"], p["report_missiles"]) for p in props} == {
        (5, 1, None)
    }
    assert all("facts" not in p for p in props)


def test_gpkg_figures_are_integers_or_null(tmp_path: Path) -> None:
    pyogrio = pytest.importorskip("pyogrio")
    from geo.output.export import write_gpkg

    out = tmp_path / "z.gpkg"
    write_gpkg([_per_place_ext()], out)
    places = pyogrio.read_dataframe(out, layer="places")
    assert places["fatalities"].iloc[0] == 3
    assert places["fatalities"].isna().tolist() == [False, True, True]
    assert places["report_killed"].tolist() == [5, 5, 5]
    assert places["wounded"].isna().tolist() == [True, False, True]


def test_atomic_open_leaves_nothing_on_error(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    with pytest.raises(RuntimeError, match="boom"), atomic_open(target) as fh:
        fh.write("half")
        raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []


def _feed(tmp_path: Path, bad: bool = False) -> Path:
    path = tmp_path / "feed.jsonl"
    lines = [
        {"id": "a", "date": "2024-05-01", "text": "Russian drones hit Kharkiv overnight."},
        {"id": "b", "date": "2024-05-02", "text": "Missiles struck Odesa port on Tuesday."},
        {"id": "c", "date": "2024-05-03", "text": "A drone hit a house in Sumy."},
    ]
    text = "".join(json.dumps(x) + "\n" for x in lines)
    if bad:
        text = text.replace("\n", "\n{not json\n", 1)
    path.write_text(text, encoding="utf-8")
    return path


def test_failing_run_leaves_no_output(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "out" / "x.csv"
    code = main(["extract", str(_feed(tmp_path, bad=True)), "--format", "csv", "-o", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1
    assert "feed.jsonl:2: not valid JSON" in err[0]
    assert not out.exists() and list(out.parent.iterdir()) == []


def test_skip_bad_goes_on_and_summarises(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "x.jsonl"
    code = main(["extract", str(_feed(tmp_path, bad=True)), "--skip-bad", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 0
    assert "strikemap: 3 reports read" in err and "1 skipped" in err
    assert "skipped " + str(tmp_path / "feed.jsonl") + ":2: not valid JSON" in err
    reports = [r for r in map(json.loads, out.read_text().splitlines()) if r["type"] == "report"]
    assert [r["report"] for r in reports] == ["a", "b", "c"]


def test_since_until_and_formats(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    feed = str(_feed(tmp_path))
    out = tmp_path / "x.geojson"
    args = ["extract", feed, "--since", "2024-05-02", "--until", "2024-05-02"]
    assert main([*args, "--format", "geojson", "-o", str(out)]) == 0
    doc = json.loads(out.read_text())
    assert {f["properties"]["report"] for f in doc["features"]} == {"b"}
    assert "2 outside --since/--until" in capsys.readouterr().err
    assert main(["extract", feed, "--format", "csv", "--jobs", "2"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["report"] for r in rows if r["role"] == "impact"][:1] == ["a"]


def test_bad_since_is_a_usage_error(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", "x.txt", "--since", "May"])
    assert exc.value.code == 2
    assert "'May' is not an ISO date" in capsys.readouterr().err


def test_gpkg_needs_output(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["extract", str(_feed(tmp_path)), "--format", "gpkg"]) == 2
    assert "--format gpkg writes a file; give -o FILE.gpkg" in capsys.readouterr().err


def test_gpkg_is_byte_identical_run_to_run_and_batched(tmp_path: Path) -> None:
    import time

    import pyogrio

    from geo.output.export import write_gpkg

    def many() -> list[Extraction]:
        return [
            Extraction(Report(f"r{i}", "x"), _ext().places, {"killed": i}, _ext().unresolved)
            for i in range(5)
        ]

    a, b, c = tmp_path / "a.gpkg", tmp_path / "b.gpkg", tmp_path / "c.gpkg"
    write_gpkg(many(), a)
    time.sleep(1.1)  # a run a second later still gives the same bytes
    write_gpkg(many(), b)
    assert a.read_bytes() == b.read_bytes()
    write_gpkg(many(), c, batch=2)  # written in several appends
    for layer in ("places", "unresolved"):
        whole = pyogrio.read_dataframe(a, layer=layer)
        batched = pyogrio.read_dataframe(c, layer=layer)
        assert whole.drop(columns="geometry", errors="ignore").equals(
            batched.drop(columns="geometry", errors="ignore")
        )
    assert len(pyogrio.read_dataframe(c, layer="places")) == 10


def test_temporary_files_are_named_and_cleaned(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from geo.output.atomic import clean_stale

    target = tmp_path / "out.jsonl"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    pid = int(dead.stdout)  # a process that has ended
    stale = tmp_path / f".out.jsonl.strikemap-{pid}-abcd1234.tmp"
    journal = tmp_path / f".out.jsonl.strikemap-{pid}-abcd1234.gpkg-journal"
    mine = tmp_path / f".out.jsonl.strikemap-{os.getpid()}-abcd1234.tmp"
    other = tmp_path / ".other.jsonl.strikemap-1-abcd1234.tmp"
    for p in (stale, journal, mine, other):
        p.write_text("x", encoding="utf-8")
    assert sorted(clean_stale(target)) == sorted([stale, journal])
    assert mine.exists() and other.exists()
    mine.unlink()
    with pytest.raises(RuntimeError), atomic_open(target) as fh:
        names = [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.jsonl.")]
        assert len(names) == 1 and names[0].endswith(".tmp")
        assert names[0].startswith(f".out.jsonl.strikemap-{os.getpid()}-")
        fh.write("half")
        raise RuntimeError
    assert sorted(p.name for p in tmp_path.iterdir()) == [other.name]
