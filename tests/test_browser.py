"""Open rendered maps in headless Chromium: layers, network, console errors, hostile text.

A probe script is inserted at the top of a copy of the page. It records errors, console
errors, CSP violations and resource fetches from the first moment, then, once the page has
loaded, turns every overlay on, opens every popup and tooltip, moves the date slider, and
writes its findings as JSON into a ``<pre id="sm-probe">`` that ``chromium --dump-dom``
prints. Screenshots go to ``outputs/`` (ignored by git).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from geo.cli import main
from geo.render import (
    LAYER_CASUALTY_REGIONS,
    LAYER_HEAT,
    LAYER_IMPACT_REGIONS,
    LAYER_IMPACT_SITES,
    LAYER_LAUNCH_AREAS,
    LAYER_OTHER_MENTIONS,
    build_map,
    render_fragment,
    write_html,
)
from tests.conftest import CHROMIUM_FLAGS
from tests.test_render import (
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
DEMO_REPORTS = ("kyiv_night.txt", "sumy_bombs.md", "black_sea_raid.txt")
ALL_LAYERS = (
    LAYER_IMPACT_REGIONS,
    LAYER_CASUALTY_REGIONS,
    LAYER_IMPACT_SITES,
    LAYER_HEAT,
    LAYER_LAUNCH_AREAS,
    LAYER_OTHER_MENTIONS,
)
FLAGS = CHROMIUM_FLAGS

PROBE = r"""
<script>
(function () {
  var sm = window.__smProbe = {errors: [], csp: [], resources: []};
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
  function find(prefix, type) {
    return Object.keys(window).filter(function (k) {
      return k.indexOf(prefix) === 0 && window[k] instanceof type;
    }).map(function (k) { return window[k]; });
  }
  function layerControl() {
    // folium declares the control with ``let``; its ``var ..._layers`` object is global.
    var key = Object.keys(window).filter(function (k) {
      return /^layer_control_\w+_layers$/.test(k);
    })[0];
    var overlays = window[key].overlays;
    return {_layers: Object.keys(overlays).map(function (name) {
      return {name: name, layer: overlays[name]};
    })};
  }
  function run() {
    var out = {titleBefore: document.title, layers: {}, popups: [], tooltips: 0};
    var map = find("map_", L.Map)[0];
    var control = layerControl();
    out.hasMap = !!map && document.querySelectorAll(".leaflet-container").length === 1;
    out.initiallyOn = control._layers.filter(function (o) {
      return map.hasLayer(o.layer);
    }).map(function (o) { return o.name; });
    control._layers.forEach(function (o) {
      if (!map.hasLayer(o.layer)) { map.addLayer(o.layer); }
      var layer = o.layer, info = {};
      info.features = layer.getLayers ? layer.getLayers().length : null;
      info.markers = layer.smMarkers ? layer.smMarkers.length : null;
      info.heatPoints = layer._latlngs ? layer._latlngs.length : null;
      info.heatCanvas = !!(layer._heat && layer._canvas && layer._canvas.width > 0);
      out.layers[o.name] = info;
    });
    out.paths = document.querySelectorAll(".leaflet-overlay-pane path").length;
    out.basemapPaths = document.querySelectorAll(".leaflet-basemap-pane path").length;
    out.pointCanvases = document.querySelectorAll(".leaflet-points-pane canvas").length;
    out.legendParts = Array.prototype.filter.call(
      document.querySelectorAll(".sm-legend-part"),
      function (p) { return p.style.display !== "none"; }).length;
    control._layers.forEach(function (o) {
      (o.layer.smMarkers || []).forEach(function (m) {
        if (!m._map) { return; }
        m.fire("click", {latlng: m.getLatLng()}, true);  // propagate, as a real click
        var box = document.querySelector(".leaflet-popup-content");
        out.popups.push(box ? box.innerHTML : null);
        m.fire("mouseover", {latlng: m.getLatLng()}, true);
        if (m.getTooltip() && m.isTooltipOpen()) { out.tooltips += 1; }
      });
      if (o.layer instanceof L.GeoJSON) {
        o.layer.eachLayer(function (f) { f.fire("mouseover", {latlng: f.getCenter()}, true); });
      }
    });
    map.closePopup();
    var slider = document.querySelector(".sm-dates input");
    out.dateSteps = [];
    if (slider) {
      for (var k = 0; k <= Number(slider.max); k++) {
        slider.value = String(k);
        slider.dispatchEvent(new Event("input"));
        out.dateSteps.push([document.querySelector(".sm-dates-label").textContent,
                            control._layers.map(function (o) {
                              return o.layer.smMarkers ? o.layer.getLayers().length : -1;
                            })]);
      }
    }
    out.resources = performance.getEntriesByType("resource").map(function (e) {
      return e.name;
    });
    out.pwned = window.__pwned || null;
    out.titleAfter = document.title;
    out.injected = document.querySelectorAll("[data-pwned], #pwned").length;
    out.errors = sm.errors;
    out.csp = sm.csp;
    var pre = document.createElement("pre");
    pre.id = "sm-probe";
    pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }
  window.addEventListener("load", function () {
    setTimeout(function () {
      try { run(); } catch (e) {
        var pre = document.createElement("pre");
        pre.id = "sm-probe";
        pre.textContent = JSON.stringify({probeError: String(e && e.stack || e),
                                          errors: sm.errors});
        document.body.appendChild(pre);
      }
    }, 300);
  });
})();
</script>
"""


def _chromium(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    """Run headless Chromium with the test flags."""
    assert CHROMIUM is not None
    return subprocess.run(
        [CHROMIUM, *FLAGS, *args], check=True, capture_output=True, text=True, timeout=timeout
    )


def probe(html_path: Path, *, keep_csp: bool = True) -> dict:
    """Open a copy of the page with the probe inserted; return the probe's findings."""
    page = html_path.read_text(encoding="utf-8")
    if not keep_csp:
        page = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    anchor = page.index("<head>") + len("<head>")
    if keep_csp:
        anchor = page.index(">", page.index("Content-Security-Policy")) + 1
    probed = html_path.with_name(html_path.stem + ".probe.html")
    probed.write_text(page[:anchor] + PROBE + page[anchor:], encoding="utf-8")
    proc = _chromium("--virtual-time-budget=8000", "--dump-dom", probed.as_uri())
    match = re.search(r'<pre id="sm-probe">(.*?)</pre>', proc.stdout, re.S)
    assert match, f"the probe wrote nothing; stderr: {proc.stderr[-2000:]}"
    result = json.loads(_unescape(match.group(1)))
    assert "probeError" not in result, result
    return result


def _unescape(text: str) -> str:
    """Undo the HTML escaping of ``--dump-dom`` text content."""
    import html

    return html.unescape(text)


def screenshot(url: str, target: Path, size: str = "1280,800") -> Path:
    """Save a screenshot of ``url`` to ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    _chromium("--virtual-time-budget=5000", f"--screenshot={target}", f"--window-size={size}", url)
    assert target.exists() and target.stat().st_size > 10_000
    return target


@pytest.fixture(scope="module")
def demo_html(tmp_path_factory) -> Path:
    """The offline demo map, as ``make demo`` writes it."""
    out = tmp_path_factory.mktemp("demo") / "demo.html"
    reports = [str(EXAMPLES / name) for name in DEMO_REPORTS]
    title = "Strikes reported 4-7 July 2025 (example reports)"
    assert main(["map", *reports, "-o", str(out), "--title", title]) == 0
    return out


def test_offline_demo_map_renders_every_layer_without_network(demo_html):
    result = probe(demo_html, keep_csp=False)  # without the CSP, any fetch would show
    assert result["errors"] == []
    assert result["resources"] == []
    assert result["hasMap"]
    assert set(result["layers"]) == set(ALL_LAYERS)
    assert result["initiallyOn"] == [LAYER_IMPACT_REGIONS, LAYER_IMPACT_SITES, LAYER_LAUNCH_AREAS]
    layers = result["layers"]
    assert layers[LAYER_IMPACT_REGIONS]["features"] >= 5
    assert layers[LAYER_CASUALTY_REGIONS]["features"] == layers[LAYER_IMPACT_REGIONS]["features"]
    assert layers[LAYER_IMPACT_SITES]["markers"] >= 10
    assert layers[LAYER_OTHER_MENTIONS]["markers"] >= 1
    assert layers[LAYER_HEAT]["heatPoints"] >= 10 and layers[LAYER_HEAT]["heatCanvas"]
    # Both choropleths (every overlay is on now) and the basemap are drawn as SVG paths.
    assert result["paths"] == 2 * layers[LAYER_IMPACT_REGIONS]["features"]
    assert result["basemapPaths"] >= 10  # countries around Ukraine
    assert result["pointCanvases"] >= 1
    assert result["legendParts"] == 6  # every layer on: every legend section shows
    assert len(result["popups"]) >= 10 and all(result["popups"])
    assert result["tooltips"] == len(result["popups"])
    # The reports span several dates: the slider steps through them.
    labels = [step[0] for step in result["dateSteps"]]
    assert labels[0].startswith("Date: all") and len(labels) >= 3
    counts = [sum(c for c in step[1] if c >= 0) for step in result["dateSteps"]]
    assert all(c < counts[0] for c in counts[1:])


def test_offline_demo_map_with_its_csp_has_no_violation(demo_html):
    result = probe(demo_html)
    assert result["errors"] == [] and result["csp"] == [] and result["resources"] == []


def test_radio_regions_and_legend_follow_layers(demo_html):
    script = r"""
    <script>
    window.addEventListener("load", function () { setTimeout(function () {
      var key = Object.keys(window).filter(function (k) {
        return /^layer_control_\w+_layers$/.test(k); })[0];
      var names = window[key].overlays, out = {};
      var map = Object.keys(window).filter(function (k) {
        return k.indexOf("map_") === 0 && window[k] instanceof L.Map;
      }).map(function (k) { return window[k]; })[0];
      function visible() {
        return Array.prototype.filter.call(document.querySelectorAll(".sm-legend-part"),
          function (p) { return p.style.display !== "none"; }).length; }
      out.before = visible();
      var inputs = document.querySelectorAll(".leaflet-control-layers-overlays input");
      function label(input) { return input.nextSibling.textContent.trim(); }
      for (var i = 0; i < inputs.length; i++) {
        if (label(inputs[i]) === "Impact regions: killed + wounded") {
          inputs[i].click();
        }
      }
      setTimeout(function () {
        out.reportsOn = map.hasLayer(names["Impact regions"]);
        out.casualtiesOn = map.hasLayer(names["Impact regions: killed + wounded"]);
        // The control rebuilds its inputs when a layer changes: query them again.
        inputs = document.querySelectorAll(".leaflet-control-layers-overlays input");
        out.checked = Array.prototype.map.call(inputs, function (x) { return x.checked; });
        out.after = visible();
        for (var i = 0; i < inputs.length; i++) {
          if (label(inputs[i]) === "Impact sites") { inputs[i].click(); }
        }
        out.withoutSites = visible();
        var pre = document.createElement("pre"); pre.id = "sm-probe";
        pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
      }, 50);
    }, 300); });
    </script>
    """
    page = demo_html.read_text(encoding="utf-8").replace("</body>", script + "</body>")
    path = demo_html.with_name("radio.html")
    path.write_text(page, encoding="utf-8")
    proc = _chromium("--virtual-time-budget=8000", "--dump-dom", path.as_uri())
    out = json.loads(_unescape(re.search(r'<pre id="sm-probe">(.*?)</pre>', proc.stdout).group(1)))
    assert out["before"] == 3  # reports choropleth, sites, launch areas
    assert out["casualtiesOn"] and not out["reportsOn"]
    assert out["checked"][:2] == [False, True]  # the layer control shows the switch
    assert out["after"] == 3
    assert out["withoutSites"] == 2


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
    write_html(build_map(hostile, hostile_regions, title=f"Evil {payload}"), path)
    for keep_csp in (True, False):  # the escaping holds even without the CSP
        result = probe(path, keep_csp=keep_csp)
        assert result["pwned"] is None
        assert result["injected"] == 0
        assert result["titleAfter"] == result["titleBefore"]  # shown as text, unchanged
        assert result["errors"] == []
        assert result["resources"] == []
        assert len(result["popups"]) == 4
        assert all("window.__pwned=2" in p for p in result["popups"])  # shown as text
        assert result["tooltips"] == 4


def test_screenshot_of_the_demo_map(demo_html):
    shot = screenshot(demo_html.as_uri(), OUTPUTS / "demo.png")
    assert shot.stat().st_size > 50_000


def test_iframe_embedding_and_fragment(tmp_path, demo_html):
    """The README's iframe snippet and the --fragment output, side by side in a host page."""
    shutil.copy(demo_html, tmp_path / "demo.html")
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
<iframe src="demo.html" title="Strike map" sandbox="allow-scripts"
        style="width:100%;aspect-ratio:16/9;border:0"></iframe>
<p>And the same kind of map pasted as a <code>--fragment</code>:</p>
{fragment}
</body></html>"""
    page = tmp_path / "report.html"
    page.write_text(host, encoding="utf-8")
    proc = _chromium("--virtual-time-budget=8000", "--dump-dom", page.as_uri())
    assert proc.stdout.count("<iframe") == 2
    screenshot(page.as_uri(), OUTPUTS / "embed.png", size="900,1200")
