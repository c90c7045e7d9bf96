"""The public Python API (``geo.*``): cheap import, reading, extraction, frames, the map (the
same bytes as ``strikemap map``), and errors worded for Python, not for the command line."""

from __future__ import annotations

import ast
import importlib.metadata
import io
import json
import re
import subprocess
import sys
import warnings
from pathlib import Path

import folium
import geopandas as gpd
import pandas as pd
import pytest
import shapely

import geo
from geo.cli import cli_wording, main
from geo.records import FACT_KEYS

from .conftest import EXAMPLES, ROOT

KYIV_NIGHT = EXAMPLES / "kyiv_night.txt"
SOURCES = [EXAMPLES / n for n in ("kyiv_night.txt", "kyiv_night_wire.txt", "kyiv_governor_uk.txt")]
RAIONS = "boundaries/ua_raions_2020_osm.geojson"


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# ----------------------------------------------------------------------------- import


def test_import_geo_is_cheap_and_names_load_on_first_use() -> None:
    code = (
        "import sys, geo\n"
        "heavy = ['importlib.metadata', 'pandas', 'geopandas', 'folium', 'numpy', 'geo.api',"
        " 'geo.records', 'geo.errors']\n"
        "print([m for m in heavy if m in sys.modules])\n"
        "geo.Report\n"
        "print('geo.records' in sys.modules, 'pandas' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.splitlines() == ["[]", "True False"]


def test_cli_import_does_not_read_package_metadata() -> None:
    code = "import sys, geo.cli; print('importlib.metadata' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_version_is_the_installed_distributions() -> None:
    assert geo.__version__ == importlib.metadata.version("strikemap")
    proc = subprocess.run(
        [sys.executable, "-m", "geo", "--version"], capture_output=True, text=True, check=True
    )
    assert proc.stdout.strip() == f"strikemap {geo.__version__}"


def test_all_names_resolve_and_are_listed() -> None:
    for name in geo.__all__:
        assert getattr(geo, name) is not None
    assert set(geo.__all__) <= set(dir(geo))
    assert geo.InputError is importlib.import_module("geo.errors").InputError
    with pytest.raises(AttributeError, match="no attribute 'nonexistent'"):
        _ = geo.nonexistent


# ----------------------------------------------------------------------------- reading


def test_read_reports_of_files_matches_the_cli_ids(capsys) -> None:
    reports = geo.read_reports(EXAMPLES)
    _, out, _ = _cli(capsys, "extract", EXAMPLES)
    cli_ids = [
        json.loads(line)["report"] for line in out.splitlines() if '"type": "report"' in line
    ]
    assert [r.id for r in reports] == cli_ids
    assert all(isinstance(r, geo.Report) for r in reports)


def test_read_reports_of_a_dataframe() -> None:
    feed = pd.DataFrame(
        {
            "ID": ["x1", None, "x3", "x4"],
            "Published": pd.to_datetime(["2025-07-04", "2025-07-05", None, "2025-07-06"]),
            "Body": [
                "Shelling hit Kherson.",
                "A drone struck Sumy.",
                "Shelling hit Kherson.",  # the same text again: kept once
                "Missiles hit Lviv.",
            ],
            "casualties": [1.0, float("nan"), 2.0, 3.0],
        },
        index=[10, 11, 12, 13],
    )
    reports = geo.read_reports(feed, text_col="body", date_col="published", id_col="id")
    assert [(r.id, r.date) for r in reports] == [
        ("x1", "2025-07-04"),
        (reports[1].id, "2025-07-05"),
        ("x4", "2025-07-06"),
    ]
    assert re.fullmatch(r"r[0-9a-f]{10}", reports[1].id)  # no id: a hash of the text
    assert reports[1].path == "DataFrame row 11"


def test_read_reports_of_an_event_table_dataframe() -> None:
    table = pd.DataFrame({"target": ["Kharkiv oblast and Sumy oblast"], "date": ["2025-07-04"]})
    (row,) = geo.read_reports(table)
    assert isinstance(row, geo.Row) and row.date == "2025-07-04"
    ext = geo.extract(row)
    assert {p.place.name for p in ext.impacts} == {"Kharkiv Oblast", "Sumy Oblast"}


def test_dataframe_without_text_column_says_which_keyword() -> None:
    with pytest.raises(geo.InputError) as err:
        geo.read_reports(pd.DataFrame({"body": ["Shelling hit Kherson."]}))
    message = str(err.value)
    assert "no 'text' column (columns: body)" in message and "text_col=..." in message
    assert "--" not in message


def test_dataframe_bad_rows_are_skipped_with_a_warning() -> None:
    feed = pd.DataFrame({"text": ["Shelling hit Kherson.", "   ", "A drone struck Sumy."]})
    with pytest.raises(geo.InputError, match=r"^DataFrame row 1: the report is empty"):
        geo.read_reports(feed)
    with pytest.warns(UserWarning, match=r"skipped DataFrame row 1: the report is empty"):
        reports = geo.read_reports(feed, skip_bad=True)
    assert [r.text for r in reports] == ["Shelling hit Kherson.", "A drone struck Sumy."]


# ----------------------------------------------------------------------------- extraction


def test_extract_one_text_many_and_jobs() -> None:
    texts = [
        "A missile struck Odesa port; two people were killed.",
        "Drones launched from the Kursk region were shot down over Sumy.",
        "Title: Night\nDate: 2025-07-04\n\nRussian drones struck Kyiv overnight.",
    ]
    one = geo.extract(texts[0])
    assert isinstance(one, geo.Extraction) and one.facts == {"killed": 2}
    many = geo.extract(texts)
    assert [e.report.id for e in many] == [geo.extract(t).report.id for t in texts]
    assert many[2].report.title == "Night" and many[2].report.date == "2025-07-04"
    assert geo.extract(texts, jobs=2) == many
    assert geo.extract(iter(geo.read_reports([KYIV_NIGHT])))[0].report.id == "kyiv_night"


def test_extract_a_dataframe() -> None:
    feed = pd.DataFrame({"text": ["Shelling hit Kherson.", "A drone struck Sumy."]})
    assert [[p.place.name for p in e.impacts] for e in geo.extract(feed)] == [
        ["Kherson"],
        ["Sumy"],
    ]


def test_extract_refuses_paths_and_other_things_with_the_fix() -> None:
    with pytest.raises(geo.InputError, match=r"is a file name, not report text; read the file"):
        geo.extract(str(KYIV_NIGHT))
    with pytest.raises(geo.InputError, match=r"a path, not report text"):
        geo.extract(KYIV_NIGHT)
    with pytest.raises(geo.InputError, match=r"<text 1>: cannot extract a int"):
        geo.extract(["Shelling hit Kherson.", 5])
    with pytest.raises(geo.InputError, match=r"^jobs=0: give 1 or more worker processes$"):
        geo.extract(["Shelling hit Kherson."], jobs=0)


def test_extract_skip_bad_goes_on_with_a_warning() -> None:
    with pytest.raises(geo.InputError, match=r"^<text 1>: the report is empty; give report text"):
        geo.extract(["Shelling hit Kherson.", ""])
    with pytest.warns(UserWarning, match=r"skipped <text 1>: the report is empty"):
        exts = geo.extract(["Shelling hit Kherson.", "", "A drone struck Sumy."], skip_bad=True)
    assert [e.impacts[0].place.name for e in exts] == ["Kherson", "Sumy"]


def test_geocode() -> None:
    (kyiv,) = geo.geocode("Kiev", limit=1)
    assert isinstance(kyiv, geo.Candidate)
    assert (kyiv.place.name, kyiv.place.admin1) == ("Kyiv", "UA-30")
    assert geo.geocode("  ") == []
    with pytest.raises(geo.InputError, match=r"^limit=0: give 1 or more candidates$"):
        geo.geocode("Kyiv", limit=0)


# ----------------------------------------------------------------------------- frames


def test_places_frame_has_every_contract_field_as_the_cli_prints_it(capsys) -> None:
    exts = geo.extract(geo.read_reports(SOURCES))
    frame = geo.places_frame(exts)
    _, out, _ = _cli(capsys, "extract", *SOURCES, "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    places = [r for r in records if r["type"] == "place"]
    reports = {r["report"]: r for r in records if r["type"] == "report"}
    assert isinstance(frame, gpd.GeoDataFrame) and frame.crs.to_epsg() == 4326
    assert len(frame) == len(places) > 20
    assert all(
        list(rec) == list(importlib.import_module("geo.api").PLACE_COLUMNS) for rec in places
    )
    for rec, (_, row) in zip(places, frame.iterrows(), strict=True):
        for key, value in rec.items():
            assert row[key] == value or (value is None and pd.isna(row[key])), key
        for key in FACT_KEYS:
            own = rec["facts"].get(key)
            assert (pd.isna(row[key]) and own is None) or row[key] == own
            total = reports[rec["report"]]["facts"].get(key)
            assert (pd.isna(row[f"report_{key}"]) and total is None) or row[
                f"report_{key}"
            ] == total
        assert row["title"] == reports[rec["report"]]["title"]
        if rec["lon"] is None:
            assert row.geometry is None
        else:
            assert row.geometry.equals(shapely.Point(rec["lon"], rec["lat"]))
    assert str(frame["killed"].dtype) == "Int64"


def test_places_frame_of_nothing_keeps_its_columns() -> None:
    frame = geo.places_frame([])
    assert len(frame) == 0 and frame.crs.to_epsg() == 4326
    assert list(frame.columns[:18]) == list(importlib.import_module("geo.api").PLACE_COLUMNS)
    with pytest.raises(geo.InputError, match=r"run geo\.extract"):
        geo.places_frame(["Kyiv"])


def test_regions_frame_is_the_cli_table(capsys) -> None:
    exts = geo.extract(geo.read_reports(SOURCES))
    _, out, _ = _cli(capsys, "regions", *SOURCES)
    table = geo.regions_frame(exts)
    assert table.drop(columns="geometry").to_csv(index=False) == out
    assert table.crs.to_epsg() == 4326
    _, out_all, _ = _cli(capsys, "regions", *SOURCES, "--all")
    assert (
        geo.regions_frame(exts, all_units=True).drop(columns="geometry").to_csv(index=False)
        == out_all
    )


def test_regions_frame_of_a_users_raions(capsys, shared_data: Path) -> None:
    raions = shared_data / RAIONS
    reports = [EXAMPLES / "sumy_bombs.md", *SOURCES]
    exts = geo.extract(geo.read_reports(reports))
    _, out, _ = _cli(capsys, "regions", *reports, "--boundaries", raions)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # the file's unclosed rings, rebuilt
        by_path = geo.regions_frame(exts, raions)
        by_units = geo.regions_frame(exts, geo.load_boundaries(raions))
    assert by_path.drop(columns="geometry").to_csv(index=False) == out
    assert by_units.equals(by_path)
    assert len(by_path) > 0


def test_boundaries_that_are_not_units_say_how_to_load_them() -> None:
    exts = geo.extract(["Shelling hit Kherson."])
    with pytest.raises(geo.InputError, match=r"geo\.load_boundaries\(path"):
        geo.regions_frame(exts, gpd.GeoDataFrame({"NAME": ["x"]}, geometry=[shapely.Point(0, 0)]))


# ----------------------------------------------------------------------------- the map


def _cli_map(capsys, tmp_path: Path, name: str, *argv: object) -> bytes:
    out = tmp_path / name
    code, _, err = _cli(capsys, "map", *argv, "-o", out)
    assert code == 0, err
    return out.read_bytes()


def test_map_saves_the_cli_page_byte_for_byte(capsys, tmp_path: Path) -> None:
    exts = geo.extract(geo.read_reports(SOURCES))
    m = geo.make_map(exts)
    assert isinstance(m, folium.Map) and isinstance(m, geo.StrikeMap)
    m.save(tmp_path / "api.html")
    m.save(tmp_path / "again.html")  # saving twice gives the same page
    cli = _cli_map(capsys, tmp_path, "cli.html", *SOURCES)
    assert (tmp_path / "api.html").read_bytes() == cli
    assert (tmp_path / "again.html").read_bytes() == cli
    buffer = io.BytesIO()
    m.save(buffer, close_file=False)
    assert buffer.getvalue() == cli


def test_map_options_match_the_cli(capsys, tmp_path: Path) -> None:
    exts = geo.extract(geo.read_reports(SOURCES))
    m = geo.make_map(exts, title="Kyiv <night>", by="reports")
    cli = _cli_map(
        capsys, tmp_path, "c.html", *SOURCES, "--title", "Kyiv <night>", "--by", "reports"
    )
    assert m.to_html().encode() == cli
    m.save(tmp_path / "frag.html", fragment=True)
    argv = (*SOURCES, "--title", "Kyiv <night>", "--by", "reports", "--fragment")
    assert (tmp_path / "frag.html").read_bytes() == _cli_map(capsys, tmp_path, "f.html", *argv)
    assert m._repr_html_() == m.to_html(fragment=True)
    assert m._repr_html_().startswith('<div class="strikemap-embed"')


def test_map_with_a_users_raions_matches_the_cli(capsys, tmp_path: Path, shared_data: Path) -> None:
    raions = shared_data / RAIONS
    exts = geo.extract(geo.read_reports([EXAMPLES / "sumy_bombs.md"]))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        page = geo.make_map(exts, boundaries=raions).to_html()
    cli = _cli_map(capsys, tmp_path, "r.html", EXAMPLES / "sumy_bombs.md", "--boundaries", raions)
    assert page.encode() == cli
    assert "OpenStreetMap contributors" in page


def test_map_with_tiles_matches_the_cli(capsys, tmp_path: Path) -> None:
    exts = geo.extract(geo.read_reports([KYIV_NIGHT]))
    m = geo.make_map(exts, tiles="OpenStreetMap.Mapnik")
    m.save(tmp_path / "api.html")
    cli = _cli_map(capsys, tmp_path, "cli.html", KYIV_NIGHT, "--tiles", "OpenStreetMap.Mapnik")
    assert (tmp_path / "api.html").read_bytes() == cli
    assert b"tile.openstreetmap.org" in cli


def test_map_refuses_an_unknown_by() -> None:
    with pytest.raises(geo.InputError, match=r"^by='regions': give 'auto', 'reports' or 'events'"):
        geo.make_map([], by="regions")


# ----------------------------------------------------------------------------- errors


def test_library_errors_speak_python_and_the_cli_speaks_options(capsys, tmp_path: Path) -> None:
    feed = tmp_path / "feed.csv"
    feed.write_text("body\nShelling hit Kherson.\n", encoding="utf-8")
    with pytest.raises(geo.InputError) as err:
        geo.read_reports(feed)
    assert "name it with text_col=..., or name a place column with place_col=..." in str(err.value)
    _, _, stderr = _cli(capsys, "extract", feed)
    assert "name it with --text-col, or name a place column with --place-col" in stderr

    with pytest.raises(geo.InputError) as err:
        geo.read_reports(KYIV_NIGHT, encoding="martian")
    assert "give e.g. encoding='utf-8' (or utf-16, cp1251, koi8-r)" in str(err.value)
    _, _, stderr = _cli(capsys, "extract", KYIV_NIGHT, "--encoding", "martian")
    assert "give e.g. --encoding utf-8 (or utf-16, cp1251, koi8-r)" in stderr


def test_layer_choice_is_worded_for_each(capsys, tmp_path: Path) -> None:
    gpkg = tmp_path / "two.gpkg"
    square = shapely.box(30, 45, 40, 52)
    for layer in ("a", "b"):
        gpd.GeoDataFrame({"name": [layer]}, geometry=[square], crs=4326).to_file(gpkg, layer=layer)
    with pytest.raises(geo.InputError, match=r"choose one with layer=\.\.\.: \['a', 'b'\]"):
        geo.load_boundaries(gpkg)
    _, _, stderr = _cli(capsys, "regions", KYIV_NIGHT, "--boundaries", gpkg)
    assert "choose one with --layer: ['a', 'b']" in stderr


def test_cli_wording() -> None:
    assert cli_wording("pass force=True to write into it") == "pass --force to write into it"
    assert cli_wording("scheduler='tcp://h:8786': leave scheduler= out") == (
        "--scheduler tcp://h:8786: leave --scheduler out"
    )
    assert cli_wording("run with jobs=1 to find it") == "run with --jobs 1 to find it"
    assert cli_wording("pass code_col=... or name_col=...") == "pass --code-col or --name-col"
    assert cli_wording("a/layers=2/f.txt: x") == "a/layers=2/f.txt: x"  # not a keyword


def _messages(tree: ast.AST) -> list[tuple[int, str]]:
    """String pieces of raise statements and warnings.warn calls."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        is_warn = isinstance(node, ast.Call) and ast.unparse(node.func).endswith("warn")
        if isinstance(node, ast.Raise) or is_warn:
            for sub in ast.walk(node):
                if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                    found.append((sub.lineno, sub.value))
    return found


def test_library_messages_name_no_command_line_options() -> None:
    """Only the command line (the package geo/cli) words a message with ``--options``; the
    library says ``keyword=...``."""
    bad = []
    for path in sorted((ROOT / "geo").rglob("*.py")):
        if path.parent == ROOT / "geo" / "cli":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, text in _messages(tree):
            if re.search(r"(^|[\s(])--[a-z]", text):
                bad.append(f"{path.relative_to(ROOT)}:{line}: {text!r}")
    assert not bad, "\n".join(bad)


# ----------------------------------------------------------------------------- the example


def _run_example(*argv: object) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / "notebook.py"), *map(str, argv)],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_notebook_example_runs_with_a_raion_file(tmp_path: Path, shared_data: Path) -> None:
    proc = _run_example(shared_data / RAIONS, "-o", tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Криворізький район" in proc.stdout and "Kryvyi Rih" in proc.stdout
    page = (tmp_path / "notebook_map.html").read_text(encoding="utf-8")
    assert "Strikes in the example feed" in page and "OpenStreetMap contributors" in page


def test_notebook_example_says_when_it_has_no_raion_file(tmp_path: Path) -> None:
    proc = _run_example("-o", tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "No raion file given (or not found): skipping the per-raion table" in proc.stdout
    assert (tmp_path / "notebook_map.html").is_file()
