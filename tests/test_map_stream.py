"""The map streamed: reports collected one at a time, the page written piece by piece, and the
``map`` command's page written without folium; every output equal to folium's page."""

from __future__ import annotations

import dataclasses
import gc
import json
import random
import subprocess
import sys
import weakref
from pathlib import Path

import numpy as np
import pytest
import shapely
from jinja2.utils import htmlsafe_json_dumps

from geo.cli import main
from geo.events import on_map
from geo.events.build import events_for_map
from geo.events.on_map import read_reports
from geo.maps import skeleton
from geo.maps.collect import MapCollector
from geo.maps.mapdata import SMALL_UNIT_SHARE, collect, page_data, shaded_units
from geo.maps.page import write_page
from geo.maps.popups import LazyList, js_json, js_json_chunks, materialise
from geo.maps.render import build_map, map_of, render_fragment, render_html
from geo.maps.units import NEAREST_KM, UnitLayer, basemap_json, equal_areas
from geo.places import boundaries
from geo.places.boundaries import aggregate, load_admin0, load_admin1
from geo.records import Extraction, Place, Report, ResolvedPlace, Span

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from bench_render import synthetic_extractions

ROOT = Path(__file__).resolve().parents[1]
DEMO = ("kyiv_night.txt", "sumy_bombs.md", "black_sea_raid.txt", "poltava_night_uk.txt")


def _extract(*paths) -> list[Extraction]:
    from geo.engines.batch import run_batch
    from geo.places.gazetteer import load_gazetteer
    from geo.read.reports import iter_inputs

    return list(run_batch(iter_inputs([str(p) for p in paths]), gaz=load_gazetteer()))


@pytest.fixture(scope="module")
def demo() -> list[Extraction]:
    return _extract(*(ROOT / "examples" / name for name in DEMO))


@pytest.fixture(scope="module")
def layer() -> UnitLayer:
    return UnitLayer.embedded("admin1")


def _folium_page(collector: MapCollector, title: str, **kwargs) -> str:
    return render_html(map_of(collector, title=title, basemap=load_admin0(), **kwargs))


# ------------------------------------------------------------------ JSON in pieces


def _random_value(rng: random.Random, depth: int = 0):
    chars = ["a", "<", "/", "!", "{", "%", "#", "}", '"', "\\", "\u2028", "ж", " "]
    pick = rng.random()
    if pick < 0.3:
        return "".join(rng.choice(chars) for _ in range(rng.randrange(8)))
    if pick < 0.5:
        return rng.choice([None, 1, 2.5, -3, True])
    if pick < 0.75 and depth < 3:
        return [_random_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if depth < 3:
        return {str(rng.random()): _random_value(rng, depth + 1) for _ in range(rng.randrange(3))}
    return 0


def _rows(items: list):
    """Rows that end with a lazy array, as the point layers' rows do."""
    for n in range(9):
        yield [n, "</", LazyList(lambda n=n: iter(items[:n]))]


def test_json_in_pieces_equals_js_json_of_the_whole():
    rng = random.Random(7)
    for _ in range(150):
        items = [_random_value(rng) for _ in range(rng.randrange(700))]
        value = {
            "b": LazyList(lambda items=items: iter(items)),
            "a": "</script><!--{{x}}",
            "c": {"x": LazyList(lambda: iter([{"{{": "{%"}, "<!"])), "y": 1},
            "d": LazyList(lambda items=items: _rows(items)),
        }
        pieces = list(js_json_chunks(value, size=rng.choice([1, 64, 1 << 16])))
        assert "".join(pieces) == js_json(materialise(value))


# ------------------------------------------------------------------ the embedded layers


def test_embedded_layer_read_without_geopandas_equals_boundaries(layer):
    frame = UnitLayer.from_frame(load_admin1())
    assert layer.codes == frame.codes and layer.names == frame.names
    assert layer.countries == frame.countries
    assert layer.levels == load_admin1()["level"].tolist()
    assert all(a.wkb == b.wkb for a, b in zip(layer.geometries, frame.geometries, strict=True))
    assert layer.total_bounds() == frame.total_bounds()
    ours, theirs = layer.areas(), frame.areas()
    assert np.allclose(ours, theirs, rtol=1e-12, atol=0)
    assert NEAREST_KM == boundaries.NEAREST_KM


def _small_flags(areas, countries) -> list[bool]:
    medians = {
        c: float(np.median([a for a, k in zip(areas, countries, strict=True) if k == c]))
        for c in set(countries)
    }
    return [a < SMALL_UNIT_SHARE * medians[c] for a, c in zip(areas, countries, strict=True)]


def test_equal_areas_keep_every_small_unit_flag(layer):
    frame = UnitLayer.from_frame(load_admin1())
    assert _small_flags(layer.areas(), layer.countries) == _small_flags(
        frame.areas(), layer.countries
    )
    square = shapely.box(30.0, 50.0, 31.0, 51.0)
    assert equal_areas([square])[0] == pytest.approx(7.83e9, rel=0.01)  # about 71 x 111 km


def test_basemap_json_equals_folium_geojson_data():
    frame = load_admin0()[["geometry"]].to_crs(4326).reset_index(drop=True)
    expected = htmlsafe_json_dumps(json.loads(json.dumps(frame.__geo_interface__)), sort_keys=True)
    assert skeleton._html_safe(basemap_json()) == expected


def test_embedded_layer_missing_file_says_how_to_rebuild(tmp_path, monkeypatch):
    from geo.errors import DataError
    from geo.maps import units

    monkeypatch.setenv("STRIKEMAP_BOUNDARIES", str(tmp_path))
    units._embedded_features.cache_clear()
    try:
        with pytest.raises(DataError, match=r"admin1\.geojson: cannot be read .*rebuild it"):
            UnitLayer.embedded("admin1")
    finally:
        units._embedded_features.cache_clear()


# ------------------------------------------------------------------ the collector


def test_collector_counts_equal_aggregate(demo, layer):
    collector = MapCollector(layer).add_all(demo).finish()
    table = aggregate(demo, load_admin1())
    counts = collector.region_counts()
    for row in table.itertuples(index=False):
        got = counts.get(
            row.code, dict.fromkeys(("reports", "impact_sites", "killed", "wounded"), 0)
        )
        assert (got["reports"], got["impact_sites"]) == (row.reports, row.impact_sites), row.code
        assert (got["killed"], got["wounded"]) == (row.killed, row.wounded), row.code
    assert collector.shaded() == int((table["reports"] > 0).sum())


def test_collector_keeps_no_report(demo, layer):
    copies = [dataclasses.replace(e, report=dataclasses.replace(e.report)) for e in demo]
    refs = [weakref.ref(e) for e in copies]
    texts = [weakref.ref(e.report) for e in copies]
    collector = MapCollector(layer)
    while copies:
        collector.add(copies.pop())
    gc.collect()
    assert all(r() is None for r in refs + texts)
    assert collector.reports == len(demo)


def test_duplicate_report_ids_point_to_the_last_row(demo, layer):
    twice = [demo[0], demo[1], demo[0]]
    regions = aggregate(twice, load_admin1())
    collector = MapCollector(layer).add_all(twice).finish()
    assert list(collector.report_index()) == [2, 1, 2]
    page = _folium_page(collector, "twice")
    assert page == render_html(build_map(twice, regions, title="twice", basemap=load_admin0()))


# ------------------------------------------------------------------ the page without folium


@pytest.mark.parametrize("fragment", [False, True])
def test_page_written_without_folium_equals_folium_page(tmp_path, demo, layer, fragment):
    collector = MapCollector(layer).add_all(demo).finish()
    title = "Night <b>&</b> {{x}} `$` \x00sm-data\x00"
    path = tmp_path / "m.html"
    write_page(collector, path, title=title, fragment=fragment)
    m = map_of(collector, title=title, basemap=load_admin0())
    expected = render_fragment(m, title=title) if fragment else render_html(m)
    assert path.read_bytes() == expected.encode("utf-8")


def test_page_without_folium_for_clustered_sites_and_a_users_layer(tmp_path):
    many = synthetic_extractions(1_000)
    own = load_admin1()
    own = own[own["country"] == "UA"].drop(columns=["level"])
    collector = MapCollector(UnitLayer.from_frame(own), 0.0).add_all(many).finish()
    assert skeleton.variant_of(len(collector.groups("impact"))) == "cluster"
    options = {"counting": "events", "boundaries_credit": "raions.geojson: ODbL"}
    path = tmp_path / "c.html"
    write_page(collector, path, title="Many", fit_to_units=True, **options)
    expected = _folium_page(collector, "Many", fit_to_units=True, **options)
    assert path.read_bytes() == expected.encode("utf-8")
    assert "L.markerClusterGroup({chunkedLoading: false" in expected


def test_skeleton_pages_are_current():
    from geo.maps.skeleton_build import TARGET, pages_source

    assert TARGET.read_text(encoding="utf-8") == pages_source(), (
        "geo/maps/skeleton_pages.py is stale: run `python -m geo.maps.skeleton_build`"
    )


def test_build_map_and_page_data_agree_with_the_collector(demo):
    regions = aggregate(demo, load_admin1())
    data, units = page_data(demo, regions)
    collector = collect(demo, regions)
    assert [u.code for u in units] == [u.code for u in shaded_units(collector)]
    assert data["r"] and len(data["r"]) == len(demo)


# ------------------------------------------------------------------ reading reports for map


def _report(rid: str, source: str | None) -> Extraction:
    place = Place("gn:1", "Sumy", "settlement", "UA", "UA-59", 50.9, 34.8)
    report = Report(rid, "Drones hit Sumy.", None, "2025-07-01", source)
    rp = ResolvedPlace(rid, place, "impact", 1, 0.9, (Span("Sumy", 11, 15),), sentence=report.text)
    return Extraction(report, (rp,), {})


def _launch(rid: str, source: str | None, region: str) -> Extraction:
    """``_report``'s impact and a launch area, ``region``, named beside it."""
    ext = _report(rid, source)
    oblast = Place(f"iso:{region}", region, "admin1", "RU", "RU-BEL", 50.6, 36.6)
    span = Span(region, 30, 30 + len(region))
    rp = ResolvedPlace(rid, oblast, "launch", 3, 0.8, (span,), sentence=ext.report.text)
    return dataclasses.replace(ext, places=(*ext.places, rp))


def test_auto_keeps_reports_only_when_a_second_source_appears(layer):
    one = read_reports(iter([_report(f"r{i}", "wire") for i in range(5)]), "auto", layer, 15.0)
    assert one.events is None and one.collector.reports == 5
    assert one.default_title() == "Strikes reported in 5 reports — 2025-07-01"
    mixed = [_launch(f"r{i}", "wire" if i < 3 else "paper", f"R{i}") for i in range(6)]
    two = read_reports(iter(mixed), "auto", layer, 15.0)
    assert two.collector is None
    assert [s.report for s in two.events.sightings] == [f"r{i}" for i in range(6)]
    assert [s.seq for s in two.events.sightings] == list(range(6))
    # the spilled reports read back whole: their launch areas are there for the events
    assert two.events.others_of("r0") == (on_map._fields(mixed[0].places[1]),)
    kept = read_reports(iter(mixed), "reports", layer, 15.0)
    assert kept.events is None and kept.collector.reports == 6


def _event_pages(extractions, every_place: bool) -> list[Extraction]:
    inputs = on_map.EventInputs(every_place).add_all(extractions)
    return list(events_for_map(inputs, None))


def test_events_drawn_from_what_grouping_needs_equal_those_of_the_reports(demo):
    """The events the map draws are made from each report's sightings and other places,
    kept without the report: the same as from every sighting of the whole reports (the
    grouping ``strikemap events`` does), launch areas and mentions included."""
    from geo.events.build import group
    from geo.places.gazetteer import load_gazetteer

    drawn = _event_pages(demo, every_place=False)
    events, _ = group(demo, load_gazetteer(), None)
    assert [e.report.id for e in drawn] == [e.id for e in events]
    assert drawn == _event_pages(demo, every_place=True)
    by_report = {e.report.id: e for e in demo}
    for page, event in zip(drawn, events, strict=True):
        others = {
            (rp.place.id, rp.role)
            for r in event.reports
            for rp in by_report[r].places
            if rp.role != "impact"
        }
        drawn_others = {(rp.place.id, rp.role) for rp in page.places if rp.role != "impact"}
        assert drawn_others == others, event.id
    assert any(rp.role == "launch" for page in drawn for rp in page.places)


def test_events_keep_no_report_and_remove_their_temporary_file(demo):
    copies = [dataclasses.replace(e, report=dataclasses.replace(e.report)) for e in demo]
    texts = [weakref.ref(e.report) for e in copies]
    inputs = on_map.EventInputs()
    while copies:
        inputs.add(copies.pop(0))
    gc.collect()
    assert all(r() is None for r in texts)
    assert all(s.role == "impact" for s in inputs.sightings)
    spill = inputs._spill
    assert spill is not None and not spill.closed
    pages = list(events_for_map(inputs, None))
    assert pages and spill.closed and inputs._spill is None


def test_events_take_the_other_places_of_the_last_report_of_an_id():
    first, again = _launch("r1", "wire", "Belgorod Oblast"), _launch("r1", "paper", "Kursk Oblast")
    without_impact = dataclasses.replace(again, places=again.places[1:])
    inputs = on_map.EventInputs().add_all([first, without_impact])
    assert [s.report for s in inputs.sightings] == ["r1"]
    assert inputs.others_of("r1") == (on_map._fields(again.places[1]),)
    [page] = events_for_map(inputs, None)
    assert [rp.place.name for rp in page.places if rp.role == "launch"] == ["Kursk Oblast"]
    assert on_map.EventInputs().add_all([without_impact]).others == {}


def test_map_command_imports_no_folium_pandas_or_matplotlib(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("A Russian missile hit Kharkiv overnight, killing two people.\n", "utf-8")
    code = (
        "import sys; from geo.cli import main; "
        f"rc = main(['map', {str(report)!r}, '-o', {str(tmp_path / 'm.html')!r}]); "
        "print(sorted(m for m in ('folium', 'branca', 'jinja2', 'pandas', 'geopandas', "
        "'pyogrio', 'pyproj', 'matplotlib') if m in sys.modules), rc)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[] 0", out.stdout + out.stderr


def test_map_command_page_equals_folium_page(tmp_path, demo):
    paths = [str(ROOT / "examples" / name) for name in DEMO]
    page = tmp_path / "m.html"
    assert main(["map", *paths, "-o", str(page), "--by", "reports", "--title", "Demo"]) == 0
    regions = aggregate(demo, load_admin1())
    expected = render_html(build_map(demo, regions, title="Demo", basemap=load_admin0()))
    assert page.read_bytes() == expected.encode("utf-8")
