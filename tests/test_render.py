"""Tests for geo.maps.render and geo.maps.assets: layers, escaping, determinism, offline output."""

from __future__ import annotations

import dataclasses
import html
import json
import math
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import geopandas
import pytest
import shapely
from folium.plugins import Fullscreen

from geo.cli import main
from geo.errors import DataError, InputError
from geo.maps import assets
from geo.maps.layers import heat_weight, points_layer
from geo.maps.mapdata import assign_units, page_data
from geo.maps.popups import popup_html, report_title
from geo.maps.render import (
    LAYER_CASUALTY_REGIONS,
    LAYER_HEAT,
    LAYER_IMPACT_REGIONS,
    LAYER_IMPACT_SITES,
    LAYER_LAUNCH_AREAS,
    LAYER_OTHER_MENTIONS,
    boundary_credit,
    build_map,
    casualty_split,
    escape_text,
    group_places,
    highlight_sentence,
    latlon,
    marker_style,
    render_fragment,
    render_html,
    summarise,
    write_html,
)
from geo.maps.static import render_png, write_png
from geo.places.boundaries import aggregate
from geo.records import Extraction, Place, Report, ResolvedPlace, Span
from tests.conftest import CHROMIUM_FLAGS

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_render import synthetic_extractions

HOSTILE_PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "${alert(1)}",
    "`backtick`",
    "back\\slash",
    "</script>",
)
KHARKIV = Place("gn:706483", "Kharkiv", "settlement", "UA", "UA-63", 49.99, 36.23, 1_400_000)
ODESA = Place("gn:698740", "Odesa", "settlement", "UA", "UA-51", 46.48, 30.73, 1_000_000)
KURSK = Place("iso:RU-KRS", "Kursk Oblast", "admin1", "RU", "RU-KRS", 51.7, 36.2)
KYIV = Place("gn:703448", "Kyiv", "settlement", "UA", "UA-30", 50.45, 30.52)


def _resolved(report: Report, place: Place, role: str, word: str, **kw) -> ResolvedPlace:
    """Resolve ``place`` at the first occurrence of ``word`` in the report's text."""
    start = report.text.index(word)
    sentence_start = report.text.rfind(".", 0, start) + 1
    sentence_end = report.text.find(".", start) + 1 or len(report.text)
    return ResolvedPlace(
        report=report.id,
        place=place,
        role=role,
        precision=kw.get("precision", 1),
        confidence=kw.get("confidence", 0.9),
        mentions=(Span(word, start, start + len(word)),),
        cue=kw.get("cue", ""),
        sentence=report.text[sentence_start:sentence_end].strip(),
    )


def _extraction(report: Report, facts: dict[str, int]) -> Extraction:
    places = (
        _resolved(report, KHARKIV, "impact", "Kharkiv", cue="hit"),
        _resolved(report, ODESA, "impact", "Odesa", precision=3, confidence=0.6, cue="struck"),
        _resolved(report, KURSK, "launch", "Kursk", precision=3, cue="launched from"),
        _resolved(report, KYIV, "mention", "Kyiv", confidence=0.5),
    )
    return Extraction(report=report, places=places, facts=facts)


def sample_extractions() -> list[Extraction]:
    """One report hitting Kharkiv and Odesa, launched from Kursk, mentioning Kyiv."""
    report = Report(
        id="r1",
        text=(
            "Missiles hit Kharkiv overnight. A drone struck Odesa port. "
            "Drones were launched from Kursk region. Officials in Kyiv condemned it."
        ),
        title="Overnight strikes",
        date="2024-05-01",
        source="Wire",
        url="https://example.org/story",
    )
    return [_extraction(report, {"killed": 2, "wounded": 11, "missiles": 3, "drones": 20})]


@pytest.fixture
def extractions() -> list[Extraction]:
    return sample_extractions()


def hostile_extractions(payload: str, url: str) -> list[Extraction]:
    """One report whose title, source, text and cue all carry ``payload``."""
    report = Report(
        id="evil",
        text=(
            f"Missiles hit Kharkiv {payload}. A drone struck Odesa {payload}. "
            f"Drones were launched from Kursk. Officials in Kyiv said {payload}."
        ),
        title=f"Title {payload}",
        date="2024-05-02",
        source=f"Src {payload}",
        url=url,
    )
    places = (
        _resolved(report, KHARKIV, "impact", "Kharkiv", cue=f"hit {payload}"),
        _resolved(report, ODESA, "impact", "Odesa", precision=3, cue="struck"),
        _resolved(report, KURSK, "launch", "Kursk", precision=3, cue="launched from"),
        _resolved(report, KYIV, "mention", "Kyiv", confidence=0.5),
    )
    return [Extraction(report, places, {"killed": 1})]


@pytest.fixture
def hostile() -> list[Extraction]:
    return hostile_extractions(" ".join(HOSTILE_PAYLOADS), "javascript:alert(1)")


def sample_regions() -> geopandas.GeoDataFrame:
    """Three box regions, one with a hostile name and an unused column."""
    return geopandas.GeoDataFrame(
        {
            "code": ["UA-63", "UA-51", "UA-30"],
            "name": ["Kharkiv Oblast", "Odesa <b>Oblast</b> ${x}", "Kyiv"],
            "country": ["UA", "UA", "UA"],
            "reports": [3, 1, 0],
            "impact_sites": [1, 1, 0],
            "killed": [2, 0, 0],
            "wounded": [11, 0, 0],
            "unused": ["SECRET-COLUMN"] * 3,
        },
        geometry=[
            shapely.box(35.0, 49.0, 38.5, 50.5),
            shapely.box(29.5, 45.5, 31.5, 47.5),
            shapely.box(30.0, 50.0, 31.0, 51.0),
        ],
        crs=4326,
    )


@pytest.fixture
def regions() -> geopandas.GeoDataFrame:
    return sample_regions()


def sample_basemap() -> geopandas.GeoDataFrame:
    """Two box countries."""
    return geopandas.GeoDataFrame(
        {"code": ["UA", "RU"], "name": ["Ukraine", "Russia"], "country": ["UA", "RU"]},
        geometry=[shapely.box(22.0, 44.0, 40.0, 52.4), shapely.box(36.0, 50.0, 48.0, 58.0)],
        crs=4326,
    )


@pytest.fixture
def basemap() -> geopandas.GeoDataFrame:
    return sample_basemap()


@pytest.fixture
def page(extractions, regions, basemap) -> str:
    return render_html(build_map(extractions, regions, title="Test map", basemap=basemap))


def _layer_control_overlays(html: str) -> str:
    match = re.search(r"overlays\s*:\s*\{(.*?)\}", html, re.S)
    assert match, "no LayerControl overlays in the page"
    return match.group(1)


# ------------------------------------------------------------------ helpers


def test_escape_text_neutralises_html_and_template_literals():
    assert escape_text("<a href='x'>`${y}`\\</a>") == (
        "&lt;a href=&#x27;x&#x27;&gt;&#96;&#36;&#123;y&#125;&#96;&#92;&lt;/a&gt;"
    )
    assert escape_text(None) == ""


def test_latlon_swaps_record_order():
    assert latlon(36.23, 49.99) == [49.99, 36.23]


def test_highlight_sentence_marks_the_mention(extractions):
    ext = extractions[0]
    assert highlight_sentence(ext.report.text, ext.places[0]) == (
        "Missiles hit <mark>Kharkiv</mark> overnight."
    )


def test_summarise_sums_facts(extractions):
    assert summarise(extractions) == {
        "reports": 1,
        "impact_sites": 2,
        "killed": 2,
        "wounded": 11,
        "drones": 20,
        "missiles": 3,
    }


# ------------------------------------------------------------------ figures per place

UKRAINE = Place("cc:UA", "Ukraine", "country", "UA", None, 49.0, 31.0)


def figures_extractions() -> list[Extraction]:
    """Two reports: one ties figures to Kharkiv but none to Odesa and states a larger total;
    the other ties its figure to the country only."""
    first = Report(
        id="f1",
        text=(
            "A missile killed four people in Kharkiv and wounded six. Drones also hit Odesa. "
            "Officials later put the night's toll at nine dead."
        ),
        title="Two cities hit",
        date="2024-06-02",
    )
    kharkiv = dataclasses.replace(
        _resolved(first, KHARKIV, "impact", "Kharkiv", cue="killed"),
        facts={"killed": 4, "wounded": 6},
        damage=("residential", "energy"),
    )
    odesa = _resolved(first, ODESA, "impact", "Odesa", cue="hit")
    second = Report(id="f2", text="Shelling killed two civilians in Ukraine.", date="2024-06-02")
    ukraine = dataclasses.replace(
        _resolved(second, UKRAINE, "impact", "Ukraine", cue="killed"), facts={"killed": 2}
    )
    return [
        Extraction(first, (kharkiv, odesa), {"killed": 9, "wounded": 6}),
        Extraction(second, (ukraine,), {"killed": 2}),
    ]


def test_marker_size_comes_from_the_places_own_figures():
    impacts = group_places(figures_extractions(), "impact")
    radius = {place.name: marker_style("impact", entries)["radius"] for place, entries in impacts}
    assert radius == {
        "Kharkiv": round(6 + 2 * math.log2(1 + 4 + 6), 1),
        "Odesa": 6,  # none stated at Odesa: the smallest size, not the report's 15
        "Ukraine": round(6 + 2 * math.log2(1 + 2), 1),
    }
    # The page sizes markers from each report's figures at the place (null: not stated).
    layer = points_layer(impacts, "impact", LAYER_IMPACT_SITES, True, {"f1": 0, "f2": 1})
    entries = [[e[:4] for e in row[7]] for row in json.loads(layer.data)["p"]]
    assert entries == [[[0, 4, 6, 0.5]], [[0, None, None, 0.5]], [[1, 2, None, 1.0]]]


def test_heat_weight_shares_a_report_among_its_sites():
    text = "Drones hit " + ", ".join(f"Town{i:03d}" for i in range(10)) + ". Kharkiv was hit too."
    many = Report(id="m", text=text)
    towns = tuple(_town(i, many) for i in range(10))
    alone = Report(id="a", text="A missile hit Kharkiv.")
    kharkiv = _resolved(alone, KHARKIV, "impact", "Kharkiv")
    ext = [Extraction(many, towns), Extraction(alone, (kharkiv,))]
    weights = {p.name: heat_weight(entries) for p, entries in group_places(ext, "impact")}
    assert weights["Town000"] == 0.1 and weights["Kharkiv"] == 1.0


def test_popup_shows_the_places_figures_and_the_report_totals_apart():
    ext = figures_extractions()[0]
    kharkiv, odesa = ext.places
    hit = popup_html(kharkiv.place, [(ext, kharkiv)])
    assert "Damage: residential, energy" in hit
    assert "At this place: killed 4, wounded 6<br>" in hit
    assert "Report totals: killed 9, wounded 6" in hit
    quiet = popup_html(odesa.place, [(ext, odesa)])
    assert "At this place: killed not stated, wounded not stated<br>" in quiet
    assert "Damage: not stated" in quiet
    assert "killed 0" not in quiet


def test_summary_box_and_region_layers_agree_or_show_the_rest():
    exts = figures_extractions()
    regions = aggregate(exts)
    assert regions["killed"].sum() == 4 and regions["wounded"].sum() == 6
    split = casualty_split(exts, regions)
    assert split == {
        "killed": {"regions": 4, "unplaced": 5, "elsewhere": 2},
        "wounded": {"regions": 6, "unplaced": 0, "elsewhere": 0},
    }
    totals = summarise(exts)
    assert totals["killed"] == 11 == sum(split["killed"].values())
    # The page sums these rows in the browser (tests/test_browser.py checks its totals).
    data, units = page_data(exts, regions)
    assert data["r"] == [[0, 9, 6, None, None, 4, 6], [0, 2, None, None, None, 2, 0]]
    assert [(u.code, u.shares) for u in units] == [
        ("UA-51", ((0, None, None, (1,)),)),
        ("UA-63", ((0, 4, 6, (0,)),)),
    ]


# ------------------------------------------------------------------ page content


def _layer_var(overlays: str, name: str) -> str:
    return re.search(rf'"{re.escape(name)}"\s*:\s*(\w+)', overlays).group(1)


def test_layers_present_and_hidden_ones_not_added(page):
    overlays = _layer_control_overlays(page)
    shown = (LAYER_IMPACT_REGIONS, LAYER_IMPACT_SITES, LAYER_LAUNCH_AREAS)
    hidden = (LAYER_CASUALTY_REGIONS, LAYER_HEAT, LAYER_OTHER_MENTIONS)
    assert re.findall(r'"([^"]+)"\s*:', overlays) == [
        LAYER_IMPACT_REGIONS,
        LAYER_CASUALTY_REGIONS,
        LAYER_HEAT,
        LAYER_IMPACT_SITES,
        LAYER_LAUNCH_AREAS,
        LAYER_OTHER_MENTIONS,
    ]
    # A layer shown at load is added by folium (regions) or by the app once it has fitted
    # the first view (point layers: their clusters are drawn once).
    added = re.search(r"show: \[([^\]]*)\]", page).group(1).split(", ")
    for name in shown:
        var = _layer_var(overlays, name)
        assert f"{var}.addTo(" in page or var in added, name
    for name in hidden:
        var = _layer_var(overlays, name)
        assert f"{var}.addTo(" not in page and var not in added, name


def test_region_choropleths_are_exclusive_and_legend_follows_layers(page):
    overlays = _layer_control_overlays(page)
    reports = _layer_var(overlays, LAYER_IMPACT_REGIONS)
    deaths = _layer_var(overlays, LAYER_CASUALTY_REGIONS)
    sites = _layer_var(overlays, LAYER_IMPACT_SITES)
    # The app makes the two choropleths a switch and shows a legend section per layer on.
    app = re.search(
        r"strikemap\.app\(\{map: (\w+), data: \w+,\s+regions: \[([^\]]*)\], "
        r"points: \[([^\]]*)\]",
        page,
    )
    assert app.group(1) == _map_var(page)
    assert app.group(2) == f"{reports}, {deaths}" and app.group(3).split(", ")[0] == sites
    legend = json.loads(re.search(r'"legend":(\[.*?\]),"outside"', page).group(1))
    assert [s["layer"] for s in legend] == [
        "regions:0",
        "regions:1",
        "points:0",
        "heat",
        "points:1",
        "points:2",
    ]


def _map_var(page: str) -> str:
    return re.search(r"var (map_\w+) = L\.map\(", page).group(1)


def test_heat_layer_is_inlined_and_hidden(page):
    assert "L.heatLayer(" in page
    assert "simpleheat" in page  # the plugin itself, from the folium wheel
    assert "folium@main" not in page


def test_time_control_data_only_dated_reports(page, regions):
    assert '"d":["2024-05-01"]' in page  # one date: the page builds no time control
    first = sample_extractions()[0]
    later = Extraction(dataclasses.replace(first.report, id="r2", date="2024-05-03"), first.places)
    undated = Extraction(dataclasses.replace(first.report, id="r3", date="May"), first.places)
    html = render_html(build_map([first, later, undated], regions, title="Two days"))
    assert '"d":["2024-05-01","2024-05-03"]' in html
    data = json.loads(re.search(r"var page_data_\w+ = (\{.*?\});\n", html).group(1))
    assert [row[0] for row in data["r"]] == [0, 1, -1]  # "May" is no date to filter by
    # Every layer, the control's data and the legend come out byte-identical again.
    assert html == render_html(build_map([first, later, undated], regions, title="Two days"))


def test_jinja_in_report_text_is_not_evaluated(regions):
    first = sample_extractions()[0]
    evil = "{{ 1234*1000 }} {% if true %}INJECTED{% endif %} {# c #} {{ cycler.__init__ }}"
    report = dataclasses.replace(first.report, title=evil, source=evil, date=evil)
    places = tuple(dataclasses.replace(rp, cue=evil) for rp in first.places)
    odd = regions.assign(name=[evil] * len(regions))
    html = render_html(build_map([Extraction(report, places, first.facts)], odd, title=evil))
    assert "1234000" not in html
    # Every INJECTED is still inside its (escaped) if-tag: no template ran.
    kept = html.count("%&#125;INJECTED") + html.count("%\\u0026#125;INJECTED")
    assert html.count("INJECTED") == kept > 0
    assert html.count("1234*1000") >= 4  # title, control, popups, region tooltips


def test_popup_contents(page):
    assert "<mark>Kharkiv\\u003c/mark>" in page
    assert "https://example.org/story" in page
    assert "Overnight strikes" in page and "2024-05-01" in page
    assert "launched from" in page
    assert "confidence 0.90" in page


def test_unused_region_columns_and_empty_regions_not_embedded(page):
    assert "SECRET-COLUMN" not in page
    assert "UA-30" not in page  # Kyiv's unit has no reports: not shaded


def test_region_names_escaped_in_geojson(page):
    assert "Odesa <b>Oblast</b>" not in page
    assert "${x}" not in page


def test_hostile_report_is_escaped(hostile, extractions, regions):
    html = render_html(build_map(hostile, regions, title="Evil <script>alert(1)</script>"))
    control = render_html(build_map(extractions, regions, title="Plain"))
    body = html.split("</style>")[-1]  # skip inlined library code
    for payload in HOSTILE_PAYLOADS:
        if payload != "</script>":
            assert payload not in body, payload
    # No script element is opened or closed by the payloads.
    assert html.count("</script>") == control.count("</script>") == html.count("<script>")
    assert "alert(1)" in body  # the text is there, inert
    assert "onerror=alert" in body  # as text: its "<img" is escaped
    assert "<img src=x" not in body
    assert "javascript:alert" not in html  # non-http(s) source URL is not linked


def test_csp_and_attribution(page):
    csp = (
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
        "img-src data:; font-src data:; connect-src 'none'"
    )
    assert f'<meta http-equiv="Content-Security-Policy" content="{csp}">' in page
    assert page.index("Content-Security-Policy") < page.index("<script")
    assert "GeoNames" in page and "CC BY 4.0" in page and "Natural Earth" in page
    assert 'setPrefix("Leaflet")' in page


def test_tiles_add_their_host_to_csp(extractions, regions):
    html = render_html(build_map(extractions, regions, title="t", tiles="OpenStreetMap.Mapnik"))
    assert "img-src data: https://tile.openstreetmap.org" in html
    assert "tile.openstreetmap.org/{z}/{x}/{y}.png" in html
    assert "OpenStreetMap" in html


def test_unknown_tiles_raise(extractions, regions):
    with pytest.raises(InputError, match=r"unknown tile provider 'No\.Such'"):
        build_map(extractions, regions, title="t", tiles="No.Such")


def test_missing_region_columns_raise(extractions, regions):
    with pytest.raises(InputError, match=r"lacks columns \['code', 'name'\]"):
        build_map(extractions, regions.drop(columns=["code", "name"]), title="t")


# ------------------------------------------------------------------ determinism


def test_two_renders_are_byte_identical(extractions, regions, basemap):
    first = render_html(build_map(extractions, regions, title="Same", basemap=basemap))
    second = render_html(build_map(extractions, regions, title="Same", basemap=basemap))
    assert first == second
    ids = re.findall(r"\b[a-z]\w*_([0-9a-f]{32})\b", first)
    assert ids and all(int(i, 16) < 100_000 for i in ids), "a random element id is left"


def _town(i: int, report: Report) -> ResolvedPlace:
    name = f"Town{i:03d}"
    start = report.text.index(name)
    return ResolvedPlace(
        report=report.id,
        place=Place(f"gn:{i}", name, "settlement", "UA", None, 48 + i / 100, 30 + i / 50),
        role="impact",
        precision=1 + i % 3,
        confidence=0.8,
        mentions=(Span(name, start, start + len(name)),),
        sentence=report.text,
    )


def test_many_sites_are_clustered_and_deterministic(regions):
    text = "Strikes hit " + ", ".join(f"Town{i:03d}" for i in range(250)) + "."
    report = Report(id="big", text=text, title="Many")
    ext = [Extraction(report, tuple(_town(i, report) for i in range(250)), {"killed": 1})]
    first = render_html(build_map(ext, regions, title="Many"))
    assert "L.markerClusterGroup(" in first
    assert re.search(r'"maxZoom": 18', first)  # MarkerCluster throws without it
    assert "L.MarkerClusterGroup=" in first  # the plugin itself is inlined
    assert assets.find_fetchable_urls(first) == []
    assert first == render_html(build_map(ext, regions, title="Many"))


# ------------------------------------------------------------------ offline assets


def test_no_remote_assets_after_inlining(page):
    assert 'src="http' not in page
    assert not re.search(r"""<link[^>]+href=["']https?://""", page)
    assert assets.find_fetchable_urls(page) == []
    assert "L.Icon.Default.mergeOptions" in page and "data:image/png;base64," in page
    for dropped in ("jquery", "bootstrap", "font-awesome", "fontawesome", "awesome-markers"):
        assert dropped not in page.lower(), dropped


def test_unknown_asset_url_raises():
    html = '<head><script src="https://cdn.example.com/x.js"></script></head>'
    with pytest.raises(DataError, match=r"https://cdn\.example\.com/x\.js"):
        assets.inline_assets(html)
    css = '<link rel="stylesheet" href="https://cdn.example.com/y.css"/>'
    with pytest.raises(DataError, match=r"https://cdn\.example\.com/y\.css"):
        assets.inline_assets(css)


def test_known_assets_inline(page):
    html = (
        f'<script src="{assets.LEAFLET_JS}"></script>'
        f'<link rel="stylesheet" href="{assets.LEAFLET_CSS}"/>'
    )
    out = assets.inline_assets(html)
    assert "<script src" not in out and "<link" not in out
    assert "url(images/" not in out and "url(data:image/png;base64," in out


def test_write_html_is_atomic_utf8(tmp_path, extractions, regions):
    m = build_map(extractions, regions, title="Карта ударів")
    target = tmp_path / "map.html"
    write_html(m, target)
    text = target.read_text(encoding="utf-8")
    assert "Карта ударів" in text
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


# ------------------------------------------------------------------ browser

CHROMIUM = shutil.which("chromium")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed")
def test_headless_chromium_screenshot(tmp_path, extractions, regions, basemap):
    html_path = tmp_path / "map.html"
    shot = tmp_path / "map.png"
    write_html(build_map(extractions, regions, title="Browser test", basemap=basemap), html_path)
    command = [
        CHROMIUM,
        *CHROMIUM_FLAGS,
        f"--screenshot={shot}",
        "--window-size=1200,800",
        Path(html_path).as_uri(),
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=300)  # cold, on a busy host
    assert shot.exists() and shot.stat().st_size > 10_000


# ------------------------------------------------------------------ fragment, PNG, CLI


def test_fragment_is_a_sandboxed_iframe_of_the_page(extractions, regions, basemap):
    m = build_map(extractions, regions, title="Frag <i>", basemap=basemap)
    fragment = render_fragment(m, title="Frag <i>")
    assert fragment.startswith('<div class="strikemap-embed"')
    sandbox = re.search(r'sandbox="([^"]*)"', fragment).group(1).split()
    assert sandbox == ["allow-scripts", "allow-popups", "allow-popups-to-escape-sandbox"]
    assert "allow-same-origin" not in fragment and "allow-top-navigation" not in fragment
    assert "min-height:min(480px, 85vh)" in fragment  # keeps its height on a phone
    assert 'title="Frag &lt;i&gt;"' in fragment
    assert "<script" not in fragment  # the whole page is inert attribute text
    srcdoc = re.search(r'srcdoc="([^"]*)"', fragment).group(1)
    again = build_map(extractions, regions, title="Frag <i>", basemap=basemap)
    assert html.unescape(srcdoc) == render_html(again)


def test_plugin_with_unknown_cdn_fails_the_render(extractions, regions):
    m = build_map(extractions, regions, title="t")
    Fullscreen().add_to(m)
    with pytest.raises(DataError, match=r"no local copy of asset https://\S+fullscreen"):
        render_html(m)


def test_find_fetchable_urls():
    page = (
        '<a href="https://a.example/">a</a><img src="https://b.example/x.png">'
        '<link rel="stylesheet" href="//c.example/y.css"><style>i{background:url( "http://d/z")}'
        "</style><script>// a comment with https://e.example/</script>"
    )
    found = assets.find_fetchable_urls(page)
    assert [f[:10] for f in found] == ['src="https', "<link rel=", 'url( "http']


def test_png_is_deterministic_and_sized(extractions, regions, basemap, tmp_path):
    target = tmp_path / "map.png"
    write_png(extractions, regions, target, title="Cost $5 {{x}}", basemap=basemap)
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1500, 1125)
    assert b"matplotlib" not in data  # no version in the metadata
    assert render_png(extractions, regions, title="Cost $5 {{x}}", basemap=basemap) == data
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]
    small = render_png(extractions, regions, title="t", size=(4, 3), dpi=100)
    assert struct.unpack(">II", small[16:24]) == (400, 300)


def test_cli_map_png_fragment_and_tiles(tmp_path, capsys):
    report = tmp_path / "r.txt"
    report.write_text(
        "Title: Night strikes\nDate: 2025-07-04\n\nA Russian missile hit Kharkiv overnight, "
        "killing two people.\n",
        encoding="utf-8",
    )
    page, png, frag = tmp_path / "m.html", tmp_path / "m.png", tmp_path / "f.html"
    assert main(["map", str(report), "-o", str(page), "--png", str(png), "--offline"]) == 0
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert main(["map", str(report), "-o", str(frag), "--fragment"]) == 0
    assert frag.read_text(encoding="utf-8").startswith('<div class="strikemap-embed"')
    tiled = tmp_path / "t.html"
    assert main(["map", str(report), "-o", str(tiled), "--tiles", "OpenStreetMap.Mapnik"]) == 0
    text = tiled.read_text(encoding="utf-8")
    assert "img-src data: https://tile.openstreetmap.org" in text
    assert "OpenStreetMap\\u003c/a\\u003e contributors" in text  # the tiles' owner
    with pytest.raises(SystemExit) as exit_info:
        main(["map", str(report), "-o", str(page), "--offline", "--tiles", "OpenStreetMap.Mapnik"])
    assert exit_info.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_ten_thousand_sites_render_clustered_and_offline(regions):
    # how fast is measured side by side in benchmarks/bench_render.py, not here
    extractions = synthetic_extractions(10_000)
    page = render_html(build_map(extractions, regions, title="10k"))
    assert "L.markerClusterGroup(" in page and assets.find_fetchable_urls(page) == []


def test_asset_package_errors_name_the_fix():
    missing = assets.Asset("xstatic.pkg.leaflet_nope", "1.0", "x.js", "js")
    with pytest.raises(DataError, match=r"install the PyPI package xstatic-leaflet-nope"):
        assets._package_dir(missing)
    stale = assets.Asset("xstatic.pkg.leaflet", "0.1", "leaflet.js", "js")
    with pytest.raises(DataError, match=r"version '1\.9\.3' but the map links version '0\.1'"):
        assets._package_dir(stale)


# ------------------------------------------------------------------ page data, user boundaries

DEMO = (
    "kyiv_night.txt",
    "sumy_bombs.md",
    "black_sea_raid.txt",
    "poltava_night_uk.txt",
    "belgorod_governor_ru.txt",
)


def read_reports(*paths) -> list[Extraction]:
    """Extract reports (files or tables) as the CLI does, one report per row of a table."""
    from geo.engines.batch import run_batch
    from geo.places.gazetteer import load_gazetteer
    from geo.read.reports import iter_inputs

    return list(run_batch(iter_inputs([str(p) for p in paths]), gaz=load_gazetteer()))


@pytest.fixture(scope="module")
def demo_reports() -> list[Extraction]:
    return read_reports(*(EXAMPLES / name for name in DEMO))


@pytest.fixture(scope="module")
def attack_table(shared_data) -> list[Extraction]:
    return read_reports(shared_data / "events" / "missile_attacks_daily.csv")


EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _same_as_aggregate(extractions: list[Extraction], units=None, max_km: float = 15.0) -> None:
    """The page's per-unit sums over all dates equal aggregate's table, unit by unit."""
    regions = aggregate(extractions, units, max_km=max_km)
    data, shaded = page_data(extractions, regions, max_km=max_km)
    table = regions.set_index("code")
    assert {u.code for u in shaded} == set(table.index[table["reports"] > 0])
    sites = {i for i, (_, site) in enumerate(data["pl"]) if site}
    for unit in shaded:
        row = table.loc[unit.code]
        assert len(unit.shares) == row["reports"], unit.code
        assert sum(k or 0 for _, k, _, _ in unit.shares) == row["killed"], unit.code
        assert sum(w or 0 for _, _, w, _ in unit.shares) == row["wounded"], unit.code
        places = {p for *_, ps in unit.shares for p in ps} & sites
        assert len(places) == row["impact_sites"], unit.code


def test_page_sums_equal_aggregate_on_the_examples(demo_reports):
    _same_as_aggregate(demo_reports)


def test_page_sums_equal_aggregate_on_the_attack_table(attack_table):
    _same_as_aggregate(attack_table)
    data, _ = page_data(attack_table, aggregate(attack_table))
    assert len(data["d"]) > 1000  # about three years of daily rows
    # The table states no casualties: the page says "not stated", never 0.
    assert {row[1] for row in data["r"]} == {None} and {row[2] for row in data["r"]} == {None}


def test_user_boundary_credit_comes_from_the_file(shared_data, tmp_path):
    folder = shared_data / "boundaries"
    assert boundary_credit(folder / "ua_raions_2020_osm.geojson") == (
        "ua_raions_2020_osm.geojson: © OpenStreetMap contributors, ODbL"
    )
    assert boundary_credit(folder / "ua_adm1_geoboundaries.geojson").endswith(
        "geoBoundaries, CC BY 4.0"
    )
    assert boundary_credit(folder / "ru_regions_2013.geojson") == (
        "ru_regions_2013.geojson (licence not stated)"
    )
    own = tmp_path / "units.geojson"
    own.write_text(
        json.dumps(
            {"type": "FeatureCollection", "attribution": "Ministry <b>X</b>, CC0", "features": []}
        ),
        encoding="utf-8",
    )
    assert boundary_credit(own) == "units.geojson: Ministry <b>X</b>, CC0"


@pytest.mark.filterwarnings("ignore:.*unclosed rings:UserWarning")
def test_user_boundaries_holes_are_outside_never_a_neighbour(shared_data, demo_reports):
    from geo.places.user_boundaries import load_user_boundaries

    raions = load_user_boundaries(shared_data / "boundaries" / "ua_raions_2020_osm.geojson")
    kyiv = [e for e in demo_reports if "Kyiv" in e.report.text and e.impacts]
    codes = assign_units(kyiv, raions, max_km=0)
    in_kyiv = [
        code
        for ext, row in zip(kyiv, codes, strict=True)
        for rp, code in zip(ext.places, row, strict=True)
        if rp.role == "impact" and rp.place.admin1 == "UA-30" and rp.place.kind != "admin1"
    ]
    assert in_kyiv and set(in_kyiv) == {None}  # Kyiv City is a hole of the raion file
    # The 15 km fallback would have put them in a neighbouring raion.
    snapped = assign_units(kyiv, raions, max_km=15)
    assert any(c for row in snapped for c in row if c)
    credit = boundary_credit(shared_data / "boundaries" / "ua_raions_2020_osm.geojson")
    regions = aggregate(kyiv, raions, max_km=0)
    page = render_html(
        build_map(
            kyiv, regions, title="Raions", max_km=0, boundaries_credit=credit, fit_to_units=True
        )
    )
    assert "Outside the boundary file&#x27;s units: counted in none" in page
    assert '"outside":"outside the boundary file\'s units"' in page  # the summary's row
    assert "Units: ua_raions_2020_osm.geojson: © OpenStreetMap contributors, ODbL" in page
    assert "Basemap: <a" in page and "Boundaries: <a" not in page  # NE only for the basemap
    data = json.loads(re.search(r"var page_data_\w+ = (\{.*?\});\n", page).group(1))
    west, south, east, north = raions.total_bounds
    assert data["fit"] == [[south, west], [north, east]]  # the first view: the file's units


def test_every_link_opens_in_a_new_tab(page):
    anchors = re.findall(r"(?:<|\\u003c)a\b[^>]*>", page.split("</style>")[-1])
    assert anchors
    for anchor in anchors:
        assert 'target=\\"_blank\\"' in anchor or 'target="_blank"' in anchor, anchor
        assert "noopener noreferrer" in anchor, anchor


def test_untitled_report_is_titled_by_its_text():
    report = Report("missile_attacks.csv:12", "Shahed drones hit Odesa port. Two were hurt.")
    assert report_title(report) == "Shahed drones hit Odesa port."
    head = popup_html(
        ODESA, [(Extraction(report, ()), _resolved(report, ODESA, "impact", "Odesa"))]
    )
    assert "<b>Shahed drones hit Odesa port.</b>" in head
    assert "undated" in head and "missile_attacks.csv:12" in head


def test_png_names_places_without_overlaps(demo_reports):
    from geo.maps.mapdata import collect
    from geo.maps.static import _figure
    from geo.places.boundaries import load_admin0

    regions = aggregate(demo_reports)
    options = {
        "max_km": 15.0,
        "boundaries_credit": None,
        "fit_to_units": False,
        "counting": "reports",
    }
    collector = collect(demo_reports, regions)
    fig = _figure(collector, "t", load_admin0(), (10.0, 7.5), 150, options)
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    names = {t.get_text(): t.get_window_extent(renderer) for t in ax.texts}
    assert {"Kyiv", "Sumy", "Odesa", "Sumy Oblast"} <= set(names) and len(names) >= 15, names
    boxes = list(names.values())
    assert len(boxes) == len(ax.texts)  # no name twice
    for i, a in enumerate(boxes):
        assert not any(a.overlaps(b) for b in boxes[i + 1 :])


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_page_script_parses(tmp_path):
    from geo.maps.mapscript import LIBRARY_JS

    script = tmp_path / "strikemap.js"
    script.write_text(LIBRARY_JS, encoding="utf-8")
    subprocess.run(["node", "--check", str(script)], check=True, capture_output=True)
