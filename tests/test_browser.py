"""Open rendered maps in headless Chromium: layers, labels, dates, colour, phone, print, safety.

A probe script is inserted at the top of a copy of the page. It records errors, console
errors, CSP violations and resource fetches from the first moment; once the page has loaded it
runs a test's script (an async function body that sees ``app``, ``map``, ``control`` and the
helpers below) and writes what it returns as JSON into a ``<pre id="sm-probe">`` that
``chromium --dump-dom`` prints. Phone-width pages are probed inside a 400 px ``srcdoc`` iframe
(headless Chromium lays a window out at 500 px at least). Screenshots and PDFs go to
``outputs/`` (ignored by git).
"""

from __future__ import annotations

import html
import itertools
import json
import math
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from geo.cli import main
from geo.maps.layers import HEAT_GRADIENT
from geo.maps.render import (
    LAYER_CASUALTY_REGIONS,
    LAYER_HEAT,
    LAYER_IMPACT_REGIONS,
    LAYER_IMPACT_SITES,
    LAYER_LAUNCH_AREAS,
    LAYER_OTHER_MENTIONS,
    build_map,
    casualty_split,
    render_fragment,
    summarise,
    write_html,
)
from tests.conftest import CHROMIUM_FLAGS
from tests.test_render import (
    DEMO,
    hostile_extractions,
    sample_basemap,
    sample_extractions,
    sample_regions,
)

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed")

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = ROOT / "outputs"
EXAMPLES = ROOT / "examples"
DEMO_TITLE = "Strikes reported 4-7 July 2025 (example reports)"
ALL_LAYERS = (
    LAYER_IMPACT_REGIONS,
    LAYER_CASUALTY_REGIONS,
    LAYER_IMPACT_SITES,
    LAYER_HEAT,
    LAYER_LAUNCH_AREAS,
    LAYER_OTHER_MENTIONS,
)
FLAGS = CHROMIUM_FLAGS
# Every host name fails at once: a page that asks for web tiles gets errors, not the network.
NO_HOSTS = "--host-resolver-rules=MAP * ~NOTFOUND"

PROBE_HEAD = r"""
<script>
(function () {
  var sm = window.__smProbe = {errors: [], csp: []};
  window.addEventListener("error", function (e) { sm.errors.push("error: " + e.message); });
  window.addEventListener("unhandledrejection", function (e) {
    sm.errors.push("rejection: " + e.reason);
  });
  document.addEventListener("securitypolicyviolation", function (e) {
    sm.csp.push(e.violatedDirective + " " + e.blockedURI);
  });
  var consoleError = console.error;
  console.error = function () {
    sm.errors.push("console: " + Array.prototype.join.call(arguments, " "));
    return consoleError.apply(console, arguments);
  };
})();
</script>
"""

# Helpers the tests' scripts use; ``W`` is the window holding the map.
HELPERS = r"""
var wait = function (ms) { return new Promise(function (r) { setTimeout(r, ms); }); };
var app = W.strikemap.current, map = app.map;
var control = (function () {
  var key = Object.keys(W).filter(function (k) { return /^layer_control_\w+_layers$/.test(k); })[0];
  var overlays = W[key].overlays;
  return Object.keys(overlays).map(function (name) { return {name: name, layer: overlays[name]}; });
})();
function rect(el) {
  var r = el.getBoundingClientRect();
  return {x: r.left, y: r.top, w: r.width, h: r.height};
}
function shown(el) {
  var r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && W.getComputedStyle(el).visibility !== "hidden";
}
function labelBoxes() {
  return Array.prototype.filter.call(W.document.querySelectorAll(".sm-label"), shown)
    .map(function (el) { var r = rect(el); r.text = el.textContent; return r; });
}
function overlapping(boxes) {
  var out = [];
  for (var i = 0; i < boxes.length; i++) { for (var j = i + 1; j < boxes.length; j++) {
    var a = boxes[i], b = boxes[j];
    if (a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 &&
        b.y < a.y + a.h - 0.5) { out.push([a.text, b.text]); }
  } }
  return out;
}
function controlRects() {
  return Array.prototype.filter.call(W.document.querySelectorAll(".leaflet-control"), shown)
    .filter(function (el) { return !el.classList.contains("leaflet-control-attribution"); })
    .map(function (el) { var r = rect(el); r.cls = el.className; return r; });
}
function fills() {
  var part = app.activeRegions();
  return Object.keys(part.byUnit).map(function (u) {
    var o = part.byUnit[u].options; return o.fillOpacity ? o.fillColor : null; });
}
function popupBox() {  // the open popup (a closed one fades out of the page for 200 ms)
  var p = map._popup && map.hasLayer(map._popup) && map._popup.getElement();
  return p ? p.querySelector(".leaflet-popup-content") : null;
}
function summaryText() { return app.summaryBox.body.textContent; }
function subtitle() { return app.titleBox.body.querySelector(".sm-sub").textContent; }
function markerCounts() { return app.points.map(function (g) { return g.getLayers().length; }); }
function subjectPoints() {
  var out = [];
  app.points[0].smMarkers.forEach(function (m) {
    if (!m._map) { return; }
    var p = map.latLngToContainerPoint(m.getLatLng());
    var box = map.getContainer().getBoundingClientRect();
    out.push({x: p.x + box.left, y: p.y + box.top});
  });
  return out;
}
function covered(points, rects) {
  return points.filter(function (p) { return rects.some(function (r) {
    return p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h; }); }).length;
}
"""


def _chromium(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    """Run headless Chromium with the test flags."""
    assert CHROMIUM is not None
    return subprocess.run(
        [CHROMIUM, *FLAGS, *args], check=True, capture_output=True, text=True, timeout=timeout
    )


def _runner(body: str, window: str = "window") -> str:
    """Return a script that runs ``body`` after load and writes its result into the page."""
    return (
        "<script>window.addEventListener('load', function () { setTimeout(async function () {"
        f"var W = {window}, out; try {{ {HELPERS}\nout = await (async function () {{ {body} }})();"
        "} catch (e) { out = {probeError: String(e && e.stack || e)}; }"
        "var sm = (W.__smProbe || window.__smProbe || {});"
        "if (out && typeof out === 'object') { out.errors = sm.errors; out.csp = sm.csp;"
        " out.resources = W.performance.getEntriesByType('resource').map(function (e) {"
        " return e.name; }); }"
        "var pre = document.createElement('pre'); pre.id = 'sm-probe';"
        "pre.textContent = JSON.stringify(out); document.body.appendChild(pre);"
        "}, 400); });</script>"
    )


def _read(stdout: str, stderr: str) -> dict:
    """Return the probe's findings from Chromium's DOM dump."""
    match = re.search(r'<pre id="sm-probe">(.*?)</pre>', stdout, re.S)
    assert match, f"the probe wrote nothing; stderr: {stderr[-2000:]}"
    result = json.loads(html.unescape(match.group(1)))
    assert "probeError" not in result, result
    return result


def probe(
    html_path: Path,
    body: str,
    *,
    keep_csp: bool = True,
    size: str = "1280,800",
    flags: tuple[str, ...] = (),
) -> dict:
    """Open a copy of the page with the probe inserted, run ``body``; return what it returned."""
    page = html_path.read_text(encoding="utf-8")
    if not keep_csp:
        page = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    anchor = page.index("<head>") + len("<head>")
    if keep_csp:
        anchor = page.index(">", page.index("Content-Security-Policy")) + 1
    page = page[:anchor] + PROBE_HEAD + page[anchor:]
    page = page.replace("</body>", _runner(body) + "</body>")
    probed = html_path.with_name(html_path.stem + ".probe.html")
    probed.write_text(page, encoding="utf-8")
    proc = _chromium(
        "--virtual-time-budget=10000",
        f"--window-size={size}",
        *flags,
        "--dump-dom",
        probed.as_uri(),
    )
    return _read(proc.stdout, proc.stderr)


def framed(html_path: Path, width: int, height: int) -> Path:
    """Write a host page holding the map in a ``width`` x ``height`` srcdoc iframe."""
    page = html_path.read_text(encoding="utf-8")
    anchor = page.index(">", page.index("Content-Security-Policy")) + 1
    page = page[:anchor] + PROBE_HEAD + page[anchor:]
    host = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>body { margin: 0; }</style>'
        f'</head><body><iframe id="map" style="display:block;border:0;width:{width}px;'
        f'height:{height}px" srcdoc="{html.escape(page, quote=True)}"></iframe></body></html>'
    )
    path = html_path.with_name(f"{html_path.stem}.{width}px.html")
    path.write_text(host, encoding="utf-8")
    return path


def probe_framed(host: Path, body: str, height: int) -> dict:
    """Run ``body`` against the map inside a host page written by :func:`framed`."""
    page = host.read_text(encoding="utf-8")
    runner = _runner(body, "document.getElementById('map').contentWindow")
    host.write_text(page.replace("</body></html>", runner + "</body></html>"), encoding="utf-8")
    proc = _chromium(
        "--virtual-time-budget=10000", f"--window-size=500,{height}", "--dump-dom", host.as_uri()
    )
    return _read(proc.stdout, proc.stderr)


def screenshot(url: str, target: Path, size: str = "1280,800", *flags: str) -> Path:
    """Save a screenshot of ``url`` to ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    _chromium(
        "--virtual-time-budget=6000",
        f"--screenshot={target}",
        f"--window-size={size}",
        *flags,
        url,
    )
    assert target.exists() and target.stat().st_size > 10_000
    return target


def print_pdf(url: str, target: Path) -> bytes:
    """Print ``url`` to a PDF with Chromium and return its bytes."""
    target.parent.mkdir(parents=True, exist_ok=True)
    _chromium(
        "--virtual-time-budget=6000", "--no-pdf-header-footer", f"--print-to-pdf={target}", url
    )
    return target.read_bytes()


def pdf_drawing(pdf: bytes) -> tuple[int, str]:
    """Return the PDF's number of pages and its decompressed drawing operators."""
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))
    text = []
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            text.append(zlib.decompress(stream).decode("latin-1"))
        except zlib.error:
            continue
    return pages, "\n".join(text)


def _pdf_colour(hex_colour: str) -> str:
    """``#7a3b00`` as Chromium writes it in a PDF colour operator (``.4784 .2314 0``)."""
    out = []
    for i in (1, 3, 5):
        value = f"{int(hex_colour[i : i + 2], 16) / 255:.4f}".rstrip("0").rstrip(".")
        out.append(value[1:] if value.startswith("0.") else value or "0")
    return " ".join(out)


@pytest.fixture(scope="module")
def demo_html(tmp_path_factory) -> Path:
    """The offline demo map, as ``make demo`` writes it."""
    out = tmp_path_factory.mktemp("demo") / "demo.html"
    reports = [str(EXAMPLES / name) for name in DEMO]
    assert main(["map", *reports, "-o", str(out), "--title", DEMO_TITLE]) == 0
    return out


@pytest.fixture(scope="module")
def attack_html(tmp_path_factory, shared_data) -> Path:
    """The map of the 3,585-row attack table, one report per row."""
    out = tmp_path_factory.mktemp("attacks") / "attacks.html"
    table = str(shared_data / "events" / "missile_attacks_daily.csv")
    assert main(["map", table, "-o", str(out), "--by", "reports"]) == 0
    return out


# ------------------------------------------------------------------ layers, popups, safety

EVERYTHING = r"""
  var out = {titleBefore: W.document.title, layers: {}, popups: [], tooltips: 0, units: []};
  out.hasMap = W.document.querySelectorAll(".leaflet-container").length === 1;
  out.initiallyOn = control.filter(function (o) { return map.hasLayer(o.layer); })
    .map(function (o) { return o.name; });
  var on = function (p) { return p.style.display !== "none"; };
  out.legendBefore = app.legendParts.filter(on).length;
  control.forEach(function (o) { if (!map.hasLayer(o.layer)) { map.addLayer(o.layer); } });
  await wait(50);
  control.forEach(function (o) {
    var layer = o.layer;
    out.layers[o.name] = {markers: layer.smMarkers ? layer.smMarkers.length : null,
      heatPoints: layer._latlngs ? layer._latlngs.length : null,
      heatCanvas: !!(layer._heat && layer._canvas && layer._canvas.width > 0)};
  });
  out.regionsOn = control.filter(function (o) { return map.hasLayer(o.layer) &&
    o.name.indexOf("Impact regions") === 0; }).length;
  out.legendParts = app.legendParts.filter(on).length;
  out.paths = W.document.querySelectorAll(".leaflet-overlay-pane path").length;
  out.basemapPaths = W.document.querySelectorAll(".leaflet-basemap-pane path").length;
  out.pointCanvases = W.document.querySelectorAll(".leaflet-points-pane canvas").length;
  app.points.forEach(function (g) {
    g.smMarkers.forEach(function (m) {
      if (!m._map) { return; }
      m.fire("click", {latlng: m.getLatLng()}, true);
      var more = popupBox() && popupBox().querySelector(".sm-more");
      if (more) { more.click(); }
      var box = popupBox();
      out.popups.push(box ? box.innerHTML : null);
      m.fire("mouseover", {latlng: m.getLatLng()}, true);
      if (m.getTooltip() && m.isTooltipOpen()) { out.tooltips += 1; }
      m.fire("mouseout", {latlng: m.getLatLng()}, true);
    });
  });
  map.closePopup();
  app.D.u.forEach(function (unit, u) {
    var at = W.L.latLng(unit[3], unit[4]);
    map.fire("mousemove", {latlng: at});
    var tip = W.document.querySelector(".sm-unit-tip");
    map.fire("click", {latlng: at});
    var more = popupBox() && popupBox().querySelector(".sm-more");
    if (more) { more.click(); }
    var box = popupBox();
    out.units.push([tip ? tip.innerHTML : null, box ? box.innerHTML : null]);
    map.closePopup();
  });
  map.fire("mouseout");
  out.anchors = Array.prototype.map.call(W.document.querySelectorAll("a[href]"), function (a) {
    return [a.getAttribute("href"), a.getAttribute("target"), a.getAttribute("rel")]; });
  out.hasTime = !!app.timeControl;
  out.summary = app.lastSummary;
  out.stats = app.stats.map(function (s) { return [s.reports, s.k, s.w]; });
  out.codes = app.D.u.map(function (u) { return u[0]; });
  out.pwned = W.__pwned || null;
  out.titleAfter = W.document.title;
  out.injected = W.document.querySelectorAll("[data-pwned], #pwned").length;
  return out;
"""


def test_offline_demo_map_renders_every_layer_without_network(demo_html):
    result = probe(demo_html, EVERYTHING, keep_csp=False)  # without the CSP, a fetch would show
    assert result["errors"] == [] and result["resources"] == []
    assert result["hasMap"]
    assert result["initiallyOn"] == [LAYER_IMPACT_REGIONS, LAYER_IMPACT_SITES, LAYER_LAUNCH_AREAS]
    assert result["legendBefore"] == 3  # regions, sites, launch areas: a section each
    assert set(result["layers"]) == set(ALL_LAYERS)
    layers = result["layers"]
    assert layers[LAYER_IMPACT_SITES]["markers"] >= 10
    assert layers[LAYER_OTHER_MENTIONS]["markers"] >= 1
    assert layers[LAYER_HEAT]["heatPoints"] >= 10 and layers[LAYER_HEAT]["heatCanvas"]
    assert result["regionsOn"] == 1  # the two choropleths are a switch
    assert result["legendParts"] == 5  # every layer on but one of the switch
    assert result["basemapPaths"] >= 10 and result["pointCanvases"] >= 1
    assert len(result["popups"]) >= 10 and all(result["popups"])
    assert all('class="sm-tot"' in p for p in result["popups"])  # totals come first
    assert result["tooltips"] == len(result["popups"])
    assert result["hasTime"]  # several dates
    # Region hover and click: name, reports, events, killed and wounded, dates, places.
    for (tip, popup), code in zip(result["units"], result["codes"], strict=True):
        assert tip and "Killed" in tip and "Wounded" in tip and " event" in tip, code
        assert popup and "<li>" in popup and "2025-07-0" in popup, code
    # Every link opens in a new tab, without opener or referrer.
    assert result["anchors"]
    for href, target, rel in result["anchors"]:
        assert target == "_blank" and rel == "noopener noreferrer", href


def test_offline_demo_map_with_its_csp_has_no_violation(demo_html):
    result = probe(demo_html, "return {};")
    assert result["errors"] == [] and result["csp"] == [] and result["resources"] == []


def test_page_sums_equal_pythons_over_all_dates(tmp_path):
    """The summary and the region figures the page computes equal summarise/aggregate's."""
    from geo.places.boundaries import aggregate
    from tests.test_render import figures_extractions

    exts = figures_extractions()
    regions = aggregate(exts)
    path = tmp_path / "figures.html"
    write_html(build_map(exts, regions, title="Figures"), path)
    result = probe(
        path,
        "return {summary: app.lastSummary, stats: app.stats.map(function (s) "
        "{ return [s.reports, s.k || 0, s.w || 0]; }), codes: app.D.u.map("
        "function (u) { return u[0]; })};",
    )
    totals, split = summarise(exts), casualty_split(exts, regions)
    summary = result["summary"]
    for key in ("reports", "impact_sites", "killed", "wounded"):
        assert summary[key] == totals[key], key
    assert summary["split"] == split
    table = regions.set_index("code")
    for code, (reports, killed, wounded) in zip(result["codes"], result["stats"], strict=True):
        assert [reports, killed, wounded] == table.loc[
            code, ["reports", "killed", "wounded"]
        ].tolist()


def test_hostile_report_does_not_execute(tmp_path):
    payloads = [
        "<img src=x onerror=\"window.__pwned=1;document.title='pwned'\">",
        "<script>window.__pwned=2</script>",
        "${window.__pwned=3}",
        "`+(window.__pwned=4)+`",
        "\\`;window.__pwned=5;//\\",
        "</script><script>window.__pwned=6</script>",
        '"-(window.__pwned=7)-"',
        "'-(window.__pwned=8)-'",
        '<div id="pwned" data-pwned=1>x</div>',
        "<!-- <svg onload=window.__pwned=9>",
    ]
    payload = " ".join(payloads)
    hostile = hostile_extractions(payload, "javascript:window.__pwned=10")
    regions = sample_regions()
    hostile_regions = regions.assign(name=[f"R {payload}"] * len(regions))
    path = tmp_path / "hostile.html"
    m = build_map(
        hostile, hostile_regions, title=f"Evil {payload}", boundaries_credit=f"file {payload}"
    )
    write_html(m, path)
    for keep_csp in (True, False):  # the escaping holds even without the CSP
        result = probe(path, EVERYTHING, keep_csp=keep_csp)
        assert result["pwned"] is None
        assert result["injected"] == 0
        assert result["titleAfter"] == result["titleBefore"]  # shown as text, unchanged
        assert result["errors"] == [] and result["resources"] == []
        assert len(result["popups"]) == 4
        assert all("window.__pwned=2" in p for p in result["popups"])  # shown as text
        assert result["tooltips"] == 4
        assert result["units"] and all("window.__pwned=2" in tip for tip, _ in result["units"])


# ------------------------------------------------------------------ labels

LABELS = r"""
  var out = {zooms: []};
  for (var step = 0; step < 2; step++) {
    if (step) { map.setZoom(map.getZoom() + 1.5, {animate: false}); await wait(100); }
    out.zooms.push({zoom: map.getZoom(), boxes: labelBoxes(),
                    blocked: covered(labelBoxes().map(function (b) {
                      return {x: b.x + b.w / 2, y: b.y + b.h / 2}; }), controlRects()),
                    discs: app.regionParts[0] && Object.keys(app.regionParts[0].discs)
                      .filter(function (u) { return app.regionParts[0].discs[u].smShown; })
                      .map(function (u) { return app.D.u[u][1]; })});
    out.zooms[step].overlaps = overlapping(out.zooms[step].boxes);
  }
  return out;
"""


def _check_labels(result: dict, must: set[str]) -> None:
    first, second = result["zooms"]
    for level in (first, second):
        assert level["overlaps"] == [], level["overlaps"]
        assert level["blocked"] == 0  # no name under a control
    names = {b["text"] for b in first["boxes"]}
    assert must <= names, sorted(names)
    assert "Kyiv" in first["discs"]  # Kyiv City drawn as a disc at country zoom
    assert len(second["boxes"]) >= 5 and second["zoom"] > first["zoom"]


def test_labels_on_the_demo_at_two_zooms(demo_html):
    result = probe(demo_html, LABELS)
    _check_labels(result, {"Kyiv", "Sumy", "Odesa", "Kremenchuk", "Sumy Oblast"})


def test_labels_on_the_attack_table_at_two_zooms(attack_html):
    result = probe(attack_html, LABELS)
    _check_labels(result, {"Kyiv", "Odesa Oblast", "Kharkiv"})


# ------------------------------------------------------------------ dates

RANGE = r"""
  var out = {dates: app.D.d.length, all: {fills: fills(), summary: summaryText(),
             title: subtitle(), markers: markerCounts(), legend: app.legendParts[0].innerHTML}};
  var busiest = app.points[0].smMarkers.slice().sort(function (a, b) {
    return b.smRow[7].length - a.smRow[7].length; })[0];
  busiest.fire("click", {latlng: busiest.getLatLng()}, true);
  var html = popupBox().innerHTML;
  out.busy = {entries: busiest.smRow[7].length, totalsFirst: html.indexOf("sm-tot") <
              html.indexOf("<h5>"), shown: popupBox().querySelectorAll(".sm-entry").length,
              dates: Array.prototype.map.call(popupBox().querySelectorAll("h5"),
                function (h) { return h.textContent.slice(0, 10); })};
  var more = popupBox().querySelector(".sm-more");
  if (more) { more.click(); }
  out.busy.all = popupBox().querySelectorAll(".sm-entry").length;
  map.closePopup();
  var day = app.D.d[Math.floor(app.D.d.length / 2)];
  app.setRange(day, day);
  out.one = {fills: fills(), summary: summaryText(), title: subtitle(), markers: markerCounts(),
             legend: app.legendParts[0].innerHTML, from: app.time.from.value,
             to: app.time.to.value};
  app.time.step.value = "week"; app.time.step.dispatchEvent(new W.Event("change"));
  out.week = [app.time.from.value, app.time.to.value];
  app.step(1); out.nextWeek = [app.time.from.value, app.time.to.value];
  app.time.step.value = "month"; app.time.step.dispatchEvent(new W.Event("change"));
  out.month = [app.time.from.value, app.time.to.value];
  app.step(-1); out.prevMonth = [app.time.from.value, app.time.to.value];
  app.showAll();
  var t0 = W.performance.now();
  app.time.play.click();
  await wait(2000);
  out.playing = [app.time.from.value, app.time.to.value, app.time.play.textContent];
  app.stop();
  for (var i = 0; i < 12; i++) { app.step(1); }
  out.stepMs = (W.performance.now() - t0 - 2000) / 12;
  out.back = app.time.all.click() || {fills: fills(), summary: summaryText(), title: subtitle()};
  return out;
"""


def _check_range(result: dict) -> None:
    everything, one = result["all"], result["one"]
    assert one["from"] == one["to"]
    assert one["fills"] != everything["fills"]  # the shading follows the dates
    assert one["summary"] != everything["summary"]
    assert one["title"] != everything["title"] and one["from"] in one["title"]
    assert sum(one["markers"]) < sum(everything["markers"])
    assert result["back"]["fills"] == everything["fills"]
    assert result["back"]["summary"] == everything["summary"]


def test_range_filters_layers_shading_summary_and_title_on_the_demo(demo_html):
    result = probe(demo_html, RANGE)
    _check_range(result)
    assert result["all"]["title"].startswith("All dates: 2025-07-04 – 2025-07-07")


def test_range_control_on_a_year_and_more_of_daily_rows(attack_html):
    result = probe(attack_html, RANGE)
    assert result["dates"] > 1000
    _check_range(result)
    week, month = result["week"], result["month"]
    assert week[0] <= result["one"]["from"] <= week[1]
    assert (_days(week[0], week[1]), _days(week[1], result["nextWeek"][0])) == (6, 1)
    assert month[0].endswith("-01") and _days(month[0], month[1]) in (27, 28, 29, 30)
    assert _days(result["prevMonth"][1], month[0]) == 1
    assert result["playing"][2].endswith("Pause") and result["playing"][0] != month[0]
    assert result["stepMs"] < 1000  # a step of the whole map stays interactive
    busy = result["busy"]  # the busiest place: totals first, then by date, then "Show all"
    assert busy["entries"] > 100 and busy["totalsFirst"]
    assert busy["shown"] == 8 and busy["all"] == busy["entries"]
    assert busy["dates"] == sorted(busy["dates"], reverse=True)


def _days(a: str, b: str) -> int:
    import datetime as dt

    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


# ------------------------------------------------------------------ colour

COLOURS = r"""
  control.forEach(function (o) { if (!map.hasLayer(o.layer)) { map.addLayer(o.layer); } });
  await wait(50);
  var sections = {};
  app.legendParts.forEach(function (part, i) {
    var colours = [];
    if (part.style.display === "none") {  // the other choropleth of the switch
      part.innerHTML = app.regionLegend(app.T.legend[i].dynamic);
    }
    part.querySelectorAll(".sm-sw, .sm-dot").forEach(function (el) {
      if (el.closest(".sm-sizes") || el.classList.contains("sm-note")) { return; }
      var s = W.getComputedStyle(el);
      colours.push(el.classList.contains("sm-ring") ? s.borderTopColor : s.backgroundColor);
    });
    sections[app.T.legend[i].layer] = colours;
  });
  return {sections: sections};
"""

# Machado, Oliveira and Fernandes (2009), severity 1, on linear RGB.
CVD = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def _rgb(css: str) -> tuple[float, float, float]:
    if css.startswith("#"):
        return tuple(int(css[i : i + 2], 16) / 255 for i in (1, 3, 5))
    values = [float(v) for v in re.findall(r"[\d.]+", css)[:3]]
    return tuple(v / 255 for v in values)


def _lab(rgb: tuple[float, float, float], matrix=None) -> tuple[float, float, float]:
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    if matrix is not None:
        linear = [
            min(1.0, max(0.0, sum(m * c for m, c in zip(row, linear, strict=True))))
            for row in matrix
        ]
    r, g, b = linear
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _ciede2000(lab1, lab2) -> float:
    """CIEDE2000 colour difference."""
    (l1, a1, b1), (l2, a2, b2) = lab1, lab2
    cb = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(cb**7 / (cb**7 + 25**7)))
    a1, a2 = a1 * (1 + g), a2 * (1 + g)
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    h1, h2 = math.degrees(math.atan2(b1, a1)) % 360, math.degrees(math.atan2(b2, a2)) % 360
    dh = 0.0 if c1 * c2 == 0 else (h2 - h1 + 180) % 360 - 180
    dl, dc = l2 - l1, c2 - c1
    dhh = 2 * math.sqrt(c1 * c2) * math.sin(math.radians(dh / 2))
    lm, cm = (l1 + l2) / 2, (c1 + c2) / 2
    hm = h1 + h2 if c1 * c2 == 0 else (h1 + h2) / 2 + (180 if abs(h1 - h2) > 180 else 0)
    t = (
        1
        - 0.17 * math.cos(math.radians(hm - 30))
        + 0.24 * math.cos(math.radians(2 * hm))
        + 0.32 * math.cos(math.radians(3 * hm + 6))
        - 0.20 * math.cos(math.radians(4 * hm - 63))
    )
    sl = 1 + 0.015 * (lm - 50) ** 2 / math.sqrt(20 + (lm - 50) ** 2)
    sc, sh = 1 + 0.045 * cm, 1 + 0.015 * cm * t
    rt = (
        -2
        * math.sqrt(cm**7 / (cm**7 + 25**7))
        * math.sin(math.radians(60 * math.exp(-(((hm - 275) / 25) ** 2))))
    )
    return math.sqrt(
        (dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2 + rt * (dc / sc) * (dhh / sh)
    )


def _worst(colours: list[str], pairs=None) -> tuple[float, str, str, str]:
    """The smallest CIEDE2000 difference of any two colours, under normal and CVD vision."""
    pairs = pairs or list(itertools.combinations(colours, 2))
    out = (math.inf, "", "", "")
    for name, matrix in (("normal", None), *CVD.items()):
        for a, b in pairs:
            d = _ciede2000(_lab(_rgb(a), matrix), _lab(_rgb(b), matrix))
            out = min(out, (d, name, a, b))
    return out


def test_every_legend_class_survives_colour_vision_deficiencies(demo_html):
    result = probe(demo_html, COLOURS)
    sections = result["sections"]
    assert set(sections) == {"regions:0", "regions:1", "points:0", "heat", "points:1", "points:2"}
    for layer in ("regions:0", "regions:1", "points:0"):
        assert len(sections[layer]) >= 3, layer
        worst = _worst(sections[layer])
        assert worst[0] >= 10, (layer, worst)  # CIEDE2000: every class told apart
    # The point symbols of all layers stay apart from each other (small marks need more).
    points = sections["points:0"] + sections["points:1"] + sections["points:2"]
    assert _worst(points)[0] >= 15, _worst(points)
    # The heat ramp's stops keep their order under every deficiency.
    ramp = list(HEAT_GRADIENT.values())
    assert _worst(ramp, list(itertools.pairwise(ramp)))[0] >= 10
    screenshot(demo_html.as_uri(), OUTPUTS / "demo-browser.png")


# ------------------------------------------------------------------ phone, embedding, print

PHONE = r"""
  return {narrow: app.narrow, width: W.innerWidth,
          collapsed: [app.legendBox.getContainer().classList.contains("sm-collapsed"),
                      app.summaryBox.getContainer().classList.contains("sm-collapsed")],
          toggles: Array.prototype.filter.call(W.document.querySelectorAll(".sm-toggle"), shown)
            .map(function (b) { return b.textContent; }),
          layersCollapsed: !W.document.querySelector(".leaflet-control-layers-expanded"),
          points: subjectPoints().length,
          covered: covered(subjectPoints(), controlRects()),
          inside: subjectPoints().filter(function (p) { return p.x >= 0 && p.y >= 0 &&
            p.x <= W.innerWidth && p.y <= W.innerHeight; }).length,
          labels: overlapping(labelBoxes()), labelCount: labelBoxes().length};
"""


@pytest.mark.parametrize("which", ["demo", "attacks"])
def test_phone_width_controls_collapse_and_leave_the_subject_free(which, demo_html, request):
    page = demo_html if which == "demo" else request.getfixturevalue("attack_html")
    host = framed(page, 400, 800)
    screenshot(host.as_uri(), OUTPUTS / f"{which}-400px.png", "400,800")
    result = probe_framed(host, PHONE, 800)
    assert result["narrow"] and result["width"] == 400
    assert result["collapsed"] == [True, True]
    assert sorted(result["toggles"]) == ["Legend", "Summary"]
    assert result["layersCollapsed"]
    assert result["points"] > 0 and result["covered"] == 0  # no control over an impact site
    assert result["inside"] == result["points"]
    assert result["labels"] == [] and result["labelCount"] >= 5


def test_print_hides_controls_and_keeps_the_map(demo_html, tmp_path):
    result = probe(
        demo_html,
        r"""
      window.dispatchEvent(new Event("beforeprint"));
      var hidden = [".leaflet-control-zoom", ".leaflet-control-layers", ".sm-time",
                    ".sm-title-box", ".sm-legend", ".sm-summary"].map(function (c) {
        var el = W.document.querySelector(c); return !el || !shown(el); });
      var extra = Array.prototype.map.call(W.document.querySelectorAll(".sm-print-extra"),
        function (el) { return [shown(el), el.textContent.length]; });
      return {hidden: hidden, extra: extra, covered: covered(subjectPoints(), controlRects())};
    """,
    )
    assert all(result["hidden"])  # nothing to click, no box over the map
    assert [shown for shown, _ in result["extra"]] == [True, True]  # title above, key below
    assert all(length > 20 for _, length in result["extra"])
    assert result["covered"] == 0
    pages, drawing = pdf_drawing(print_pdf(demo_html.as_uri(), OUTPUTS / "demo-print.pdf"))
    assert pages == 1
    assert f"{_pdf_colour('#7a3b00')} RG" in drawing  # the region outlines are printed
    assert f"{_pdf_colour('#f4f4f2')} rg" in drawing  # so is the basemap's land


def test_fragment_keeps_its_height_on_a_phone_links_work_and_it_prints(tmp_path, demo_html):
    """The README's iframe snippet and the --fragment output, side by side in a host page."""
    shutil.copy(demo_html, tmp_path / "demo.html")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    snippet = re.search(r"```html\n(<iframe.*?</iframe>)\n```", readme, re.S).group(1)
    assert 'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"' in snippet
    fragment = render_fragment(
        build_map(
            sample_extractions(), sample_regions(), title="Fragment", basemap=sample_basemap()
        ),
        title="Fragment",
    )
    host = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Report</title>
<style>body {{ font: 15px Georgia, serif; max-width: 860px; margin: 20px auto; }}</style>
</head><body>
<h1>Weekly situation report</h1>
<p>The map below is an iframe of the self-contained page strikemap wrote.</p>
{snippet.replace('src="strikes.html"', 'src="demo.html"')}
<p>And the same kind of map pasted as a <code>--fragment</code>:</p>
{fragment}
</body></html>"""
    page = tmp_path / "report.html"
    page.write_text(host, encoding="utf-8")
    proc = _chromium("--virtual-time-budget=8000", "--dump-dom", page.as_uri())
    assert proc.stdout.count("<iframe") == 2
    screenshot(page.as_uri(), OUTPUTS / "embed.png", "900,1200")
    narrow = tmp_path / "narrow.html"
    narrow.write_text(host.replace("max-width: 860px", "max-width: 400px"), encoding="utf-8")
    heights = probe_host_heights(narrow)
    assert all(h >= 400 for h in heights), heights  # not 16:9 of 400 px (225 px)
    pages, drawing = pdf_drawing(print_pdf(page.as_uri(), OUTPUTS / "embed-print.pdf"))
    assert pages >= 1 and f"{_pdf_colour('#7a3b00')} RG" in drawing  # the maps are printed


def probe_host_heights(path: Path) -> list[float]:
    """Return the heights of the iframes of a host page."""
    script = (
        "<script>window.addEventListener('load', function () { var pre = "
        "document.createElement('pre'); pre.id = 'sm-probe'; pre.textContent = JSON.stringify("
        "{heights: Array.prototype.map.call(document.querySelectorAll('iframe'), function (f) {"
        " return f.getBoundingClientRect().height; })}); document.body.appendChild(pre); });"
        "</script>"
    )
    path.write_text(path.read_text(encoding="utf-8").replace("</body>", script + "</body>"))
    proc = _chromium(
        "--virtual-time-budget=3000", "--window-size=500,900", "--dump-dom", path.as_uri()
    )
    return _read(proc.stdout, proc.stderr)["heights"]


# ------------------------------------------------------------------ tiles, user boundaries


def test_failing_tiles_fall_back_to_the_land_fill_with_a_notice(tmp_path):
    path = tmp_path / "tiles.html"
    m = build_map(
        sample_extractions(),
        sample_regions(),
        title="Tiles",
        basemap=sample_basemap(),
        tiles="OpenStreetMap.Mapnik",
    )
    write_html(m, path)
    result = probe(
        path,
        r"""
      await wait(1500);
      var pane = W.document.querySelector(".leaflet-basemap-pane");
      var tiles = W.document.querySelector(".leaflet-tile-pane");
      var land = pane.querySelector("path");
      return {notice: app.titleBox.body.querySelector(".sm-notice").textContent,
              order: [+W.getComputedStyle(pane).zIndex, +W.getComputedStyle(tiles).zIndex],
              fill: land.getAttribute("fill"), opacity: land.getAttribute("fill-opacity")};
    """,
        flags=(NO_HOSTS,),
    )
    assert "tiles could not be loaded" in result["notice"]
    assert result["order"][0] < result["order"][1]  # the land lies beneath the tiles
    assert (result["fill"], result["opacity"]) == ("#f4f4f2", "1")
    screenshot(path.as_uri(), OUTPUTS / "tiles-failed.png", "1000,700", NO_HOSTS)


def test_first_view_is_fitted_to_a_users_units(tmp_path, shared_data):
    districts = shared_data / "boundaries" / "kyiv_districts_osm.geojson"
    out = tmp_path / "kyiv.html"
    report = str(EXAMPLES / "kyiv_night.txt")
    assert main(["map", report, "-o", str(out), "--boundaries", str(districts)]) == 0
    body = (
        "var b = map.getBounds(); return {view: [b.getSouth(), b.getWest(), b.getNorth(), "
        "b.getEast()], attribution: W.document.querySelector('.leaflet-control-attribution')"
        ".textContent, shaded: fills()};"
    )
    result = probe(out, body)
    south, west, north, east = result["view"]
    assert south < 50.3 and north > 50.6 and west < 30.3 and east > 30.8  # all of Kyiv ...
    assert east - west < 3 and north - south < 1.5  # ... and not the whole country
    assert "kyiv_districts_osm.geojson: © OpenStreetMap contributors, ODbL" in result["attribution"]
    assert any(result["shaded"])
    screenshot(out.as_uri(), OUTPUTS / "kyiv-districts.png")


def test_screenshot_of_the_attack_table(attack_html):
    shot = screenshot(attack_html.as_uri(), OUTPUTS / "attacks.png")
    assert shot.stat().st_size > 50_000
