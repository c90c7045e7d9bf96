"""The strike map's own script and styles, inlined into every page.

:data:`LIBRARY_JS` defines ``window.strikemap``: the point layers' markers and popups, the
region layers and their hover and click, and :func:`strikemap.app`, which ties them to one
date range (from-to, play, step by day, week or month) that filters every layer, the region
shading, the legend, the summary and the title together; places decluttered labels; collapses
the legend and summary to buttons on a phone; fits the first view to the map's subject in
the room the controls leave; zooms the map to the printed page; and falls back to the embedded
basemap when web tiles fail. Text reaching ``innerHTML`` was escaped in Python; the script
adds only numbers, ISO dates and fixed words.

:func:`page_css` returns the page's styles, with the print rules written twice: under
``@media print`` and under ``html.sm-print`` (which the tests and ``beforeprint`` set).
"""

from __future__ import annotations

__all__ = ["LIBRARY_JS", "page_css"]

_SCREEN_CSS = """
.folium-map { background: #dfe9f2; }
.sm-box { background: rgba(255,255,255,0.94); padding: 6px 9px; border-radius: 4px;
  box-shadow: 0 1px 4px rgba(0,0,0,0.3); font: 12px/1.4 system-ui, sans-serif; color: #222; }
.sm-title { font-size: 16px; font-weight: 600; max-width: 34vw; }
.sm-sub { font-size: 12px; font-weight: 400; color: #333; }
.sm-notice { font-size: 12px; font-weight: 400; color: #7a1f00; }
.sm-box table { border-collapse: collapse; }
.sm-box td { padding: 0 6px 0 0; }
.sm-box td.n { text-align: right; font-variant-numeric: tabular-nums; }
.sm-box tr.sm-subrow td { color: #555; }
.sm-box tr.sm-subrow td:first-child { padding-left: 10px; }
.sm-toggle { display: none; font: 600 12px system-ui, sans-serif; background: #fff;
  border: 1px solid #888; border-radius: 4px; padding: 3px 8px; cursor: pointer; }
.sm-collapsible.sm-collapsed .sm-body { display: none; }
.sm-legend h4, .sm-print-legend h4 { margin: 4px 0 2px; font-size: 12px; }
.sm-sw { display: inline-block; width: 14px; height: 10px; margin-right: 5px;
  border: 1px solid #888; vertical-align: middle; }
.sm-dot { display: inline-block; border-radius: 50%; margin-right: 5px; box-sizing: border-box;
  border: 1px solid #222; vertical-align: middle; }
.sm-ring { border-width: 3px; }
.sm-dash { border-style: dashed; }
.sm-sizes span.sm-dot { margin-left: 2px; background: #fff; }
.sm-heat { display: inline-block; width: 120px; height: 10px; vertical-align: middle;
  border: 1px solid #888; }
.sm-ticks { display: flex; justify-content: space-between; width: 122px; font-size: 10px; }
.sm-time { width: 250px; }
.sm-time-row { display: flex; gap: 4px; align-items: center; margin: 2px 0; flex-wrap: wrap; }
.sm-time input[type=date] { font: 11px system-ui, sans-serif; width: 112px; }
.sm-time button, .sm-time select { font: 12px system-ui, sans-serif; padding: 1px 5px; }
.sm-range { position: relative; height: 18px; }
.sm-range::before { content: ""; position: absolute; left: 8px; right: 8px; top: 7px;
  height: 4px; border-radius: 2px; background: #c8c8c8; }
.sm-range input { position: absolute; left: 0; top: 0; width: 100%; margin: 0;
  pointer-events: none; background: none; -webkit-appearance: none; appearance: none; }
.sm-range input::-webkit-slider-thumb { pointer-events: auto; }
.sm-range input::-moz-range-thumb { pointer-events: auto; }
.sm-range input.sm-to-r { background: transparent; }
.sm-pop { max-height: 300px; overflow-y: auto; font: 12px/1.4 system-ui, sans-serif;
  overflow-wrap: anywhere; }
.sm-pop blockquote { margin: 4px 0; padding-left: 6px; border-left: 3px solid #ccc; }
.sm-pop mark { background: #ffe066; }
.sm-pop h5 { margin: 6px 0 2px; font-size: 12px; border-bottom: 1px solid #ddd; }
.sm-pop .sm-tot { position: sticky; top: 0; background: #fff; padding: 2px 0 4px;
  border-bottom: 2px solid #888; }
.sm-pop .sm-entry { margin: 3px 0 6px; }
.sm-pop .sm-src, .sm-pop .sm-unit { color: #555; }
.sm-pop ul { margin: 2px 0; padding-left: 16px; }
.sm-more { margin: 4px 0; font: 600 12px system-ui, sans-serif; cursor: pointer; }
.sm-print-extra { display: none; gap: 10px; font: 11px/1.35 system-ui, sans-serif;
  color: #222; align-items: flex-start; -webkit-print-color-adjust: exact;
  print-color-adjust: exact; }
.sm-print-head { flex-direction: column; gap: 0; margin: 0 0 4px; }
.sm-print-head .sm-title { max-width: none; }
.sm-print-foot { margin-top: 6px; }
.sm-print-foot > div { border: 1px solid #999; padding: 4px 6px; }
.sm-print-foot .sm-legend-part { display: inline-block; vertical-align: top; margin-right: 12px; }
.sm-label { position: absolute; white-space: nowrap; pointer-events: none; color: #111;
  font-family: system-ui, sans-serif; line-height: 1; text-shadow: 0 0 2px #fff, 0 0 2px #fff,
  0 0 3px #fff, 0 0 4px #fff, 1px 1px 1px #fff, -1px -1px 1px #fff; }
.sm-label.sm-lu { font-style: italic; font-weight: 600; font-size: 11px; color: #4a2500; }
.sm-label.sm-lsmall { font-style: normal; font-weight: 700; font-size: 12px; color: #111; }
.sm-label.sm-l1 { font-weight: 700; font-size: 13px; }
.sm-label.sm-l3 { font-weight: 500; font-size: 11.5px; color: #222; }
.sm-label.sm-l4 { font-style: italic; font-size: 11px; color: #7a2e00; }
@media (max-width: 900px) {
  .sm-box { font-size: 11px; } .sm-title { font-size: 14px; max-width: 40vw; }
  .leaflet-control-layers-expanded { font-size: 11px; padding: 3px 6px 3px 4px; }
}
.sm-compact .sm-toggle { display: inline-block; }
.sm-compact .sm-collapsible { padding: 0; background: none; box-shadow: none;
  clear: none !important; }
.sm-compact .sm-collapsible:not(.sm-collapsed) { background: rgba(255,255,255,0.96);
  padding: 4px 6px; box-shadow: 0 1px 4px rgba(0,0,0,0.3); max-height: 60vh;
  overflow-y: auto; }
@media (max-height: 560px) {
  .sm-time { width: 210px; } .sm-time input[type=date] { width: 104px; }
  .sm-title { font-size: 14px; }
}
@media (max-width: 600px) {
  .sm-box { font-size: 11px; padding: 4px 6px; }
  .sm-title { font-size: 13px; max-width: calc(100vw - 80px); }
  .sm-sub { font-size: 11px; }
  .sm-time { width: calc(100vw - 40px); }
  .leaflet-bottom.leaflet-left { bottom: 16px; }
  .leaflet-control-zoom, .leaflet-control-scale { display: none; }
  .leaflet-control-attribution { font-size: 9px; }
  .leaflet-control-layers { font-size: 11px; }
}
"""

# Print: no controls to click, legend and summary open. The map keeps the size it has on screen
# and is zoomed to fit the page (the page script writes that rule): drawing anything anew while
# the browser lays out for print is lost from the printout.
_PRINT_RULES = """
.leaflet-control-zoom, .leaflet-control-layers, .sm-time, .sm-toggle,
.leaflet-control-scale, .sm-more { display: none !important; }
.sm-collapsible.sm-collapsed .sm-body { display: block !important; }
.sm-collapsible { background: rgba(255,255,255,0.94) !important; padding: 4px 6px !important; }
.sm-box { box-shadow: none; border: 1px solid #999; }
.sm-title { max-width: 45vw; }
.folium-map { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sm-top .sm-title-box, .sm-top .sm-legend, .sm-top .sm-summary { display: none !important; }
.sm-top .sm-print-extra { display: flex !important; }
"""


def _scoped(rules: str, scope: str) -> str:
    """Prefix every selector of ``rules`` (one level of ``{...}``, no at-rules) by ``scope``."""
    out = []
    for block in rules.split("}"):
        if "{" not in block:
            continue
        selectors, body = block.split("{", 1)
        scoped = ", ".join(
            f"{scope}{s.strip()}" if s.strip().startswith(".sm-top") else f"{scope} {s.strip()}"
            for s in selectors.split(",")
            if s.strip()
        )
        out.append(f"{scoped} {{{body}}}")
    return "\n".join(out)


def page_css() -> str:
    """Return the page's styles: screen, phone and print (also under ``html.sm-print``)."""
    return (
        _SCREEN_CSS
        + "@page { size: A4 landscape; margin: 8mm; }\n"
        + "@media print {\n"
        + _PRINT_RULES
        + "}\n"
        + _scoped(_PRINT_RULES, "html.sm-print")
        + "\n"
    )


LIBRARY_JS = r"""
(function () {
"use strict";
var SM = window.strikemap = {apps: []};
var DAY = 86400000;
var COMPACT = "(max-width: 600px), (max-height: 560px)";

function dayOf(iso) {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
}
function isoOf(day) { return new Date(day * DAY).toISOString().slice(0, 10); }
function plural(n, word) { return n + " " + (n === 1 ? word.replace(/s$/, "") : word); }
function figure(v) { return v === null || v === undefined ? "not stated" : String(v); }
function addNull(a, b) { return b === null || b === undefined ? a : (a || 0) + b; }
SM.dayOf = dayOf; SM.isoOf = isoOf;

SM.radius = function (c) { return Math.round((6 + Math.min(8, 2 * Math.log2(1 + c))) * 10) / 10; };
SM.classBreaks = function (max) {
  var out = [], i;
  if (max <= 5) { for (i = 1; i <= Math.max(max, 1); i++) { out.push(i); } return out; }
  var step = max / 5, seen = {};
  for (i = 0; i < 5; i++) { seen[1 + Math.floor(i * step)] = 1; }
  return Object.keys(seen).map(Number).sort(function (a, b) { return a - b; });
};
SM.classColour = function (v, breaks, colours) {
  var index = 0;
  for (var i = 0; i < breaks.length; i++) { if (v >= breaks[i]) { index = i; } }
  var last = colours.length - 1;
  if (breaks.length <= 1) { return colours[Math.floor(last / 2)]; }
  return colours[Math.round(index * last / (breaks.length - 1))];
};
SM.classLabels = function (breaks, max, colours) {
  return breaks.map(function (low, i) {
    var high = i + 1 < breaks.length ? breaks[i + 1] - 1 : max;
    return [SM.classColour(low, breaks, colours), low === high ? String(low) : low + "–" + high];
  });
};

// ------------------------------------------------------------------ point layers

SM.points = function (group, d, opts) {
  var renderer = L.canvas({pane: "points", padding: 0.3});
  var markers = new Array(d.p.length);
  for (var i = 0; i < d.p.length; i++) {
    var p = d.p[i], s = d.s[p[2]];
    var radius = opts.role === "impact" ? SM.radius(SM.casualties(p[7])) : s[5];
    var m = L.circleMarker([p[0], p[1]], {
      renderer: renderer, pane: "points", radius: radius, fillColor: s[0], dashArray: s[1],
      color: s[2], weight: s[3], opacity: 1, fillOpacity: s[4]});
    m.smRow = p; m.smIndex = i; m.smGroup = group;
    m.smFig = null;  // its figures for the dates shown, made when first asked for
    markers[i] = m;
  }
  group.smMarkers = markers; group.smData = d; group.smRole = opts.role;
  group.smCluster = opts.cluster; group.smRenderer = renderer; group.smKept = null;
  if (opts.cluster) { group.addLayers(markers); }
  else { for (var j = 0; j < markers.length; j++) { group.addLayer(markers[j]); } }
  return group;
};

// The killed + wounded of a place over all its reports, without building its figures.
SM.casualties = function (es) {
  if (es.length === 1) { return (es[0][1] || 0) + (es[0][2] || 0); }
  return SM.markerFigures({smRow: [0, 0, 0, 0, 0, 0, 0, es]}, null).c;
};

// Per report the place's largest figure (a report may name a place twice), summed.
SM.markerFigures = function (m, inRange) {
  var es = m.smRow[7], per = {}, order = [], kept = [];
  for (var i = 0; i < es.length; i++) {
    var e = es[i];
    if (inRange && !inRange[e[0]]) { continue; }
    kept.push(e);
    var r = per[e[0]];
    if (!r) { r = per[e[0]] = {k: null, w: null, c: 0, h: e[3]}; order.push(e[0]); }
    if (e[1] !== null) { r.k = Math.max(r.k === null ? 0 : r.k, e[1]); }
    if (e[2] !== null) { r.w = Math.max(r.w === null ? 0 : r.w, e[2]); }
    r.c = Math.max(r.c, (e[1] || 0) + (e[2] || 0));
  }
  var out = {n: order.length, k: null, w: null, c: 0, h: 0, kept: kept, reports: order};
  order.forEach(function (id) {
    var r = per[id];
    out.k = addNull(out.k, r.k); out.w = addNull(out.w, r.w); out.c += r.c; out.h += r.h;
  });
  out.weight = out.h + Math.log2(1 + out.c);
  return out;
};

// ------------------------------------------------------------------ layers the app fills

SM.regionLayer = function (metric) {
  var group = L.featureGroup();
  group.smMetric = metric;
  return group;
};
SM.heatLayer = function (options) { return L.heatLayer([], options); };

// ------------------------------------------------------------------ geometry

function ringContains(ring, x, y) {
  var inside = false;
  for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    var xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
    if ((yi > y) !== (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) { inside = !inside; }
  }
  return inside;
}
function polygonContains(rings, x, y) {
  if (!ringContains(rings[0], x, y)) { return false; }
  for (var i = 1; i < rings.length; i++) { if (ringContains(rings[i], x, y)) { return false; } }
  return true;
}
SM.geometryContains = function (g, x, y) {
  if (g.type === "Polygon") { return polygonContains(g.coordinates, x, y); }
  if (g.type === "MultiPolygon") {
    return g.coordinates.some(function (p) { return polygonContains(p, x, y); });
  }
  return false;
};

// ------------------------------------------------------------------ the app

SM.app = function (cfg) {
  var app = new App(cfg);
  SM.apps.push(app);
  SM.current = app;
  whenSized(cfg.map, function () { app.start(); });
  return app;
};

// Run ``fn`` once the map has a size: a map in an iframe may run before its frame is laid out.
function whenSized(map, fn) {
  var tries = 0;
  (function check() {
    map.invalidateSize({pan: false});
    var size = map.getSize();
    if ((size.x >= 50 && size.y >= 50) || tries > 120) { fn(); return; }
    tries += 1;
    setTimeout(check, 25);
  })();
}

function App(cfg) {
  var D = cfg.data;
  this.cfg = cfg; this.D = D; this.map = cfg.map; this.T = D.t;
  this.points = cfg.points; this.regions = cfg.regions; this.heat = cfg.heat;
  this.days = D.d.map(dayOf);
  this.range = {all: true, from: this.days[0], to: this.days[this.days.length - 1]};
  this.inRange = new Uint8Array(D.r.length).fill(1);
  this.ctx = document.createElement("canvas").getContext("2d");
  this.widths = {};
}

App.prototype.start = function () {
  var map = this.map;
  this.narrow = window.matchMedia("(max-width: 600px)").matches;
  // A phone, or a short frame (a 16:9 iframe in a report): legend and summary as buttons.
  this.compact = window.matchMedia(COMPACT).matches;
  if (this.compact) { document.documentElement.classList.add("sm-compact"); }
  map.attributionControl.setPrefix("Leaflet");
  map.attributionControl.addAttribution(this.T.attribution);
  this.buildRegions();
  this.buildControls();
  this.labels = new Labels(this);
  this.update(true);
  this.bindEvents();
  this.fixLinks(map.getContainer());
  this.fit();
  (this.cfg.show || []).forEach(function (layer) { map.addLayer(layer); });
  this.labels.place();
  this.printStyle();
  this.started = true;
};

App.prototype.bindEvents = function () {
  var app = this, map = this.map;
  map.on("overlayadd", function (e) {
    var i = app.regions.indexOf(e.layer);
    if (i >= 0) {
      setTimeout(function () {  // after the layer control's click, so its boxes update
        app.regions.forEach(function (other) {
          if (other !== e.layer && map.hasLayer(other)) { map.removeLayer(other); }
        });
        app.syncLegend(); app.labels.schedule();
      }, 0);
    }
    if (e.layer === app.heat) { app.updateHeat(); }
  });
  map.on("overlayadd overlayremove", function () { app.syncLegend(); app.labels.schedule(); });
  map.on("mousemove", function (e) { app.hover(e); });
  map.on("mouseout", function () { app.hover(null); });
  map.on("click", function (e) { app.clickUnit(e); });
  map.on("zoomend", function () { app.syncDiscs(); });
  map.on("popupopen", function (e) { app.popupOpened(e.popup); });
  this.points.forEach(function (g) { app.bindMarkers(g); });
  window.addEventListener("beforeprint", function () { app.printStart(); });
  window.addEventListener("afterprint", function () { app.printEnd(); });
  map.on("resize", function () { app.printStyle(); });
  if (this.cfg.tiles) {
    var tiles = this.cfg.tiles, loaded = 0;
    tiles.on("tileload", function () { loaded += 1; });
    tiles.on("tileerror", function () { app.tilesFailed(loaded); });
  }
};

// ---------------------------------------------------------------- range and update

App.prototype.setRange = function (from, to) {
  var first = this.days[0], last = this.days[this.days.length - 1];
  if (typeof from === "string") { from = dayOf(from); }
  if (typeof to === "string") { to = dayOf(to); }
  from = Math.max(first, Math.min(from, last)); to = Math.max(first, Math.min(to, last));
  if (to < from) { var t = from; from = to; to = t; }
  this.range = {all: from === first && to === last, from: from, to: to};
  this.update(false);
};
App.prototype.showAll = function () {
  this.range = {all: true, from: this.days[0], to: this.days[this.days.length - 1]};
  this.update(false);
};

App.prototype.computeRange = function () {
  var r = this.range, D = this.D, days = this.days, inR = this.inRange;
  inR.version = (inR.version || 0) + 1;
  for (var i = 0; i < D.r.length; i++) {
    var di = D.r[i][0];
    inR[i] = r.all ? 1 : (di >= 0 && days[di] >= r.from && days[di] <= r.to ? 1 : 0);
  }
};

App.prototype.update = function (initial) {
  this.computeRange();
  this.stats = this.unitStats();
  this.styleRegions();
  if (!initial) { this.filterPoints(); }
  this.updateHeat();
  this.renderSummary();
  this.renderTitle();
  this.syncLegend();
  this.syncTime();
  if (!initial) { this.map.closePopup(); this.labels.schedule(); }
};

// Per shaded unit, for the dates shown: reports, killed, wounded and the date range.
App.prototype.unitStats = function () {
  var D = this.D, inR = this.inRange, out = [];
  var max = {reports: 0, casualties: 0};
  for (var u = 0; u < D.u.length; u++) {
    var s = {reports: 0, k: null, w: null, first: null, last: null}, shares = D.u[u][5];
    for (var i = 0; i < shares.length; i++) {
      var c = shares[i];
      if (!inR[c[0]]) { continue; }
      var di = D.r[c[0]][0];
      s.reports += 1; s.k = addNull(s.k, c[1]); s.w = addNull(s.w, c[2]);
      if (di >= 0) {
        if (s.first === null || di < s.first) { s.first = di; }
        if (s.last === null || di > s.last) { s.last = di; }
      }
    }
    s.casualties = (s.k || 0) + (s.w || 0);
    max.reports = Math.max(max.reports, s.reports);
    max.casualties = Math.max(max.casualties, s.casualties);
    out.push(s);
  }
  out.max = max;
  out.breaks = {reports: SM.classBreaks(max.reports), casualties: SM.classBreaks(max.casualties)};
  return out;
};

// A unit's places (reports each), impact sites and events (place and date pairs), for the
// dates shown: counted when its hover or popup asks.
App.prototype.unitPlaces = function (u) {
  var D = this.D, inR = this.inRange, shares = D.u[u][5];
  var out = {places: {}, sites: 0, events: 0}, sites = {}, events = {};
  for (var i = 0; i < shares.length; i++) {
    var c = shares[i];
    if (!inR[c[0]]) { continue; }
    var di = D.r[c[0]][0];
    for (var j = 0; j < c[3].length; j++) {
      var p = c[3][j];
      out.places[p] = (out.places[p] || 0) + 1;
      if (D.pl[p][1] && !sites[p]) { sites[p] = 1; out.sites += 1; }
      var ev = p + ":" + (di >= 0 ? di : "r" + c[0]);
      if (!events[ev]) { events[ev] = 1; out.events += 1; }
    }
  }
  return out;
};

App.prototype.unitFill = function (u, metric) {
  var s = this.stats[u], C = this.T.colours;
  if (!s.reports) { return null; }
  var v = metric === "reports" ? s.reports : s.casualties;
  if (v <= 0) { return C.zero; }
  return SM.classColour(v, this.stats.breaks[metric], C.regions);
};

// ---------------------------------------------------------------- regions

App.prototype.buildRegions = function () {
  var app = this, D = this.D;
  this.regionParts = this.regions.map(function (group) {
    var polys = L.geoJSON(D.g, {interactive: false, style: function () {
      return {fillOpacity: 0, opacity: 0, weight: 0.8, color: app.T.colours.outline};
    }});
    var byUnit = {};
    polys.eachLayer(function (layer) { byUnit[layer.feature.properties.u] = layer; });
    var discs = {};
    D.u.forEach(function (unit, u) {
      if (!unit[2]) { return; }
      discs[u] = L.circleMarker([unit[3], unit[4]], {radius: 17, interactive: false,
        color: "#222222", weight: 1.5, fillOpacity: 0.9, fillColor: "#ffffff"});
    });
    group.addLayer(polys);
    return {group: group, polys: polys, byUnit: byUnit, discs: discs};
  });
};

App.prototype.styleRegions = function () {
  var app = this;
  this.regionParts.forEach(function (part) {
    var metric = part.group.smMetric;
    Object.keys(part.byUnit).forEach(function (u) {
      var fill = app.unitFill(+u, metric);
      part.byUnit[u].setStyle(fill ? {fillColor: fill, fillOpacity: 0.75, opacity: 1}
                                   : {fillOpacity: 0, opacity: 0});
      var disc = part.discs[u];
      if (disc) { disc.smFill = fill; if (fill) { disc.setStyle({fillColor: fill}); } }
    });
  });
  this.syncDiscs();
};

// A small unit (Kyiv City among oblasts) is drawn as a disc while it is smaller than one.
App.prototype.syncDiscs = function () {
  var map = this.map;
  this.regionParts.forEach(function (part) {
    Object.keys(part.discs).forEach(function (u) {
      var disc = part.discs[u], poly = part.byUnit[u], show = false;
      if (disc.smFill && poly) {
        var b = poly.getBounds();
        var a = map.latLngToContainerPoint(b.getNorthWest());
        var z = map.latLngToContainerPoint(b.getSouthEast());
        show = Math.max(Math.abs(z.x - a.x), Math.abs(z.y - a.y)) < 48;
      }
      if (show && !part.group.hasLayer(disc)) { part.group.addLayer(disc); }
      if (!show && part.group.hasLayer(disc)) { part.group.removeLayer(disc); }
      disc.smShown = show;
    });
  });
};

App.prototype.activeRegions = function () {
  for (var i = 0; i < this.regionParts.length; i++) {
    if (this.map.hasLayer(this.regionParts[i].group)) { return this.regionParts[i]; }
  }
  return null;
};

App.prototype.unitAt = function (latlng) {
  var part = this.activeRegions(), map = this.map;
  if (!part) { return null; }
  var pt = map.latLngToContainerPoint(latlng), u;
  for (u in part.discs) {
    var disc = part.discs[u];
    if (disc.smShown && map.latLngToContainerPoint(disc.getLatLng()).distanceTo(pt) <= 18) {
      return +u;
    }
  }
  var found = null, area = Infinity;
  for (u in part.byUnit) {
    if (!this.stats[u].reports) { continue; }
    var layer = part.byUnit[u], b = layer.getBounds();
    if (!b.contains(latlng)) { continue; }
    if (SM.geometryContains(layer.feature.geometry, latlng.lng, latlng.lat)) {
      var size = (b.getNorth() - b.getSouth()) * (b.getEast() - b.getWest());
      if (size < area) { found = +u; area = size; }
    }
  }
  return found;
};

App.prototype.hover = function (e) {
  var u = e && !this.onMarker ? this.unitAt(e.latlng) : null, part = this.activeRegions();
  if (this.hovered !== undefined && this.hovered !== null && this.hoveredPart) {
    var old = this.hoveredPart.byUnit[this.hovered];
    if (old) { old.setStyle({weight: 0.8, color: this.T.colours.outline}); }
  }
  this.hovered = u; this.hoveredPart = part;
  if (u === null) {
    if (this.tip) { this.map.removeLayer(this.tip); }
    return;
  }
  part.byUnit[u].setStyle({weight: 2.5, color: "#333333"});
  if (!this.tip) {
    this.tip = L.tooltip({sticky: true, direction: "top", offset: [0, -10],
                          className: "sm-unit-tip"});
  }
  this.tip.setLatLng(e.latlng).setContent(this.unitHtml(u, false));
  if (!this.map.hasLayer(this.tip)) { this.tip.addTo(this.map); }
};

App.prototype.clickUnit = function (e) {
  var u = this.unitAt(e.latlng);
  if (u === null) { return; }
  var app = this, popup = L.popup({maxWidth: 360, minWidth: 220});
  popup.smUnit = u; popup.smAll = false;
  popup.smContent = function () { return app.unitHtml(u, true, popup.smAll); };
  popup.setLatLng(e.latlng).setContent(popup.smContent()).openOn(this.map);
};

App.prototype.dateSpan = function (first, last) {
  if (first === null) { return "undated"; }
  return first === last ? this.D.d[first] : this.D.d[first] + " – " + this.D.d[last];
};

App.prototype.unitHtml = function (u, full, all) {
  var D = this.D, s = this.stats[u], T = this.T, more = this.unitPlaces(u);
  var html = ['<div class="sm-pop"><div class="sm-tot"><b>' + D.u[u][1] + "</b><br>",
    plural(s.reports, T.counting), T.counting === "events" ? "" : " · " +
    plural(more.events, "events"), " · ", plural(more.sites, "impact sites"),
    "<br>Killed " + figure(s.k) + " · Wounded " + figure(s.w),
    "<br>" + this.dateSpan(s.first, s.last), "</div>"];
  if (!full) { html.push('<i>Click for its places</i></div>'); return html.join(""); }
  var count = more.places;
  var places = Object.keys(count).map(Number).sort(function (a, b) {
    return count[b] - count[a] || (D.pl[a][0] < D.pl[b][0] ? -1 : 1);
  });
  var limit = all ? places.length : 10;
  html.push("<ul>");
  places.slice(0, limit).forEach(function (p) {
    html.push("<li>" + D.pl[p][0] + ": " + plural(count[p], T.counting) + "</li>");
  });
  html.push("</ul>");
  if (places.length > limit) {
    html.push('<button type="button" class="sm-more">Show all ' + places.length +
              " places</button>");
  }
  html.push("</div>");
  return html.join("");
};

// ---------------------------------------------------------------- points

App.prototype.bindMarkers = function (group) {
  var app = this;
  group.on("mouseover", function (e) {
    var m = e.layer;
    app.onMarker = true; app.hover(null);
    if (!m || !m.smRow) { return; }
    if (!m.getTooltip()) {
      m.bindTooltip(function () { return app.markerTip(m); }, {sticky: true});
    }
    m.openTooltip(e.latlng);
  });
  group.on("mouseout", function () { app.onMarker = false; });
  group.on("click", function (e) {
    var m = e.layer;
    if (!m || !m.smRow) { return; }
    if (!m.getPopup()) {
      m.smAll = false;
      m.bindPopup(function () { return app.markerPopup(m); }, {maxWidth: 360});
    }
    m.openPopup();
  });
};

App.prototype.markerTip = function (m) {
  var g = m.smGroup, f = SM.markerFigures(m, this.inRange);
  return g.smData.t[m.smRow[3]] + " · " + g.smRole + " · " + plural(f.n, this.T.counting);
};

App.prototype.markerPopup = function (m) {
  var g = m.smGroup, d = g.smData, D = this.D, T = this.T;
  var f = SM.markerFigures(m, this.inRange), dates = [];
  f.kept.forEach(function (e) { dates.push(D.r[e[0]][0]); });
  var known = dates.filter(function (x) { return x >= 0; });
  var first = known.length ? Math.min.apply(null, known) : null;
  var last = known.length ? Math.max.apply(null, known) : null;
  var html = ['<div class="sm-pop">', d.f[m.smRow[4]], '<div class="sm-tot"><b>',
              plural(f.n, T.counting), "</b> · ", this.dateSpan(first, last)];
  if (g.smRole === "impact") {
    html.push("<br>At this place: killed " + figure(f.k) + ", wounded " + figure(f.w));
  }
  html.push("</div>");
  var entries = f.kept.slice().sort(function (a, b) {
    var da = D.r[a[0]][0], db = D.r[b[0]][0];
    if (da !== db) { return (db < 0 ? -1 : db) - (da < 0 ? -1 : da); }
    return a[0] - b[0];
  });
  var limit = m.smAll ? entries.length : 8, current = null;
  entries.slice(0, limit).forEach(function (e) {
    var di = D.r[e[0]][0];
    if (di !== current) {
      current = di;
      var n = entries.filter(function (x) { return D.r[x[0]][0] === di; }).length;
      html.push("<h5>" + (di >= 0 ? D.d[di] : "Undated") + " · " + plural(n, T.counting) +
                "</h5>");
    }
    html.push('<div class="sm-entry">' + e[4].map(function (k) { return d.f[k]; }).join("") +
              "</div>");
  });
  if (entries.length > limit) {
    html.push('<button type="button" class="sm-more">Show all ' + entries.length + " " +
              T.counting + "</button>");
  }
  html.push("</div>");
  return html.join("");
};

App.prototype.popupOpened = function (popup) {
  var app = this, el = popup.getElement();
  if (!el) { return; }
  this.fixLinks(el);
  var more = el.querySelector(".sm-more");
  if (!more) { return; }
  L.DomEvent.on(more, "click", function (ev) {
    L.DomEvent.stop(ev);
    var source = popup._source;
    if (source && source.smRow) { source.smAll = true; popup.setContent(app.markerPopup(source)); }
    else if (popup.smContent) { popup.smAll = true; popup.setContent(popup.smContent()); }
    popup.update();
    app.popupOpened(popup);
  });
};

App.prototype.filterPoints = function () {
  var inR = this.inRange;
  this.points.forEach(function (g) {
    var keep = [], changed = false, impact = g.smRole === "impact";
    g.smMarkers.forEach(function (m) {
      var f = SM.markerFigures(m, inR);
      m.smFig = f;
      m.smFigRange = inR.version;
      if (f.n) {
        keep.push(m);
        if (impact && m.getRadius() !== SM.radius(f.c)) { m.setRadius(SM.radius(f.c)); }
      }
    });
    var before = g.smKept || g.smMarkers;
    if (before.length !== keep.length) { changed = true; }
    else {
      for (var i = 0; i < keep.length; i++) {
        if (keep[i] !== before[i]) { changed = true; break; }
      }
    }
    g.smKept = keep;
    if (!changed) { return; }
    g.clearLayers();
    if (g.smCluster) { g.addLayers(keep); }
    else { keep.forEach(function (m) { g.addLayer(m); }); }
  });
};

// A marker's figures for the dates shown (made once per range).
App.prototype.fig = function (m) {
  if (!m.smFig || m.smFigRange !== this.inRange.version) {
    m.smFig = SM.markerFigures(m, this.inRange);
    m.smFigRange = this.inRange.version;
  }
  return m.smFig;
};

App.prototype.updateHeat = function () {
  if (!this.heat || !this.map.hasLayer(this.heat)) { return; }
  var impact = this.points[0], rows = [], app = this;
  (impact.smKept || impact.smMarkers).forEach(function (m) {
    var at = m.getLatLng();
    rows.push([at.lat, at.lng, app.fig(m).weight]);
  });
  this.heat.setLatLngs(rows);
};

// ---------------------------------------------------------------- boxes

App.prototype.box = function (position, css, label) {
  var app = this, control = L.control({position: position}), parts = {};
  control.onAdd = function () {
    var div = L.DomUtil.create("div", "sm-box " + css);
    if (label) {
      div.className += " sm-collapsible" + (app.compact ? " sm-collapsed" : "");
      var button = L.DomUtil.create("button", "sm-toggle", div);
      button.type = "button"; button.textContent = label;
      button.setAttribute("aria-expanded", app.compact ? "false" : "true");
      L.DomEvent.on(button, "click", function () {
        var shut = div.classList.toggle("sm-collapsed");
        button.setAttribute("aria-expanded", shut ? "false" : "true");
      });
    }
    parts.body = L.DomUtil.create("div", "sm-body", div);
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
    return div;
  };
  control.addTo(this.map);
  control.body = parts.body;
  return control;
};

// Printed, a top-level page puts its title above the map and its legend and summary below
// it, so that nothing covers the map (an embedded map keeps them on the map).
App.prototype.buildPrintExtras = function () {
  var container = this.map.getContainer();
  if (window.self !== window.top) { return; }
  document.documentElement.classList.add("sm-top");
  this.printHead = document.createElement("div");
  this.printHead.className = "sm-print-extra sm-print-head";
  this.printFoot = document.createElement("div");
  this.printFoot.className = "sm-print-extra sm-print-foot";
  this.printHead.innerHTML = '<div class="sm-title">' + this.T.title + '</div>' +
    '<div class="sm-sub"></div>';
  this.printFoot.innerHTML = '<div class="sm-print-summary"></div>' +
    '<div class="sm-print-legend"></div>';
  container.parentNode.insertBefore(this.printHead, container);
  container.parentNode.insertBefore(this.printFoot, container.nextSibling);
};

App.prototype.buildControls = function () {
  var T = this.T, narrow = this.narrow;
  this.buildPrintExtras();
  this.titleBox = this.box(narrow ? "topleft" : "topright", "sm-title-box", null);
  this.titleBox.body.innerHTML = '<div class="sm-title">' + T.title + "</div>" +
    '<div class="sm-sub"></div><div class="sm-notice"></div>';
  var lc = this.cfg.layerControl;
  if (lc) {  // below the title, collapsed when the map is compact
    this.map.removeControl(lc);
    lc.options.collapsed = this.compact;
    lc.addTo(this.map);
  }
  if (this.D.d.length > 1) {
    this.timeControl = this.buildTime(narrow ? "bottomleft" : "topleft");
  }
  this.summaryBox = this.box("bottomleft", "sm-summary", "Summary");
  this.legendBox = this.box(narrow ? "bottomleft" : "bottomright", "sm-legend", "Legend");
  var body = this.legendBox.body;
  this.legendParts = T.legend.map(function (section) {
    var part = L.DomUtil.create("div", "sm-legend-part", body);
    part.innerHTML = section.html;
    return part;
  });
};

App.prototype.renderTitle = function () {
  var D = this.D, r = this.range, inR = this.inRange, n = 0, T = this.T, i;
  for (i = 0; i < inR.length; i++) { n += inR[i]; }
  var undated = D.r.filter(function (row) { return row[0] < 0; }).length, text;
  if (!D.d.length) { text = plural(D.r.length, T.counting) + " (undated)"; }
  else if (r.all) {
    text = (D.d.length > 1 ? "All dates: " + D.d[0] + " – " + D.d[D.d.length - 1]
                           : D.d[0]) + " · " + plural(n, T.counting);
  } else {
    var from = isoOf(r.from), to = isoOf(r.to);
    text = (from === to ? from : from + " – " + to) + " · " + n + " of " +
           plural(D.r.length, T.counting);
    if (undated) { text += " (" + undated + " undated left out)"; }
  }
  this.titleBox.body.querySelector(".sm-sub").textContent = text;
  if (this.printHead) { this.printHead.querySelector(".sm-sub").textContent = text; }
};

App.prototype.summary = function () {
  var D = this.D, inR = this.inRange, sites = {}, out = {reports: 0, impact_sites: 0,
    killed: null, wounded: null, drones: null, missiles: null, placed: {killed: 0, wounded: 0}};
  for (var i = 0; i < D.r.length; i++) {
    if (!inR[i]) { continue; }
    var row = D.r[i];
    out.reports += 1;
    out.killed = addNull(out.killed, row[1]); out.wounded = addNull(out.wounded, row[2]);
    out.drones = addNull(out.drones, row[3]); out.missiles = addNull(out.missiles, row[4]);
    out.placed.killed += row[5]; out.placed.wounded += row[6];
    D.ri[i].forEach(function (p) { if (!sites[p]) { sites[p] = 1; out.impact_sites += 1; } });
  }
  var inRegions = {killed: 0, wounded: 0};
  this.stats.forEach(function (s) { inRegions.killed += s.k || 0; inRegions.wounded += s.w || 0; });
  out.split = {};
  ["killed", "wounded"].forEach(function (key) {
    var total = out[key] || 0;
    out.split[key] = {regions: inRegions[key], unplaced: total - out.placed[key],
                      elsewhere: Math.max(out.placed[key] - inRegions[key], 0)};
  });
  return out;
};

App.prototype.renderSummary = function () {
  var s = this.summary(), T = this.T, rows = [];
  function row(label, value, css) {
    rows.push("<tr" + (css ? ' class="' + css + '"' : "") + "><td>" + label +
              '</td><td class="n">' + figure(value) + "</td></tr>");
  }
  row(T.counting.charAt(0).toUpperCase() + T.counting.slice(1), s.reports);
  row("Impact sites", s.impact_sites);
  ["killed", "wounded"].forEach(function (key) {
    row(key.charAt(0).toUpperCase() + key.slice(1), s[key]);
    var parts = s.split[key];
    if (s[key] !== null && parts.regions !== s[key]) {
      row("in the region layers", parts.regions, "sm-subrow");
      if (parts.unplaced) { row("not tied to a place", parts.unplaced, "sm-subrow"); }
      if (parts.elsewhere) { row(T.outside, parts.elsewhere, "sm-subrow"); }
    }
  });
  row("Drones", s.drones);
  row("Missiles", s.missiles);
  this.summaryBox.body.innerHTML = "<table>" + rows.join("") + "</table>";
  if (this.printFoot) {
    this.printFoot.querySelector(".sm-print-summary").innerHTML = this.summaryBox.body.innerHTML;
  }
  this.lastSummary = s;
};

App.prototype.regionLegend = function (metric) {
  var T = this.T, max = this.stats.max[metric], C = T.colours;
  var title = metric === "reports" ? T.regionTitle : "Killed + wounded per region";
  var html = ["<h4>" + title + "</h4>"];
  if (metric === "casualties") {
    html.push('<div><span class="sm-sw" style="background:' + C.zero +
              '"></span>0 or not stated</div>');
  }
  if (max > 0) {
    SM.classLabels(this.stats.breaks[metric], max, C.regions).forEach(function (c) {
      html.push('<div><span class="sm-sw" style="background:' + c[0] + '"></span>' + c[1] +
                "</div>");
    });
  } else if (metric === "reports") {
    html.push("<div>no " + T.counting + " in these dates</div>");
  }
  if (this.D.u.some(function (u) { return u[2]; })) {
    html.push('<div><span class="sm-dot sm-note" style="width:12px;height:12px;' +
              'background:#fff;border-width:1.5px"></span>small region, drawn as a disc</div>');
  }
  return html.join("");
};

App.prototype.syncLegend = function () {
  var app = this, map = this.map, any = false;
  this.T.legend.forEach(function (section, i) {
    var layer = section.layer === null ? null : app.layerOf(section.layer);
    var on = layer === null || map.hasLayer(layer);
    if (on && section.dynamic) { app.legendParts[i].innerHTML = app.regionLegend(section.dynamic); }
    app.legendParts[i].style.display = on ? "" : "none";
    any = any || on;
  });
  this.legendBox.getContainer().style.display = any ? "" : "none";
  if (this.printFoot) {
    var copy = this.printFoot.querySelector(".sm-print-legend");
    copy.innerHTML = this.legendParts.filter(function (p) { return p.style.display !== "none"; })
      .map(function (p) { return '<div class="sm-legend-part">' + p.innerHTML + "</div>"; })
      .join("");
    copy.style.display = any ? "" : "none";
  }
};

App.prototype.layerOf = function (key) {
  var parts = key.split(":"), list = parts[0] === "regions" ? this.regions : this.points;
  if (parts[0] === "heat") { return this.heat; }
  return list[+parts[1]];
};

App.prototype.tilesFailed = function (loaded) {
  if (this.tileNotice) { return; }
  this.tileNotice = true;
  this.titleBox.body.querySelector(".sm-notice").textContent = loaded
    ? "Some map tiles could not be loaded; the built-in basemap shows through."
    : "Map tiles could not be loaded (offline?); showing the built-in basemap.";
};

App.prototype.fixLinks = function (root) {
  Array.prototype.forEach.call(root.querySelectorAll("a[href]"), function (a) {
    a.setAttribute("target", "_blank");
    a.setAttribute("rel", "noopener noreferrer");
  });
};

// ---------------------------------------------------------------- time control

function unitStart(day, unit) {
  var d = new Date(day * DAY);
  if (unit === "week") { return day - (d.getUTCDay() + 6) % 7; }
  if (unit === "month") { return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY; }
  return day;
}
function unitEnd(day, unit) {
  var d = new Date(day * DAY);
  if (unit === "week") { return unitStart(day, unit) + 6; }
  if (unit === "month") { return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY - 1; }
  return day;
}
SM.unitStart = unitStart; SM.unitEnd = unitEnd;

App.prototype.buildTime = function (position) {
  var app = this, first = this.days[0], last = this.days[this.days.length - 1];
  var control = this.box(position, "sm-time", null), body = control.body;
  body.innerHTML =
    '<div class="sm-time-row"><label>From <input type="date" class="sm-from"></label>' +
    '<label>to <input type="date" class="sm-to"></label></div>' +
    '<div class="sm-range"><input type="range" class="sm-from-r" aria-label="From">' +
    '<input type="range" class="sm-to-r" aria-label="To"></div>' +
    '<div class="sm-time-row"><button type="button" class="sm-prev" title="Previous">◀</button>' +
    '<button type="button" class="sm-play" title="Play">▶ Play</button>' +
    '<button type="button" class="sm-next" title="Next">▶|</button>' +
    '<select class="sm-step" aria-label="Step"><option value="day">day</option>' +
    '<option value="week">week</option><option value="month">month</option></select>' +
    '<button type="button" class="sm-all">All dates</button></div>';
  var q = function (c) { return body.querySelector(c); };
  var el = {from: q(".sm-from"), to: q(".sm-to"), fromR: q(".sm-from-r"), toR: q(".sm-to-r"),
            prev: q(".sm-prev"), play: q(".sm-play"), next: q(".sm-next"), step: q(".sm-step"),
            all: q(".sm-all")};
  [el.from, el.to].forEach(function (x) { x.min = isoOf(first); x.max = isoOf(last); });
  [el.fromR, el.toR].forEach(function (x) { x.min = first; x.max = last; x.step = 1; });
  var span = last - first;
  el.step.value = span <= 31 ? "day" : span <= 400 ? "week" : "month";
  this.time = el;
  var pending = null;
  function later(fn) {  // one update a frame while a slider is dragged
    if (pending) { return; }
    pending = requestAnimationFrame(function () { pending = null; fn(); });
  }
  L.DomEvent.on(el.fromR, "input", function () {
    later(function () { app.setRange(+el.fromR.value, Math.max(+el.fromR.value, app.range.to)); });
  });
  L.DomEvent.on(el.toR, "input", function () {
    later(function () { app.setRange(Math.min(+el.toR.value, app.range.from), +el.toR.value); });
  });
  L.DomEvent.on(el.from, "change", function () {
    if (!el.from.value) { return; }
    app.setRange(el.from.value, Math.max(dayOf(el.from.value), app.range.to));
  });
  L.DomEvent.on(el.to, "change", function () {
    if (!el.to.value) { return; }
    app.setRange(Math.min(dayOf(el.to.value), app.range.from), el.to.value);
  });
  L.DomEvent.on(el.next, "click", function () { app.step(1); });
  L.DomEvent.on(el.prev, "click", function () { app.step(-1); });
  L.DomEvent.on(el.play, "click", function () { app.play(); });
  L.DomEvent.on(el.all, "click", function () { app.stop(); app.showAll(); });
  L.DomEvent.on(el.step, "change", function () {
    var day = app.range.all ? first : app.range.from, unit = el.step.value;
    app.setRange(Math.max(unitStart(day, unit), first), unitEnd(day, unit));
  });
  return control;
};

App.prototype.syncTime = function () {
  var el = this.time;
  if (!el) { return; }
  el.from.value = isoOf(this.range.from); el.to.value = isoOf(this.range.to);
  el.fromR.value = this.range.from; el.toR.value = this.range.to;
};

// Move the window one step (day, week or month) forwards or back; false at either end.
App.prototype.step = function (direction) {
  var unit = this.time ? this.time.step.value : "day", r = this.range;
  var first = this.days[0], last = this.days[this.days.length - 1], start;
  if (r.all) { start = direction > 0 ? first : unitStart(last, unit); }
  else if (direction > 0) { start = unitEnd(r.to, unit) + 1; }
  else { start = unitStart(unitStart(r.from, unit) - 1, unit); }
  var end = unitEnd(start, unit);
  if (start > last || end < first) { return false; }
  this.setRange(Math.max(start, first), Math.min(end, last));
  return true;
};

App.prototype.play = function () {
  var app = this, el = this.time;
  if (this.timer) { this.stop(); return; }
  if (this.range.all || this.range.to >= this.days[this.days.length - 1]) {
    this.range = {all: true, from: this.days[0], to: this.days[this.days.length - 1]};
  }
  this.step(1);
  el.play.textContent = "❚❚ Pause";
  this.timer = setInterval(function () { if (!app.step(1)) { app.stop(); } }, 900);
};
App.prototype.stop = function () {
  if (this.timer) { clearInterval(this.timer); this.timer = null; }
  if (this.time) { this.time.play.textContent = "▶ Play"; }
};

// ---------------------------------------------------------------- view

// The rectangles the controls of each corner take, in container pixels.
App.prototype.cornerSizes = function () {
  var map = this.map, box = map.getContainer().getBoundingClientRect(), out = {};
  ["topleft", "topright", "bottomleft", "bottomright"].forEach(function (name) {
    var corner = map._controlCorners[name], w = 0, h = 0;
    Array.prototype.forEach.call(corner.children, function (c) {
      var r = c.getBoundingClientRect();
      if (!r.width || !r.height) { return; }
      if (c.classList.contains("leaflet-control-attribution")) {  // a strip along the bottom
        out.strip = Math.max(out.strip || 0, box.bottom - r.top);
        return;
      }
      w = Math.max(w, name.indexOf("left") >= 0 ? r.right - box.left : box.right - r.left);
      h = Math.max(h, name.indexOf("top") >= 0 ? r.bottom - box.top : box.bottom - r.top);
    });
    out[name] = {w: w, h: h};
  });
  return out;
};

// Fit the subject into the largest room the controls leave: of the rectangles whose edges
// run along the corners' controls and that overlap none of them, the one the subject can
// fill at the highest zoom.
App.prototype.fit = function () {
  var b = this.D.fit, map = this.map;
  if (!b) { return; }
  var bounds = L.latLngBounds(b), c = this.cornerSizes(), m = 10, size = map.getSize();
  var W = size.x, H = size.y - (c.strip || 0);
  var tl = c.topleft, tr = c.topright, bl = c.bottomleft, br = c.bottomright;
  var lefts = [0, tl.w, bl.w], rights = [W, W - tr.w, W - br.w];
  var tops = [0, tl.h, tr.h], bottoms = [H, H - bl.h, H - br.h];
  var boxes = [[0, 0, tl.w, tl.h], [W - tr.w, 0, W, tr.h], [0, H - bl.h, bl.w, H],
               [W - br.w, H - br.h, W, H]];
  var best = null, zoom = -Infinity, area = 0;
  lefts.forEach(function (x0) { rights.forEach(function (x1) {
    tops.forEach(function (y0) { bottoms.forEach(function (y1) {
      if (x1 - x0 < 80 || y1 - y0 < 80) { return; }
      var clear = boxes.every(function (r) {
        return r[2] - r[0] <= 0 || r[3] - r[1] <= 0 ||
               x0 >= r[2] || x1 <= r[0] || y0 >= r[3] || y1 <= r[1];
      });
      if (!clear) { return; }
      var pad = [[x0 + m, y0 + m], [W - x1 + m, size.y - y1 + m]];
      var z = map.getBoundsZoom(bounds, false, L.point(pad[0]).add(pad[1]));
      var a = (x1 - x0) * (y1 - y0);
      if (z > zoom || (z === zoom && a > area)) { zoom = z; best = pad; area = a; }
    }); });
  }); });
  best = best || [[m, m], [m, m]];
  map.fitBounds(bounds, {paddingTopLeft: best[0], paddingBottomRight: best[1], maxZoom: 11,
                         animate: false});
  this.fitPadding = best;
};

// An A4 landscape page less 8 mm margins, in CSS pixels.
var PAGE = {x: 1040, y: 720};

// The print rule: the map keeps its screen size (nothing is redrawn) and is zoomed to the
// page; in an iframe it keeps the size its frame gives it.
App.prototype.printStyle = function () {
  if (!this.printCss) {
    this.printCss = document.createElement("style");
    document.head.appendChild(this.printCss);
  }
  var size = this.map.getSize(), framed = window.self !== window.top;
  // Room for the title above and the legend and summary below the map.
  var zoom = framed ? 1 : Math.min(PAGE.x / size.x, (PAGE.y - 170) / size.y);
  var rule = ".folium-map { width: " + size.x + "px !important; height: " + size.y +
    "px !important; zoom: " + zoom.toFixed(4) + "; }";
  this.printCss.textContent = "@media print { " + rule + " }\nhtml.sm-print " + rule;
};

App.prototype.printStart = function () { document.documentElement.classList.add("sm-print"); };
App.prototype.printEnd = function () { document.documentElement.classList.remove("sm-print"); };

// ------------------------------------------------------------------ labels

function Labels(app) {
  var map = app.map, self = this;
  this.app = app; this.map = map;
  this.pane = map.getPane("labels") || map.createPane("labels");
  this.pane.style.zIndex = 640; this.pane.style.pointerEvents = "none";
  this.pool = []; this.placed = [];
  map.on("zoomstart", function () { self.pane.style.display = "none"; });
  map.on("zoomend moveend resize", function () { self.schedule(); });
}

Labels.prototype.schedule = function () {
  var self = this;
  if (this.pending) { return; }
  this.pending = setTimeout(function () { self.pending = null; self.place(); }, 0);
};

Labels.prototype.width = function (text, font) {
  var key = font + "|" + text, w = this.app.widths[key];
  if (w === undefined) {
    var ctx = this.app.ctx, tmp = document.createElement("textarea");
    tmp.innerHTML = text;  // the label text is escaped HTML: measure what it shows
    ctx.font = font;
    w = this.app.widths[key] = ctx.measureText(tmp.value).width;
  }
  return w;
};

var LABEL_FONTS = {
  "sm-lu": ["italic 600 11px system-ui, sans-serif", 11],
  "sm-lsmall": ["700 12px system-ui, sans-serif", 12],
  "sm-l1": ["700 13px system-ui, sans-serif", 13],
  "sm-l3": ["500 11.5px system-ui, sans-serif", 11.5],
  "sm-l4": ["italic 11px system-ui, sans-serif", 11]
};

Labels.prototype.candidates = function () {
  var app = this.app, D = app.D, map = this.map, out = [], part = app.activeRegions();
  var named = {};
  if (part) {
    var metric = part.group.smMetric;
    D.u.forEach(function (unit, u) {
      var s = app.stats[u];
      if (!s.reports) { return; }
      var v = metric === "reports" ? s.reports : s.casualties;
      var small = !!(part.discs[u] && part.discs[u].smShown);
      named[unit[1]] = L.latLng(unit[3], unit[4]);
      out.push({text: unit[1], at: L.latLng(unit[3], unit[4]), tier: small ? 0 : 2,
                score: v, cls: small ? "sm-lu sm-lsmall" : "sm-lu",
                font: small ? "sm-lsmall" : "sm-lu", r: small ? 18 : 0, key: "u" + u});
    });
  }
  app.points.forEach(function (g, gi) {
    if (!map.hasLayer(g) || g.smRole === "mention") { return; }
    // In a cluster group only the markers drawn on their own can be named.
    var drawn = g.smCluster && g._featureGroup ? g._featureGroup.getLayers()
                                                : (g.smKept || g.smMarkers);
    drawn.forEach(function (m) {
      if (!m.smRow || !m.smRow[6]) { return; }
      var f = app.fig(m), text = g.smData.t[m.smRow[3]], at = m.getLatLng();
      var twin = named[text];  // Kyiv in Kyiv City: one label
      if (twin && Math.abs(twin.lat - at.lat) + Math.abs(twin.lng - at.lng) < 0.5) { return; }
      var launch = g.smRole === "launch", hit = !launch && f.c > 0;
      out.push({text: text, at: at, tier: launch ? 4 : hit ? 1 : 3,
                score: f.c * 1000 + f.n * 10 + Math.log10(1 + m.smRow[5]),
                cls: launch ? "sm-l4" : hit ? "sm-l1" : "sm-l3",
                font: launch ? "sm-l4" : hit ? "sm-l1" : "sm-l3",
                r: m.getRadius() + (launch ? 2 : 1), key: "p" + gi + ":" + m.smIndex});
    });
  });
  out.sort(function (a, b) {
    return a.tier - b.tier || b.score - a.score || (a.key < b.key ? -1 : 1);
  });
  return out;
};

function overlaps(a, list) {
  for (var i = 0; i < list.length; i++) {
    var b = list[i];
    if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) { return true; }
  }
  return false;
}

Labels.prototype.obstacles = function () {
  var box = this.map.getContainer().getBoundingClientRect(), out = [];
  Array.prototype.forEach.call(
    this.map.getContainer().querySelectorAll(".leaflet-control"), function (c) {
      var r = c.getBoundingClientRect();
      if (r.width && r.height) {
        out.push({x: r.left - box.left - 2, y: r.top - box.top - 2, w: r.width + 4,
                  h: r.height + 4});
      }
    });
  return out;
};

Labels.prototype.place = function () {
  var map = this.map, size = map.getSize(), zoom = map.getZoom();
  var cap = Math.max(8, Math.floor(size.x * size.y / (zoom < 6 ? 9000 : 6500)));
  var blocked = this.obstacles(), placed = [], self = this, shown = [];
  this.candidates().some(function (c) {
    if (placed.length >= cap) { return true; }
    var p = map.latLngToContainerPoint(c.at);
    if (p.x < 0 || p.y < 0 || p.x > size.x || p.y > size.y) { return false; }
    var spec = LABEL_FONTS[c.font], w = self.width(c.text, spec[0]) + 2, h = spec[1] + 3;
    var tries = c.r === 0
      ? [[p.x - w / 2, p.y - h / 2], [p.x - w / 2, p.y - h / 2 - h], [p.x - w / 2, p.y + h / 2]]
      : [[p.x + c.r + 2, p.y - h / 2], [p.x - c.r - 2 - w, p.y - h / 2],
         [p.x - w / 2, p.y - c.r - 1 - h], [p.x - w / 2, p.y + c.r + 1]];
    for (var i = 0; i < tries.length; i++) {
      var b = {x: tries[i][0], y: tries[i][1], w: w, h: h};
      if (b.x < 2 || b.y < 2 || b.x + w > size.x - 2 || b.y + h > size.y - 2) { continue; }
      if (overlaps(b, placed) || overlaps(b, blocked)) { continue; }
      placed.push(b); shown.push({c: c, b: b});
      return false;
    }
    return false;
  });
  this.render(shown);
};

Labels.prototype.render = function (shown) {
  var map = this.map;
  while (this.pool.length < shown.length) {
    this.pool.push(L.DomUtil.create("div", "sm-label", this.pane));
  }
  for (var i = 0; i < this.pool.length; i++) {
    var el = this.pool[i];
    if (i >= shown.length) { el.style.display = "none"; continue; }
    var s = shown[i], at = map.containerPointToLayerPoint([s.b.x, s.b.y]);
    el.className = "sm-label " + s.c.cls;
    el.innerHTML = s.c.text;
    el.style.display = "";
    L.DomUtil.setPosition(el, at);
  }
  this.pane.style.display = "";
  this.placed = shown.map(function (s) { return {text: s.c.text, box: s.b, tier: s.c.tier}; });
};
})();
"""
