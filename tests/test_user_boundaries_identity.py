"""A user's boundary file keeps its identity: its own code and name columns in every per-unit
table, the ISO code beside them, and points in its holes outside its units."""

from __future__ import annotations

import csv
import io
import json
import warnings
import weakref
from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import Polygon, box

from geo.errors import InputError
from geo.places import boundaries
from geo.places.boundaries import (
    COUNT_COLUMNS,
    aggregate,
    locate_points,
    per_unit,
    unit_table,
)
from geo.places.user_boundaries import load_user_boundaries
from geo.records import Extraction, Place, Report, ResolvedPlace

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
COUNTS = list(COUNT_COLUMNS)


def _shared(name: str) -> Path:
    path = SHARED / "boundaries" / name
    if not path.is_file():
        pytest.skip(f"{path} not present")
    return path


def _quiet(path: Path, **kwargs: object) -> gpd.GeoDataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return load_user_boundaries(path, **kwargs)


def _site(pid: str, lon: float, lat: float, kind: str = "settlement", admin1=None) -> Place:
    return Place(id=pid, name=pid, kind=kind, country="UA", admin1=admin1, lat=lat, lon=lon)


def _report(rid: str, *sites: Place, killed: int = 0) -> Extraction:
    """A report with one impact per site, ``killed`` tied to the first."""
    places = tuple(
        ResolvedPlace(rid, p, "impact", 1, 0.9, (), facts={"killed": killed} if i == 0 else {})
        for i, p in enumerate(sites)
    )
    return Extraction(report=Report(id=rid, text="..."), places=places, facts={})


def _write(frame: gpd.GeoDataFrame, path: Path) -> Path:
    frame.to_file(path)
    return path


# --- holes ---------------------------------------------------------------------------------

RING = Polygon(
    [(30, 49), (31, 49), (31, 50), (30, 50)],
    holes=[[(30.40, 49.40), (30.60, 49.40), (30.60, 49.60), (30.40, 49.60)]],
)


@pytest.fixture
def ring_file(tmp_path: Path) -> Path:
    """A unit with an inner ring (a hole), and its eastern neighbour."""
    frame = gpd.GeoDataFrame(
        {"KOD": [101, 102], "назва": ["Кільце", "Схід"]},
        geometry=[RING, box(31, 49, 32, 50)],
        crs=4326,
    )
    return _write(frame, tmp_path / "ring.geojson")


@pytest.fixture
def frame_file(tmp_path: Path) -> Path:
    """Four units around a square none of them covers (as raions around a city)."""
    frame = gpd.GeoDataFrame(
        {"name": ["North", "South", "West", "East"]},
        geometry=[
            box(30.0, 49.6, 31.0, 50.0),
            box(30.0, 49.0, 31.0, 49.4),
            box(30.0, 49.4, 30.4, 49.6),
            box(30.6, 49.4, 31.0, 49.6),
        ],
        crs=4326,
    )
    return _write(frame, tmp_path / "frame.geojson")


def test_point_in_an_inner_ring_is_outside_even_with_the_fallback(ring_file: Path) -> None:
    units = load_user_boundaries(ring_file, code_col="KOD", name_col="назва")
    # 30.59 E is 0.7 km from the ring's edge: the 15 km fallback would have taken it.
    found = locate_points([30.59, 30.5, 29.95, 30.2], [49.5, 49.5, 49.5, 49.5], units)
    assert found["code"].tolist() == [None, None, "101", "101"]
    assert found["fallback"].tolist() == [False, False, True, False]
    # Beyond the coverage's outer edge (29.95 E, 3.6 km west of it) the fallback still works.
    assert found["distance_km"].iloc[2] == pytest.approx(3.6, abs=0.2)


def test_point_in_a_hole_between_units_is_never_a_neighbours(frame_file: Path) -> None:
    units = load_user_boundaries(frame_file)
    # Close to East (0.7 km), far from the others: snapping would give East.
    found = locate_points([30.59], [49.5], units, max_km=15)
    assert found["code"].tolist() == [None]
    assert not found["fallback"].any()
    hole = _site("cur:hole", 30.59, 49.5)
    east = _site("cur:east", 30.8, 49.5)
    table = per_unit([_report("r1", hole, killed=4), _report("r2", east, killed=1)], units)
    rows = table.set_index("name")
    assert rows.loc["East", COUNTS].tolist() == [1, 1, 1, 0]
    assert table[COUNTS].sum().tolist() == [1, 1, 1, 0]  # the hole's 4 killed: in no unit


def test_embedded_layer_keeps_its_gap_fallback() -> None:
    # Offshore near Odesa: no unit, but within 15 km of one; the embedded layer snaps it.
    found = locate_points([30.80], [46.35])
    assert found["code"].tolist() == ["UA-51"] and found["fallback"].all()


# --- identity ------------------------------------------------------------------------------


@pytest.fixture
def oblast_file(tmp_path: Path) -> Path:
    """Numeric codes of the file's own scheme, Ukrainian names, one unit no gazetteer knows."""
    frame = gpd.GeoDataFrame(
        {
            "KOD": [5900000000, 6300000000, 9900000000],
            "назва": ["Сумська область", "Харківська область", "Десь"],
            "інше": ["x", "y", "z"],
        },
        geometry=[box(33, 50, 35.5, 52), box(35.5, 48.5, 38, 50.5), box(0, 0, 1, 1)],
        crs=4326,
    )
    return _write(frame.to_crs("EPSG:3857"), tmp_path / "oblasti.geojson")


def test_per_unit_carries_the_files_code_and_name_columns(oblast_file: Path) -> None:
    with pytest.warns(UserWarning, match=r"1 unit name\(s\) met no first-level unit.*Десь"):
        units = load_user_boundaries(oblast_file, code_col="KOD", name_col="назва")
    sumy = _site("gn:692194", 34.80, 50.91, admin1="UA-59")
    region = _site("iso:UA-63", 36.5, 49.6, kind="admin1", admin1="UA-63")
    table = per_unit([_report("r1", sumy, killed=2), _report("r2", region)], units)
    assert list(table.columns) == ["KOD", "назва", "iso_code", *COUNTS, "geometry"]
    assert table.crs.equals("EPSG:4326")
    rows = {r["назва"]: r for r in table.drop(columns="geometry").to_dict("records")}
    assert rows["Сумська область"] == {
        "KOD": 5900000000,
        "назва": "Сумська область",
        "iso_code": "UA-59",
        "reports": 1,
        "impact_sites": 1,
        "killed": 2,
        "wounded": 0,
    }
    # The whole-region impact joins by the ISO code the names gave.
    assert rows["Харківська область"]["iso_code"] == "UA-63"
    assert rows["Харківська область"]["reports"] == 1
    assert rows["Десь"]["iso_code"] is None and rows["Десь"]["KOD"] == 9900000000
    # Every row joins back to the file by its own code, with the file's name.
    theirs = gpd.read_file(oblast_file).drop(columns="geometry")
    joined = table.drop(columns="geometry").merge(theirs, on="KOD", suffixes=("", "_file"))
    assert len(joined) == 3 and (joined["назва"] == joined["назва_file"]).all()


def test_aggregate_keeps_strikemaps_columns_for_the_map(oblast_file: Path) -> None:
    units = _quiet(oblast_file, code_col="KOD", name_col="назва")
    sumy = _site("gn:692194", 34.80, 50.91, admin1="UA-59")
    table = aggregate([_report("r1", sumy)], units)
    assert list(table.columns) == ["code", "name", "country", *COUNTS, "geometry"]
    row = table.set_index("code").loc["UA-59"]
    assert (row["name"], row["country"], row["reports"]) == ("Сумська область", "UA", 1)
    # The same counts, unit by unit, as the per-unit table.
    assert per_unit([_report("r1", sumy)], units)[COUNTS].equals(table[COUNTS])


def test_pcodes_give_iso_codes(tmp_path: Path) -> None:
    frame = gpd.GeoDataFrame(
        {"ADM1_PCODE": ["UA80", "UA63"], "ADM1_EN": ["Kyiv", "Kharkivska"]},
        geometry=[box(30.2, 50.2, 30.8, 50.6), box(35.5, 48.5, 38, 50.5)],
        crs=4326,
    )
    path = _write(frame, tmp_path / "cod.geojson")
    units = load_user_boundaries(path, code_col="ADM1_PCODE", name_col="ADM1_EN")
    assert units["iso_code"].tolist() == ["UA-30", "UA-63"]
    assert units["code"].tolist() == ["UA-30", "UA-63"]
    assert units["identity"].tolist() == [
        {"ADM1_PCODE": "UA80", "ADM1_EN": "Kyiv"},
        {"ADM1_PCODE": "UA63", "ADM1_EN": "Kharkivska"},
    ]
    assert units.attrs["join"] == "code"


def test_a_column_named_like_a_count_is_refused(tmp_path: Path) -> None:
    frame = gpd.GeoDataFrame({"reports": ["A"]}, geometry=[box(0, 0, 1, 1)], crs=4326)
    path = _write(frame, tmp_path / "odd.geojson")
    with pytest.raises(InputError, match=r"odd\.geojson: column 'reports'.*name_col="):
        load_user_boundaries(path, name_col="reports")


def test_unit_table_of_counts_is_the_per_unit_table(ring_file: Path) -> None:
    """The Dask engine builds its table from per-code counts with unit_table."""
    units = load_user_boundaries(ring_file, code_col="KOD", name_col="назва")
    east = _site("cur:east", 31.5, 49.5)
    want = per_unit([_report("r1", east, killed=3)], units)
    got = unit_table(units, {"102": 1}, {"102": 1}, {"102": 3}, {})
    assert got.drop(columns="geometry").equals(want.drop(columns="geometry"))
    assert list(got.columns) == ["KOD", "назва", "iso_code", *COUNTS, "geometry"]


def test_embedded_per_unit_is_aggregate() -> None:
    kyiv = _site("gn:703448", 30.52, 50.45, admin1="UA-30")
    reports = [_report("r1", kyiv, killed=1)]
    assert (
        per_unit(reports)
        .drop(columns="geometry")
        .equals(aggregate(reports).drop(columns="geometry"))
    )


def test_aggregate_keeps_no_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    """The counts are taken from a stream, a chunk at a time; extractions are let go."""
    monkeypatch.setattr(boundaries, "CHUNK", 4)
    refs: list[weakref.ref[Extraction]] = []
    most = 0

    def stream():
        nonlocal most
        for i in range(40):
            ext = _report(f"r{i}", _site(f"cur:{i % 3}", 36.2 + 0.1 * (i % 3), 49.9), killed=1)
            refs.append(weakref.ref(ext))
            most = max(most, sum(r() is not None for r in refs))
            yield ext
            del ext

    table = aggregate(stream()).set_index("code")
    assert table.loc["UA-63", ["reports", "impact_sites", "killed"]].tolist() == [40, 3, 40]
    assert most <= 2 * 4 + 1


# --- real files, and the command line --------------------------------------------------------


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from geo.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_osm_oblasts_with_their_own_code_and_name(capsys: pytest.CaptureFixture[str]) -> None:
    path = _shared("ua_oblasts_osm.geojson")
    sumy = str(EXAMPLES / "sumy_bombs.md")
    argv = ["regions", sumy, "--boundaries", str(path), "--code-col", "koatuu"]
    code, out, err = _run(capsys, *argv, "--name-col", "name", "--all")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["koatuu", "name", "iso_code", *COUNTS]
    theirs = gpd.read_file(path)
    assert sorted(r["koatuu"] for r in rows) == sorted(theirs["koatuu"])
    by_code = dict(zip(theirs["koatuu"], theirs["name"], strict=True))
    assert all(by_code[r["koatuu"]] == r["name"] for r in rows)  # joins back, unchanged
    iso = dict(zip(theirs["koatuu"], theirs["iso3166-2"], strict=True))
    assert all(iso[r["koatuu"]] == r["iso_code"] for r in rows)  # ISO codes from the names
    sumy_row = next(r for r in rows if r["iso_code"] == "UA-59")
    assert sumy_row["name"] == "Сумська область" and int(sumy_row["reports"]) == 1


def test_cli_geoboundaries_geojson_keeps_shape_columns(capsys: pytest.CaptureFixture[str]):
    path = _shared("ua_adm1_geoboundaries.geojson")
    kyiv = str(EXAMPLES / "kyiv_night.txt")
    code, out, err = _run(capsys, "regions", kyiv, "--boundaries", str(path), "--format", "geojson")
    assert code == 0, err
    features = json.loads(out)["features"]
    props = [f["properties"] for f in features]
    assert props and all(list(p)[:3] == ["shapeISO", "shapeName", "iso_code"] for p in props)
    assert all(p["shapeISO"] == p["iso_code"] for p in props)
    assert "UA-30" in {p["shapeISO"] for p in props}


def test_cli_kyiv_districts_by_their_ukrainian_names(capsys: pytest.CaptureFixture[str]):
    path = _shared("kyiv_districts_osm.geojson")
    kyiv = str(EXAMPLES / "kyiv_night.txt")
    code, out, err = _run(capsys, "regions", kyiv, "--boundaries", str(path), "--name-col", "NAME")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["NAME", "iso_code", *COUNTS]
    names = set(gpd.read_file(path)["NAME"])
    assert rows and {r["NAME"] for r in rows} <= names
    assert "Солом’янський район" in {r["NAME"] for r in rows}
    assert {r["iso_code"] for r in rows} == {""}


def test_cli_raions_name_column_with_gaps_is_not_the_default(capsys: pytest.CaptureFixture[str]):
    path = _shared("ua_raions_2020_osm.geojson")
    sumy = str(EXAMPLES / "sumy_bombs.md")
    code, out, err = _run(capsys, "regions", sumy, "--boundaries", str(path))
    assert code == 0, err
    assert out.splitlines()[:2] == [
        "name,iso_code,reports,impact_sites,killed,wounded",
        "Сумський район,,1,4,5,33",
    ]
    # Asked for, the English column is used as it is.
    code, out, err = _run(
        capsys, "regions", sumy, "--boundaries", str(path), "--name-col", "name_en"
    )
    assert code == 0, err
    assert out.splitlines()[1] == "Sumy Raion,,1,4,5,33"


def test_cli_refuses_a_column_named_like_a_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    frame = gpd.GeoDataFrame({"killed": ["A"]}, geometry=[box(30, 49, 31, 50)], crs=4326)
    path = _write(frame, tmp_path / "odd.geojson")
    kyiv = str(EXAMPLES / "kyiv_night.txt")
    code, _, err = _run(capsys, "regions", kyiv, "--boundaries", str(path), "--name-col", "killed")
    assert code == 2 and err.count("\n") == 1
    assert "odd.geojson: column 'killed'" in err and "--name-col" in err


def test_kyiv_city_in_a_real_raion_file_is_in_no_raion_even_with_the_fallback() -> None:
    raions = _quiet(_shared("ua_raions_2020_osm.geojson"))
    # Kyiv City is no raion: the file's raions enclose it. Three points well inside it, and
    # one in Brovary Raion beyond the city's edge.
    found = locate_points([30.52, 30.43, 30.70, 30.85], [50.45, 50.42, 50.40, 50.55], raions)
    assert found["code"].tolist()[:3] == [None, None, None]
    assert not found["fallback"].any()
    assert found["code"].iloc[3] == "Броварський район"


def test_the_maps_table_of_a_user_layer_keeps_its_holes(frame_file: Path) -> None:
    """The map joins points to :func:`aggregate`'s table, not to the layer."""
    table = aggregate([], load_user_boundaries(frame_file))
    assert locate_points([30.59], [49.5], table, max_km=15)["code"].tolist() == [None]
    # The embedded layer's table keeps the 15 km fallback (offshore near Odesa).
    assert locate_points([30.80], [46.35], aggregate([]))["code"].tolist() == ["UA-51"]
