"""Tests of geo.places.boundaries: embedded layers, point location, aggregates, user files."""

from __future__ import annotations

import json
import re
import warnings
import zipfile
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from shapely.geometry import Polygon, box

from geo.errors import DataError, InputError
from geo.places import boundaries
from geo.places.boundaries import (
    COLUMNS,
    aggregate,
    boundaries_dir,
    load_admin0,
    load_admin1,
    locate_points,
    unit_of,
)
from geo.places.user_boundaries import load_user_boundaries
from geo.records import Extraction, Place, Report, ResolvedPlace

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"

UA_CODES = {
    *(f"UA-{n:02d}" for n in (5, 7, 9, 12, 14, 18, 21, 23, 26, 30, 32, 35, 40, 43, 46, 48)),
    *(f"UA-{n:02d}" for n in (51, 53, 56, 59, 61, 63, 65, 68, 71, 74, 77)),
}
UA_PCODES = {
    "UA-05": "UA05",
    "UA-09": "UA44",
    "UA-30": "UA80",
    "UA-32": "UA32",
    "UA-40": "UA85",
    "UA-43": "UA01",
    "UA-74": "UA74",
    "UA-77": "UA73",
}


@pytest.fixture(scope="module")
def admin1() -> gpd.GeoDataFrame:
    return load_admin1()


# --- embedded layers -------------------------------------------------------------------


def test_admin1_columns_crs_and_order(admin1: gpd.GeoDataFrame) -> None:
    assert list(admin1.columns) == [*COLUMNS, "geometry"]
    assert admin1.crs.equals("EPSG:4326")
    assert admin1["code"].is_unique
    assert admin1["code"].tolist() == sorted(admin1["code"])
    assert set(admin1["level"]) == {"admin1"}
    assert admin1.geometry.is_valid.all()
    assert set(admin1.geom_type) <= {"Polygon", "MultiPolygon"}
    assert (admin1["code"].str[:2] == admin1["country"]).all()


def test_ukraine_has_all_27_units(admin1: gpd.GeoDataFrame) -> None:
    ua = admin1[admin1["country"] == "UA"]
    assert len(ua) == 27
    assert set(ua["code"]) == UA_CODES
    names = dict(zip(ua["code"], ua["name"], strict=True))
    assert names["UA-30"] == "Kyiv"
    assert names["UA-32"] == "Kyiv Oblast"
    assert names["UA-51"] == "Odesa Oblast"
    assert names["UA-23"] == "Zaporizhzhia Oblast"
    assert names["UA-43"] == "Crimea"
    assert names["UA-40"] == "Sevastopol"
    pcodes = dict(zip(ua["code"], ua["pcode"], strict=True))
    for code, pcode in UA_PCODES.items():
        assert pcodes[code] == pcode
    assert admin1.loc[admin1["country"] != "UA", "pcode"].isna().all()


def test_crimea_and_sevastopol_are_not_russian(admin1: gpd.GeoDataFrame) -> None:
    ru = admin1[admin1["country"] == "RU"]
    assert len(ru) == 83
    assert not ru["name"].str.contains("Crimea|Sevastopol").any()


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("RU-ROS", "Rostov Oblast"),
        ("RU-BEL", "Belgorod Oblast"),
        ("RU-KRS", "Kursk Oblast"),
        ("RU-BRY", "Bryansk Oblast"),
        ("RU-VOR", "Voronezh Oblast"),
        ("RU-KDA", "Krasnodar Krai"),
        ("RU-MOW", "Moscow"),
        ("RU-MOS", "Moscow Oblast"),
        ("BY-HM", "Minsk"),
    ],
)
def test_neighbour_units(admin1: gpd.GeoDataFrame, code: str, name: str) -> None:
    assert admin1.loc[admin1["code"] == code, "name"].tolist() == [name]


def test_other_countries_present(admin1: gpd.GeoDataFrame) -> None:
    assert {"BY", "MD", "PL", "RO", "SK", "HU"} <= set(admin1["country"])


def test_pcodes_match_ocha_list(admin1: gpd.GeoDataFrame) -> None:
    path = SHARED / "pcodes" / "oblast.json"
    if not path.is_file():
        pytest.skip(f"{path} not present")
    ocha = json.loads(path.read_text(encoding="utf-8"))
    ua = admin1[admin1["country"] == "UA"]
    assert set(ua["pcode"]) == set(ocha)
    # The OCHA centroid of each oblast lies in the unit carrying its P-code.
    by_pcode = dict(zip(ua["pcode"], ua["code"], strict=True))
    pcodes = sorted(ocha)
    found = locate_points(
        [ocha[p]["lon_centroid"] for p in pcodes], [ocha[p]["lat_centroid"] for p in pcodes], ua
    )
    assert found["code"].tolist() == [by_pcode[p] for p in pcodes]


def test_admin0(admin1: gpd.GeoDataFrame) -> None:
    admin0 = load_admin0()
    assert list(admin0.columns) == [*COLUMNS, "geometry"]
    assert admin0["code"].is_unique
    assert {"UA", "RU", "BY", "MD", "PL", "RO", "SK", "HU"} <= set(admin0["code"])
    assert admin0.geometry.is_valid.all()
    ua = admin0.loc[admin0["code"] == "UA"].geometry.item()
    ru = admin0.loc[admin0["code"] == "RU"].geometry.item()
    simferopol = shapely.Point(34.10, 44.95)
    assert ua.contains(simferopol)
    assert not ru.contains(simferopol)


def test_loaders_return_copies() -> None:
    first = load_admin1()
    first.loc[0, "name"] = "changed"
    assert load_admin1().loc[0, "name"] != "changed"


def test_boundaries_dir_missing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(boundaries.ENV_VAR, str(tmp_path))
    with pytest.raises(DataError, match=r"admin1\.geojson.*build_boundaries\.py"):
        boundaries_dir()


def test_boundaries_dir_default() -> None:
    assert (boundaries_dir() / "admin1.geojson").is_file()


# --- point location --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lon", "lat", "code"),
    [
        (30.52, 50.45, "UA-30"),  # Kyiv
        (36.23, 49.99, "UA-63"),  # Kharkiv
        (39.72, 47.23, "RU-ROS"),  # Rostov-on-Don
        (34.10, 44.95, "UA-43"),  # Simferopol
        (33.52, 44.60, "UA-40"),  # Sevastopol
        (30.73, 46.48, "UA-51"),  # Odesa
        (36.59, 50.60, "RU-BEL"),  # Belgorod
        (30.30, 50.40, "UA-32"),  # Kyiv Oblast, west of the city
    ],
)
def test_locate_points_inside(lon: float, lat: float, code: str) -> None:
    found = locate_points([lon], [lat])
    assert found.loc[0, "code"] == code
    assert not found.loc[0, "fallback"]
    assert found.loc[0, "distance_km"] == 0.0


def test_locate_points_fallback_and_nothing() -> None:
    found = locate_points([30.80, -30.0, float("nan")], [46.35, 40.0, 46.0])
    assert found["code"].tolist() == ["UA-51", None, None]
    assert found["fallback"].tolist() == [True, False, False]
    assert 0 < found.loc[0, "distance_km"] <= boundaries.NEAREST_KM
    assert found["distance_km"].isna().tolist() == [False, True, True]


def test_locate_points_fallback_can_be_disabled() -> None:
    found = locate_points([30.80], [46.35], max_km=0)
    assert found.loc[0, "code"] is None


def test_locate_points_prefers_smallest_unit() -> None:
    units = gpd.GeoDataFrame(
        {"code": ["BIG", "SMALL"]}, geometry=[box(0, 0, 10, 10), box(4, 4, 6, 6)], crs=4326
    )
    assert locate_points([5.0, 1.0], [5.0, 1.0], units)["code"].tolist() == ["SMALL", "BIG"]


def test_locate_points_length_mismatch() -> None:
    with pytest.raises(InputError, match="2 longitudes but 1 latitudes"):
        locate_points([1.0, 2.0], [1.0])


# --- aggregate -------------------------------------------------------------------------


def _place(pid: str, kind: str, lon: float, lat: float, admin1: str | None) -> Place:
    return Place(id=pid, name=pid, kind=kind, country="UA", admin1=admin1, lat=lat, lon=lon)


KHARKIV = _place("gn:706483", "settlement", 36.23, 49.99, "UA-63")
CHUHUIV = _place("gn:710403", "settlement", 36.69, 49.84, None)  # located by its point
KYIV = _place("gn:703448", "settlement", 30.52, 50.45, "UA-30")
SOLOMIANSKYI = _place("cur:solomianskyi", "district", 30.43, 50.42, "UA-30")
ODESA_REGION = _place("iso:UA-51", "admin1", 30.0, 46.8, "UA-51")
UKRAINE = _place("cc:UA", "country", 31.0, 49.0, None)


def _extraction(
    rid: str,
    facts: dict[str, int],
    *impacts: Place,
    mention: Place | None = None,
    at: dict[str, dict[str, int]] | None = None,
):
    """A report with ``facts`` as totals; ``at`` gives figures to places by place id."""
    report = Report(id=rid, text="...")
    at = at or {}
    places = [ResolvedPlace(rid, p, "impact", 1, 0.9, (), facts=at.get(p.id, {})) for p in impacts]
    if mention is not None:
        places.append(ResolvedPlace(rid, mention, "mention", 1, 0.9, ()))
    return Extraction(report=report, places=tuple(places), facts=facts)


def test_aggregate() -> None:
    k, w = "killed", "wounded"
    extractions = [
        _extraction(
            "r1",
            {k: 2, w: 5},
            KHARKIV,
            CHUHUIV,
            mention=KYIV,
            at={KHARKIV.id: {k: 2, w: 4}, CHUHUIV.id: {w: 1}},
        ),
        _extraction("r2", {k: 1}, KYIV, SOLOMIANSKYI, UKRAINE, at={UKRAINE.id: {k: 1}}),
        # spans two units: each gets its place's figures, the rest is tied to no place
        _extraction("r3", {k: 7, w: 1}, KHARKIV, KYIV, at={KYIV.id: {k: 1}}),
        _extraction("r4", {w: 3}, ODESA_REGION, at={ODESA_REGION.id: {w: 3}}),
        _extraction("r5", {k: 1}, KHARKIV),  # a total tied to no place counts nowhere
    ]
    result = aggregate(extractions)
    assert list(result.columns) == [
        "code",
        "name",
        "country",
        "reports",
        "impact_sites",
        "killed",
        "wounded",
        "geometry",
    ]
    assert len(result) == len(load_admin1())
    rows = result.set_index("code")
    assert rows.loc["UA-63", ["reports", "impact_sites", "killed", "wounded"]].tolist() == [
        3,
        2,
        2,
        5,
    ]
    assert rows.loc["UA-30", ["reports", "impact_sites", "killed", "wounded"]].tolist() == [
        2,
        2,
        1,  # r3's Kyiv; r2's killed is tied to Ukraine, which no unit holds
        0,
    ]
    assert rows.loc["UA-51", ["reports", "impact_sites", "killed", "wounded"]].tolist() == [
        1,
        0,
        0,
        3,
    ]
    assert rows["reports"].sum() == 6
    assert rows.drop(index=["UA-63", "UA-30", "UA-51"])["reports"].eq(0).all()
    assert str(rows["killed"].dtype) == "int64"


def test_aggregate_place_outside_every_unit_keeps_its_figures() -> None:
    atlantic = _place("cur:sea", "settlement", -30.0, 40.0, None)
    at = {KHARKIV.id: {"killed": 1}, atlantic.id: {"killed": 3}}
    result = aggregate([_extraction("r1", {"killed": 4}, KHARKIV, atlantic, at=at)])
    row = result.set_index("code").loc["UA-63"]
    assert (row["reports"], row["killed"]) == (1, 1)
    assert result["killed"].sum() == 1


def test_aggregate_sums_place_figures_across_units_and_counts_nested_ones_once() -> None:
    """A report over two oblasts gives each its places' figures; a region's figure covers its
    own city's figure of the same report (3 killed in the region, 2 of them in the city)."""
    k, w = "killed", "wounded"
    kharkiv_region = _place("iso:UA-63", "admin1", 36.5, 49.6, "UA-63")
    ext = _extraction(
        "r1",
        {k: 4, w: 9},
        kharkiv_region,
        KHARKIV,
        CHUHUIV,
        KYIV,
        at={
            kharkiv_region.id: {k: 3},
            KHARKIV.id: {k: 2, w: 6},
            CHUHUIV.id: {w: 1},
            KYIV.id: {k: 1, w: 2},
        },
    )
    rows = aggregate([ext]).set_index("code")
    assert rows.loc["UA-63", ["killed", "wounded"]].tolist() == [3, 7]
    assert rows.loc["UA-30", ["killed", "wounded"]].tolist() == [1, 2]


def test_unit_of() -> None:
    assert unit_of(KHARKIV) == "UA-63"
    assert unit_of(CHUHUIV) == "UA-63"
    assert unit_of(UKRAINE) is None
    assert unit_of(_place("x", "settlement", -30.0, 40.0, None)) is None


# --- user files ------------------------------------------------------------------------


@pytest.fixture
def squares() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"NAME_EN": ["West", "East"], "iso": ["XX-W", "XX-E"]},
        geometry=[box(30.0, 49.0, 31.0, 50.0), box(31.0, 49.0, 32.0, 50.0)],
        crs="EPSG:4326",
    )


def test_user_geojson_in_web_mercator(tmp_path: Path, squares: gpd.GeoDataFrame) -> None:
    path = tmp_path / "units.geojson"
    squares.to_crs("EPSG:3857").to_file(path, driver="GeoJSON")
    units = load_user_boundaries(path, code_col="iso", name_col="NAME_EN")
    assert list(units.columns) == [*COLUMNS, "iso_code", "identity", "geometry"]
    assert units["identity"].tolist() == [
        {"iso": "XX-E", "NAME_EN": "East"},
        {"iso": "XX-W", "NAME_EN": "West"},
    ]
    assert units["iso_code"].tolist() == ["XX-E", "XX-W"]
    assert units.crs.equals("EPSG:4326")
    assert units["code"].tolist() == ["XX-E", "XX-W"]
    assert units["country"].tolist() == ["XX", "XX"]
    assert set(units["level"]) == {"user"}
    assert units.total_bounds == pytest.approx([30.0, 49.0, 32.0, 50.0], abs=1e-6)
    assert locate_points([30.5], [49.5], units)["code"].tolist() == ["XX-W"]


def test_user_gpkg_with_layer(tmp_path: Path, squares: gpd.GeoDataFrame) -> None:
    path = tmp_path / "units.gpkg"
    squares.to_file(path, layer="regions", driver="GPKG")
    squares.iloc[:1].to_file(path, layer="other", driver="GPKG")
    units = load_user_boundaries(path, layer="regions")
    # No code column among the candidates: the name is the code.
    assert units["code"].tolist() == ["East", "West"]
    assert units["name"].tolist() == ["East", "West"]
    with pytest.raises(InputError, match=r"units\.gpkg: has several layers.*regions"):
        load_user_boundaries(path)
    with pytest.raises(InputError, match=r"units\.gpkg: no layer 'nope'; layers: .*'other'"):
        load_user_boundaries(path, layer="nope")


def test_user_shapefile_and_zip(tmp_path: Path, squares: gpd.GeoDataFrame) -> None:
    path = tmp_path / "units.shp"
    squares.to_file(path)
    units = load_user_boundaries(path, code_col="iso")
    assert units["code"].tolist() == ["XX-E", "XX-W"]
    archive = tmp_path / "units.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for part in sorted(tmp_path.glob("units.*")):
            if part != archive:
                zf.write(part, part.name)
    zipped = load_user_boundaries(archive, code_col="iso")
    assert zipped["code"].tolist() == ["XX-E", "XX-W"]


def test_user_geoparquet(tmp_path: Path, squares: gpd.GeoDataFrame) -> None:
    pytest.importorskip("pyarrow")
    path = tmp_path / "units.parquet"
    squares.to_parquet(path)
    assert load_user_boundaries(path, code_col="iso")["code"].tolist() == ["XX-E", "XX-W"]


def test_user_invalid_bowtie_is_repaired(tmp_path: Path) -> None:
    bowtie = Polygon([(30, 49), (31, 50), (31, 49), (30, 50), (30, 49)])
    assert not bowtie.is_valid
    path = tmp_path / "bowtie.geojson"
    gpd.GeoDataFrame({"name": ["Bow"]}, geometry=[bowtie], crs=4326).to_file(path)
    with pytest.warns(UserWarning, match=r"bowtie\.geojson: repaired 1 invalid geometry"):
        units = load_user_boundaries(path)
    assert units.geometry.is_valid.all()
    assert units.geometry.iloc[0].area == pytest.approx(0.5)


def test_user_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nothere\.geojson: no such file"):
        load_user_boundaries(tmp_path / "nothere.geojson")


def test_user_unknown_column(tmp_path: Path, squares: gpd.GeoDataFrame) -> None:
    path = tmp_path / "units.geojson"
    squares.to_file(path)
    with pytest.raises(InputError, match=r"units\.geojson: no column 'code'.*'NAME_EN', 'iso'"):
        load_user_boundaries(path, code_col="code")
    with pytest.raises(InputError, match=r"no column 'nom'; available columns"):
        load_user_boundaries(path, name_col="nom")


def test_user_no_crs(tmp_path: Path, squares: gpd.GeoDataFrame) -> None:
    path = tmp_path / "units.shp"
    squares.to_file(path)
    path.with_suffix(".prj").unlink()
    with pytest.raises(InputError, match=r"units\.shp: has no coordinate reference system"):
        load_user_boundaries(path)


def test_user_points_rejected(tmp_path: Path) -> None:
    path = tmp_path / "points.geojson"
    gpd.GeoDataFrame({"name": ["p"]}, geometry=[shapely.Point(30, 50)], crs=4326).to_file(path)
    with pytest.raises(InputError, match=r"points\.geojson: boundaries must be polygons"):
        load_user_boundaries(path)


def test_user_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "junk.geojson"
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"junk\.geojson: not a readable vector file"):
        load_user_boundaries(path)


def test_real_osm_oblasts_agree_with_embedded_layer(admin1: gpd.GeoDataFrame) -> None:
    path = SHARED / "boundaries" / "ua_oblasts_osm.geojson"
    if not path.is_file():
        pytest.skip(f"{path} not present")
    with pytest.warns(UserWarning, match="repaired"):
        osm = load_user_boundaries(path)
    assert len(osm) == 25
    assert osm["code"].is_unique
    assert set(osm["code"]) <= UA_CODES
    assert osm.loc[osm["code"] == "UA-32", "name"].item() == "Kiev Oblast"
    assert osm.loc[osm["code"] == "UA-32", "name_local"].item() == "Київська область"
    # An interior point of each OSM oblast falls in the embedded unit with the same code.
    inner = osm.geometry.representative_point()
    found = locate_points(inner.x, inner.y, admin1)
    assert found["code"].tolist() == osm["code"].tolist()
    # Areas agree within 2 % despite simplification, once Kyiv City and Sevastopol (which
    # the OSM file leaves inside Kyiv Oblast and Crimea) are merged back.
    merged = admin1.assign(code=admin1["code"].replace({"UA-30": "UA-32", "UA-40": "UA-43"}))
    ours = merged.dissolve("code").loc[osm["code"]].geometry.to_crs("EPSG:6933").area
    theirs = osm.geometry.to_crs("EPSG:6933").area
    ratio = ours.to_numpy() / theirs.to_numpy()
    assert ((ratio > 0.98) & (ratio < 1.02)).all(), dict(zip(osm["code"], ratio, strict=True))


def test_real_geoboundaries_codes_match_embedded_layer(admin1: gpd.GeoDataFrame) -> None:
    path = SHARED / "boundaries" / "ua_adm1_geoboundaries.geojson"
    if not path.is_file():
        pytest.skip(f"{path} not present")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # the file may need repairs
        theirs = load_user_boundaries(path)
    assert set(theirs["code"]) == UA_CODES
    inner = theirs.geometry.representative_point()
    found = locate_points(inner.x, inner.y, admin1)
    assert found["code"].tolist() == theirs["code"].tolist()


# --- name joins, real-world files and levels ---------------------------------------------

SUMY_SITES = {  # impact sites of examples/sumy_bombs.md: (lon, lat)
    "Sumy": (34.79906, 50.91741),
    "Krasnopillia": (35.25633, 50.77389),
    "Bilopillia": (34.31079, 51.14747),
    "Vorozhba": (34.22665, 51.17316),
}


def _shared(name: str) -> Path:
    path = SHARED / "boundaries" / name
    if not path.is_file():
        pytest.skip(f"{path} not present")
    return path


def _load_quiet(path: Path, **kwargs: object) -> gpd.GeoDataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return load_user_boundaries(path, **kwargs)


@pytest.fixture
def named_squares() -> gpd.GeoDataFrame:
    """Three oblasts named three ways, plus a unit no gazetteer knows; odd column names."""
    return gpd.GeoDataFrame(
        {
            "Назва": ["Київська область", "Kyivska oblast", "Kharkiv region", "Кудись"],
            "Other Col": [1, 2, 3, 4],
        },
        geometry=[box(30, 50, 31, 51), box(36, 49, 37, 50), box(33, 46, 34, 47), box(0, 0, 1, 1)],
        crs="EPSG:4326",
    )


@pytest.mark.parametrize(
    "name", ["Київська область", "Kyivska oblast", "Kiev Oblast", "Kyiv Oblast", "Киевская область"]
)
def test_name_join_spellings(tmp_path: Path, name: str) -> None:
    frame = gpd.GeoDataFrame(
        {"NAZVA": [name, "Харківська область"]},
        geometry=[box(30, 50, 31, 51), box(36, 49, 37, 50)],
        crs=4326,
    )
    path = tmp_path / "oblasts.geojson"
    frame.to_file(path)
    units = load_user_boundaries(path, name_col="NAZVA")
    assert units["code"].tolist() == ["UA-32", "UA-63"]
    assert units["iso_code"].tolist() == ["UA-32", "UA-63"]
    # The file's names stay the units' names: the ISO code is added, nothing replaced.
    assert units["name"].tolist() == [name, "Харківська область"]
    assert units["identity"].tolist() == [{"NAZVA": name}, {"NAZVA": "Харківська область"}]
    assert units.attrs == {"join": "admin1-name", "unmatched": []}


def test_name_join_reports_unmatched(tmp_path: Path, named_squares: gpd.GeoDataFrame) -> None:
    path = tmp_path / "odd.gpkg"
    named_squares.to_crs("EPSG:32636").to_file(path, layer="oblasti", driver="GPKG")
    with pytest.warns(UserWarning, match=r"odd\.gpkg: 2 unit name\(s\) met no first-level.*Кудись"):
        units = load_user_boundaries(path, layer="oblasti", name_col="Назва")
    # "Kyivska oblast" meets UA-32 too, but the code is taken: it stays unmatched.
    assert units["code"].tolist() == ["Kyivska oblast", "UA-32", "UA-63", "Кудись"]
    assert units.attrs["unmatched"] == sorted(["Kyivska oblast", "Кудись"])
    assert units.crs.equals("EPSG:4326")


def test_name_join_can_be_disabled(tmp_path: Path, named_squares: gpd.GeoDataFrame) -> None:
    path = tmp_path / "odd.geojson"
    named_squares.to_file(path)
    units = load_user_boundaries(path, name_col="Назва", match_names=False)
    assert sorted(units["code"]) == sorted(named_squares["Назва"])
    assert units.attrs["join"] == "name"


def test_admin1_place_joins_a_ukrainian_only_file_by_name(tmp_path: Path) -> None:
    frame = gpd.GeoDataFrame(
        {"name": ["Одеська область", "Харківська область"]},
        geometry=[box(29, 45, 31, 48), box(35, 49, 37, 50.5)],
        crs=4326,
    )
    path = tmp_path / "uk.shp"
    frame.to_crs("EPSG:3857").to_file(path, encoding="utf-8")
    units = load_user_boundaries(path)
    at = {ODESA_REGION.id: {"wounded": 3}}
    result = aggregate([_extraction("r4", {"wounded": 3}, ODESA_REGION, at=at)], units)
    rows = result.set_index("code")
    assert rows.loc["UA-51", ["reports", "wounded"]].tolist() == [1, 3]


def test_duplicate_names_become_distinct_codes(tmp_path: Path) -> None:
    frame = gpd.GeoDataFrame(
        {"name": ["Первомайський район", "Первомайський район"]},
        geometry=[box(0, 0, 1, 1), box(2, 2, 3, 3)],
        crs=4326,
    )
    path = tmp_path / "raions.geojson"
    frame.to_file(path)
    units = load_user_boundaries(path)
    assert units["code"].tolist() == ["Первомайський район", "Первомайський район (2)"]


def test_user_geoparquet_utm_ukrainian_names(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    frame = gpd.GeoDataFrame(
        {"НАЗВА ОБЛАСТІ": ["Сумська область"], "x y": [1]},
        geometry=[box(33, 50, 35.5, 52)],
        crs=4326,
    ).to_crs("EPSG:32636")
    path = tmp_path / "sumy.parquet"
    frame.to_parquet(path)
    units = load_user_boundaries(path, name_col="НАЗВА ОБЛАСТІ")
    assert units["code"].tolist() == ["UA-59"]
    assert units.total_bounds == pytest.approx([33, 50, 35.5, 52], abs=1e-6)


def test_zipped_shapefile_with_odd_columns(tmp_path: Path, named_squares: gpd.GeoDataFrame) -> None:
    shp = tmp_path / "odd.shp"
    named_squares.rename(columns={"Назва": "NAZVA_UK"}).iloc[:3].to_crs(3857).to_file(shp)
    archive = tmp_path / "odd.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for part in sorted(tmp_path.glob("odd.*")):
            if part != archive:
                zf.write(part, part.name)
    with pytest.warns(UserWarning, match=r"odd\.zip: 1 unit name\(s\).*Kyivska oblast"):
        units = load_user_boundaries(archive, name_col="NAZVA_UK")
    assert set(units["code"]) == {"UA-32", "UA-63", "Kyivska oblast"}


def test_user_unclosed_rings_are_rebuilt(tmp_path: Path) -> None:
    # A square whose ring is split into two open chains, as in some OSM exports.
    feature = {
        "type": "Feature",
        "properties": {"name": "Split"},
        "geometry": {
            "type": "MultiPolygon",
            "coordinates": [[[[30, 49], [31, 49], [31, 50]]], [[[31, 50], [30, 50], [30, 49]]]],
        },
    }
    path = tmp_path / "split.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), "utf-8")
    with pytest.warns(UserWarning, match=r"split\.geojson: rebuilt 1 polygon"):
        units = load_user_boundaries(path)
    assert units.geometry.iloc[0].area == pytest.approx(1.0)


def test_aggregate_admin1_place_does_not_shade_a_finer_layer() -> None:
    units = gpd.GeoDataFrame(
        {"code": ["Raion A", "Raion B"]},
        geometry=[box(29, 45, 30, 48), box(30, 45, 31.5, 48)],
        crs=4326,
    )
    odesa_city = _place("gn:698740", "settlement", 30.73, 46.48, "UA-51")
    at = {odesa_city.id: {"killed": 2}}
    result = aggregate([_extraction("r1", {"killed": 2}, ODESA_REGION, odesa_city, at=at)], units)
    rows = result.set_index("code")
    assert rows["reports"].tolist() == [0, 1]
    assert rows.loc["Raion B", ["impact_sites", "killed"]].tolist() == [1, 2]


def test_real_osm_oblasts_ukrainian_names_only(tmp_path: Path, admin1: gpd.GeoDataFrame) -> None:
    source = _shared("ua_oblasts_osm.geojson")
    only_uk = gpd.read_file(source)[["name", "geometry"]]
    path = tmp_path / "oblasts_uk.geojson"
    only_uk.to_file(path)
    units = _load_quiet(path)
    assert units.attrs == {"join": "admin1-name", "unmatched": []}
    assert len(units) == 25
    assert set(units["code"]) <= UA_CODES
    assert units.loc[units["code"] == "UA-32", "name"].item() == "Київська область"
    assert units.loc[units["code"] == "UA-32", "identity"].item() == {"name": "Київська область"}
    inner = units.geometry.representative_point()
    assert locate_points(inner.x, inner.y, admin1)["code"].tolist() == units["code"].tolist()


def test_real_russian_regions_by_name(admin1: gpd.GeoDataFrame) -> None:
    units = _load_quiet(_shared("ru_regions_2013.geojson"))
    assert units.attrs == {"join": "admin1-name", "unmatched": []}
    assert len(units) == 83 and units["code"].is_unique
    ru = admin1[admin1["country"] == "RU"]
    inner = units.geometry.representative_point()
    found = locate_points(inner.x, inner.y, ru, max_km=0)["code"]
    agree = (found.to_numpy() == units["code"].to_numpy()).mean()
    assert agree >= 0.95, units.loc[found.to_numpy() != units["code"].to_numpy(), "code"]


def test_real_raions_sumy_sites_and_kyiv_districts() -> None:
    raions = _load_quiet(_shared("ua_raions_2020_osm.geojson"))
    assert len(raions) == 161 and raions["code"].is_unique
    assert raions.attrs["join"] == "name"
    assert raions.geometry.is_valid.all()
    lons, lats = zip(*SUMY_SITES.values(), strict=True)
    found = locate_points(lons, lats, raions)
    # Since the 2020 reform all four lie in Sumy Raion. ``name_en`` is empty for 23 raions,
    # so the units are named (and keyed) by ``name``, which names every one.
    assert found["code"].tolist() == ["Сумський район"] * 4
    assert raions["identity"].map(list).map(tuple).unique().tolist() == [("name",)]
    assert raions["iso_code"].isna().all()
    assert not found["fallback"].any()
    districts = _load_quiet(_shared("kyiv_districts_osm.geojson"))
    assert len(districts) == 10
    hit = locate_points([30.43], [50.42], districts)["code"].item()  # Solomianskyi
    assert hit == "Solomianskyi district"


# --- describe_embedded ---------------------------------------------------------------------


def test_describe_embedded() -> None:
    info = boundaries.describe_embedded("admin1")
    assert info["features"] == 262
    assert info["units_per_country"]["UA"] == 27
    assert "public domain" in info["licence"]
    assert "Natural Earth" in info["source"]
    assert info["columns"][-1] == "geometry"
    with pytest.raises(InputError, match=r"no embedded boundary layer 'admin2'.*'admin0'"):
        boundaries.describe_embedded("admin2")


# --- the command line ----------------------------------------------------------------------

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from geo.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_regions_and_map_with_ukrainian_only_oblasts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    only_uk = tmp_path / "oblasts_uk.geojson"
    gpd.read_file(_shared("ua_oblasts_osm.geojson"))[["name", "geometry"]].to_file(only_uk)
    sumy = str(EXAMPLES / "sumy_bombs.md")
    code, out, err = _run(capsys, "regions", sumy, "--boundaries", str(only_uk))
    assert code == 0, err
    lines = out.splitlines()
    # The file's own column and names, then the ISO code it was joined on.
    assert lines[0] == "name,iso_code,reports,impact_sites,killed,wounded"
    rows = {line.split(",")[0]: line.split(",") for line in lines[1:]}
    assert rows["Сумська область"][:2] == ["Сумська область", "UA-59"]
    assert "strikemap: warning:" in err and "repaired" in err
    html = tmp_path / "map.html"
    code, _, err = _run(capsys, "map", sumy, "-o", str(html), "--boundaries", str(only_uk))
    assert code == 0, err
    assert "1 region(s) shaded" in err
    assert "Сумська область" in html.read_text(encoding="utf-8")  # the file's own name


def test_cli_regions_and_map_with_raions(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    raions = str(_shared("ua_raions_2020_osm.geojson"))
    sumy = str(EXAMPLES / "sumy_bombs.md")
    code, out, err = _run(capsys, "regions", sumy, "--boundaries", raions, "--format", "geojson")
    assert code == 0, err
    features = json.loads(out)["features"]
    assert [f["properties"]["name"] for f in features] == ["Сумський район"]
    props = features[0]["properties"]
    assert list(props) == ["name", "iso_code", "reports", "impact_sites", "killed", "wounded"]
    assert props["iso_code"] is None
    # Sumy, Krasnopillia, Bilopillia, Vorozhba; "Sumy Oblast" cannot shade a raion.
    # Wounded: 31 in Sumy and the two women in Bilopillia.
    assert (props["impact_sites"], props["killed"], props["wounded"]) == (4, 5, 33)
    html = tmp_path / "raions.html"
    code, _, err = _run(capsys, "map", sumy, "-o", str(html), "--boundaries", raions)
    assert code == 0, err
    assert "1 region(s) shaded" in err


def test_cli_regions_with_kyiv_districts(capsys: pytest.CaptureFixture[str]) -> None:
    districts = str(_shared("kyiv_districts_osm.geojson"))
    code, out, err = _run(
        capsys, "regions", str(EXAMPLES / "kyiv_night.txt"), "--boundaries", districts
    )
    assert code == 0, err
    assert "Solomianskyi district" in out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--boundaries", "nothere.geojson"], r"nothere\.geojson: no such file"),
        (["--boundaries", "{gpkg}", "--layer", "nope"], r"no layer 'nope'; layers: \['a', 'b'\]"),
        (["--boundaries", "{gpkg}"], r"has several layers[,;] choose one with --layer"),
        (["--boundaries", "{gpkg}", "--layer", "a", "--code-col", "zz"], r"no column 'zz'"),
        (["--boundaries", "{shp}"], r"has no coordinate reference system"),
    ],
)
def test_cli_boundary_errors_are_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    squares: gpd.GeoDataFrame,
    extra: list[str],
    message: str,
) -> None:
    gpkg = tmp_path / "two.gpkg"
    squares.to_file(gpkg, layer="a", driver="GPKG")
    squares.to_file(gpkg, layer="b", driver="GPKG")
    shp = tmp_path / "nocrs.shp"
    squares.to_file(shp)
    shp.with_suffix(".prj").unlink()
    argv = [a.format(gpkg=gpkg, shp=shp) for a in extra]
    code, _, err = _run(capsys, "regions", str(EXAMPLES / "kyiv_night.txt"), *argv)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("strikemap: error: ")
    assert re.search(message, err), err


def test_cli_boundaries_list_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "boundaries", "list")
    assert code == 0
    assert out.splitlines()[0].startswith("admin1\t262 features\t8 countries")
    code, out, _ = _run(capsys, "boundaries", "show", "admin1")
    assert code == 0
    assert "UA 27" in out and "public domain" in out and "columns:   code, name" in out
    code, out, _ = _run(capsys, "boundaries", "show", "admin0", "--json")
    info = json.loads(out)
    assert info["features"] == 21 and "UA" in info["countries"]
    code, out, _ = _run(capsys, "boundaries", "list", "--json")
    assert [i["name"] for i in json.loads(out)] == ["admin1", "admin0"]
    code, _, err = _run(capsys, "boundaries", "show", "admin2")
    assert code == 2 and "no embedded boundary layer 'admin2'" in err


def test_units_without_area_are_named_not_dropped_silently(
    tmp_path: Path, squares: gpd.GeoDataFrame
) -> None:
    path = tmp_path / "units.geojson"
    frame = squares.copy()
    frame.loc[frame.index[0], "geometry"] = Polygon()
    frame.to_file(path, driver="GeoJSON")
    first = str(squares.iloc[0]["NAME_EN"])
    with pytest.warns(
        UserWarning, match=rf"1 unit\(s\) have no geometry and are left out .*{first}"
    ):
        units = load_user_boundaries(path)
    assert len(units) == len(squares) - 1


def test_shapefile_without_its_dbf_says_so(tmp_path: Path, squares: gpd.GeoDataFrame) -> None:
    path = tmp_path / "units.shp"
    squares.to_file(path)
    path.with_suffix(".dbf").unlink()
    with pytest.raises(
        InputError,
        match=r"units\.shp: the shapefile has no attribute table "
        r"\(units\.dbf is missing\)",
    ):
        load_user_boundaries(path)
