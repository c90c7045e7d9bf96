"""The folium map: layers, popups, legend, title, summary; deterministic, offline HTML.

Records hold ``lon, lat``; :func:`latlon` is the only place that turns them into folium's
``[lat, lon]``. Every piece of untrusted text goes through :func:`escape_text` before it
reaches the page (folium puts popup and tooltip text into JavaScript template literals and
GeoJson tooltip values and layer names into raw HTML).
"""

from __future__ import annotations

import html
import json
import math
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import urlsplit

import folium
import geopandas
import xyzservices
from branca.element import Element, Figure, MacroElement
from folium.plugins import MarkerCluster
from folium.template import Template

from geo import assets
from geo.errors import InputError
from geo.records import FACT_KEYS, Extraction, Place, ResolvedPlace

__all__ = [
    "CLUSTER_THRESHOLD",
    "LAYER_IMPACT_REGIONS",
    "LAYER_IMPACT_SITES",
    "LAYER_LAUNCH_AREAS",
    "LAYER_OTHER_MENTIONS",
    "build_map",
    "class_breaks",
    "content_security_policy",
    "escape_text",
    "highlight_sentence",
    "latlon",
    "render_html",
    "summarise",
    "write_html",
]

LAYER_IMPACT_REGIONS = "Impact regions"
LAYER_IMPACT_SITES = "Impact sites"
LAYER_LAUNCH_AREAS = "Launch areas"
LAYER_OTHER_MENTIONS = "Other mentions"
CLUSTER_THRESHOLD = 200

REGION_COLUMNS = ("code", "name", "country", "reports", "impact_sites", "killed", "wounded")
# Yellow -> red sequential scale (ColorBrewer YlOrRd, 5 classes).
REGION_COLOURS = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
# Impact markers by precision (1 exact, 2 near, 3 region only): RdPu, apart from the regions.
IMPACT_COLOURS = {1: "#49006a", 2: "#ae017e", 3: "#f768a1"}
PRECISION_LABELS = {1: "the place itself", 2: "near the place", 3: "region only"}
LAUNCH_COLOUR = "#08519c"
MENTION_COLOUR = "#636363"
ATTRIBUTION = (
    'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0) · '
    'Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a>'
)
CSP_BASE = {
    "default-src": "'none'",
    "script-src": "'unsafe-inline'",
    "style-src": "'unsafe-inline'",
    "img-src": "data:",
    "font-src": "data:",
    "connect-src": "'none'",
}
DEFAULT_CENTRE = (31.0, 49.0)  # lon, lat
MAX_ZOOM = 18

_PAGE_CSS = """
.folium-map { background: #dfe9f2; }
.sm-box { background: rgba(255,255,255,0.93); padding: 6px 9px; border-radius: 4px;
  box-shadow: 0 1px 4px rgba(0,0,0,0.3); font: 12px/1.4 system-ui, sans-serif; color: #222;
  max-width: 42vw; }
.sm-title { font-size: 16px; font-weight: 600; }
.sm-box table { border-collapse: collapse; }
.sm-box td { padding: 0 6px 0 0; }
.sm-box td.n { text-align: right; font-variant-numeric: tabular-nums; }
.sm-legend h4 { margin: 4px 0 2px; font-size: 12px; }
.sm-sw { display: inline-block; width: 14px; height: 10px; margin-right: 5px;
  border: 1px solid #888; vertical-align: middle; }
.sm-dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%;
  margin-right: 5px; border: 1px solid #222; vertical-align: middle; }
.sm-pop { max-height: 260px; overflow-y: auto; font: 12px/1.4 system-ui, sans-serif; }
.sm-pop blockquote { margin: 4px 0; padding-left: 6px; border-left: 3px solid #ccc; }
.sm-pop mark { background: #ffe066; }
@media (max-width: 600px) {
  .sm-box { font-size: 10px; max-width: 60vw; } .sm-title { font-size: 13px; }
  .sm-legend, .sm-summary { display: none; }
}
"""


def escape_text(s: object) -> str:
    """Escape untrusted text for HTML that folium may put inside a JS template literal.

    Parameters
    ----------
    s : object
        The text (converted with ``str``; ``None`` gives ``""``).

    Returns
    -------
    str
        ``html.escape(s, quote=True)``, then ``\\`` → ``&#92;``, backtick → ``&#96;`` and
        ``$`` → ``&#36;``, so it is inert in HTML, attributes and template literals.
    """
    text = "" if s is None else str(s)
    text = html.escape(text, quote=True)
    return text.replace("\\", "&#92;").replace("`", "&#96;").replace("$", "&#36;")


def latlon(lon: float, lat: float) -> list[float]:
    """Return folium's ``[lat, lon]`` for a record's ``lon, lat`` (the one place this happens)."""
    return [float(lat), float(lon)]


def _js_string(text: str) -> str:
    """Return ``text`` as a JavaScript string literal that is safe inside a ``<script>``."""
    literal = json.dumps(text, ensure_ascii=False)
    return literal.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _attribute(text: str) -> str:
    """Escape trusted text for a double-quoted attribute, keeping single quotes readable."""
    return html.escape(text, quote=False).replace('"', "&quot;")


def _safe_url(url: str | None) -> str | None:
    """Return ``url`` when it is an absolute http(s) URL, else None."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() in {"http", "https"} and parts.netloc:
        return url.strip()
    return None


def content_security_policy(img_hosts: Iterable[str] = ()) -> str:
    """Return the page's Content-Security-Policy, allowing images from ``img_hosts``.

    Parameters
    ----------
    img_hosts : iterable of str
        CSP host sources (``https://*.basemaps.cartocdn.com``) for tile images.

    Returns
    -------
    str
        The policy string for a ``<meta http-equiv="Content-Security-Policy">`` tag.
    """
    policy = dict(CSP_BASE)
    policy["img-src"] = " ".join(["data:", *img_hosts])
    return "; ".join(f"{key} {value}" for key, value in policy.items())


class _Binding(MacroElement):
    """Bind an HTML popup or tooltip to the parent layer, without folium's template literals.

    The HTML must already be escaped; it is passed as a JSON string literal.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.bind{{ this.kind }}({{ this.content }},
            {{ this.options_js }});
        {% endmacro %}
        """
    )

    def __init__(self, kind: str, content: str, options: dict[str, object]) -> None:
        super().__init__()
        self._name = "Binding"
        self.kind = kind
        self.content = _js_string(content)
        self.options_js = json.dumps(options, sort_keys=True)


class _Control(MacroElement):
    """A Leaflet control (box) at a corner of the map holding escaped HTML."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: {{ this.position_js }}});
        {{ this.get_name() }}.onAdd = function () {
            var div = L.DomUtil.create('div', {{ this.css_class_js }});
            div.innerHTML = {{ this.content }};
            L.DomEvent.disableClickPropagation(div);
            L.DomEvent.disableScrollPropagation(div);
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, content: str, position: str, css_class: str) -> None:
        super().__init__()
        self._name = "Control"
        self.content = _js_string(content)
        self.position_js = json.dumps(position)
        self.css_class_js = json.dumps(f"sm-box {css_class}")


class _PageSetup(MacroElement):
    """Page styles, a plain "Leaflet" attribution prefix and the data attribution line."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>{{ this.css }}</style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.attributionControl.setPrefix("Leaflet");
        {{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.attribution }});
        {% endmacro %}
        """
    )

    def __init__(self, attribution: str) -> None:
        super().__init__()
        self._name = "PageSetup"
        self.css = _PAGE_CSS
        self.attribution = _js_string(attribution)


class _FitBounds(MacroElement):
    """Fit the map to bounds at load, without the zoom animation folium's FitBounds starts."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.fitBounds({{ this.bounds_js }},
            {padding: [20, 20], maxZoom: 11, animate: false});
        {% endmacro %}
        """
    )

    def __init__(self, bounds: list[list[float]]) -> None:
        super().__init__()
        self._name = "FitBounds"
        self.bounds_js = json.dumps(bounds)


# ---------------------------------------------------------------- popups


def _mention_ranges(report_text: str, sentence: str, rp: ResolvedPlace) -> list[tuple[int, int]]:
    """Return non-overlapping ``(start, end)`` ranges of the place's mentions in its sentence."""
    offset = report_text.find(sentence) if sentence else -1
    ranges: list[tuple[int, int]] = []
    for span in rp.mentions:
        if offset >= 0 and offset <= span.start and span.end <= offset + len(sentence):
            ranges.append((span.start - offset, span.end - offset))
            continue
        at = sentence.casefold().find(span.text.casefold()) if span.text else -1
        if at >= 0:
            ranges.append((at, at + len(span.text)))
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(ranges)):
        if end > start and (not kept or start >= kept[-1][1]):
            kept.append((start, end))
    return kept


def highlight_sentence(report_text: str, rp: ResolvedPlace) -> str:
    """Return the escaped sentence naming the place, its mentions wrapped in ``<mark>``."""
    sentence = rp.sentence
    parts: list[str] = []
    cursor = 0
    for start, end in _mention_ranges(report_text, sentence, rp):
        parts.append(escape_text(sentence[cursor:start]))
        parts.append(f"<mark>{escape_text(sentence[start:end])}</mark>")
        cursor = end
    parts.append(escape_text(sentence[cursor:]))
    return "".join(parts)


def _facts_html(facts: dict[str, int]) -> str:
    """Return the report's numeric facts as escaped ``key value`` pairs."""
    items = [f"{escape_text(k)} {escape_text(facts[k])}" for k in FACT_KEYS if k in facts]
    items += [
        f"{escape_text(k)} {escape_text(v)}" for k, v in sorted(facts.items()) if k not in FACT_KEYS
    ]
    return ", ".join(items) if items else "none stated"


def _report_section(ext: Extraction, rp: ResolvedPlace) -> str:
    """Return the popup section describing one report's mention of a place."""
    report = ext.report
    lines = [f"<b>{escape_text(report.title or report.id)}</b>"]
    meta = [escape_text(report.date)] if report.date else []
    url = _safe_url(report.url)
    if url:
        label = escape_text(report.source or "source")
        meta.append(f'<a href="{escape_text(url)}" target="_blank" rel="noopener">{label}</a>')
    elif report.source:
        meta.append(escape_text(report.source))
    if meta:
        lines.append(" · ".join(meta))
    if rp.sentence:
        lines.append(f"<blockquote>{highlight_sentence(report.text, rp)}</blockquote>")
    cue = f" (cue: “{escape_text(rp.cue)}”)" if rp.cue else ""
    lines.append(f"Role: {escape_text(rp.role)}{cue}")
    precision = PRECISION_LABELS.get(rp.precision, "unknown")
    lines.append(
        f"Precision: {escape_text(rp.precision)} ({precision}) · "
        f"confidence {escape_text(f'{rp.confidence:.2f}')}"
    )
    lines.append(f"Facts: {_facts_html(ext.facts)}")
    return "<br>".join(lines)


def _popup_html(place: Place, entries: Sequence[tuple[Extraction, ResolvedPlace]]) -> str:
    """Return the popup HTML for one place and every report that names it in one role."""
    kind = f"{escape_text(place.kind)}, {escape_text(place.country)}"
    head = f"<b>{escape_text(place.name)}</b> ({kind})"
    sections = [_report_section(ext, rp) for ext, rp in entries]
    return f'<div class="sm-pop">{head}<hr>{"<hr>".join(sections)}</div>'


# ---------------------------------------------------------------- markers

PlaceEntries = tuple[Place, list[tuple[Extraction, ResolvedPlace]]]


def _group_places(extractions: Sequence[Extraction], role: str) -> list[PlaceEntries]:
    """Group the located places of one role by place id, in first-seen order."""
    groups: dict[str, PlaceEntries] = {}
    for ext in extractions:
        for rp in ext.places:
            if rp.role != role or rp.place.lat is None or rp.place.lon is None:
                continue
            groups.setdefault(rp.place.id, (rp.place, []))[1].append((ext, rp))
    return list(groups.values())


def _casualties(entries: Sequence[tuple[Extraction, ResolvedPlace]]) -> int:
    """Sum killed and wounded over the distinct reports of a place."""
    seen = {ext.report.id: ext for ext, _ in entries}
    return sum(ext.facts.get("killed", 0) + ext.facts.get("wounded", 0) for ext in seen.values())


def _marker_style(role: str, entries: Sequence[tuple[Extraction, ResolvedPlace]]) -> dict:
    """Return CircleMarker options: colour by role and precision, size by casualties."""
    if role == "impact":
        precision = min(rp.precision for _, rp in entries)
        radius = 6 + min(8.0, 2 * math.log2(1 + _casualties(entries)))
        colour = IMPACT_COLOURS.get(precision, IMPACT_COLOURS[3])
        dash = "3 3" if precision >= 3 else None
        return {"radius": round(radius, 2), "fill_color": colour, "dash_array": dash}
    colour = LAUNCH_COLOUR if role == "launch" else MENTION_COLOUR
    return {"radius": 6 if role == "launch" else 4, "fill_color": colour, "dash_array": None}


def _marker(role: str, place: Place, entries: list[tuple[Extraction, ResolvedPlace]]):
    """Return one CircleMarker with its escaped popup and tooltip."""
    style = _marker_style(role, entries)
    marker = folium.CircleMarker(
        location=latlon(place.lon, place.lat),
        radius=style["radius"],
        color="#222222",
        weight=1,
        fill=True,
        fill_color=style["fill_color"],
        fill_opacity=0.85,
        dash_array=style["dash_array"],
    )
    marker.options["pane"] = "points"  # folium's path options drop ``pane``
    marker.add_child(_Binding("Popup", _popup_html(place, entries), {"maxWidth": 340}))
    label = f"{escape_text(place.name)} · {escape_text(role)} · {len(entries)} report(s)"
    marker.add_child(_Binding("Tooltip", label, {"sticky": True}))
    return marker


def _points_layer(extractions: Sequence[Extraction], role: str, name: str, show: bool):
    """Return the layer of one role's markers, clustered when there are many."""
    groups = _group_places(extractions, role)
    if role == "impact" and len(groups) > CLUSTER_THRESHOLD:
        layer = MarkerCluster(name=escape_text(name), show=show)
        layer.default_js = [("markerclusterjs", assets.MARKERCLUSTER_JS)]
        layer.default_css = [
            ("markerclustercss", assets.MARKERCLUSTER_CSS),
            ("markerclusterdefaultcss", assets.MARKERCLUSTER_DEFAULT_CSS),
        ]
    else:
        layer = folium.FeatureGroup(name=escape_text(name), show=show)
    for place, entries in groups:
        layer.add_child(_marker(role, place, entries))
    return layer


# ---------------------------------------------------------------- regions


def _check_columns(frame: geopandas.GeoDataFrame, columns: Sequence[str], what: str) -> None:
    """Raise InputError listing every missing column of ``frame`` at once."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(
            f"{what} GeoDataFrame lacks columns {missing}; it has {list(frame.columns)}"
        )


def class_breaks(maximum: int) -> list[int]:
    """Return up to five lower bounds of report-count classes covering ``1..maximum``."""
    if maximum <= len(REGION_COLOURS):
        return list(range(1, max(maximum, 1) + 1))
    step = maximum / len(REGION_COLOURS)
    return sorted({1 + math.floor(i * step) for i in range(len(REGION_COLOURS))})


def _class_colour(value: int, breaks: Sequence[int]) -> str:
    """Return the colour of the class ``value`` falls in, spreading few classes over the scale."""
    index = max((i for i, low in enumerate(breaks) if value >= low), default=0)
    last = len(REGION_COLOURS) - 1
    if len(breaks) <= 1:
        return REGION_COLOURS[last // 2]
    return REGION_COLOURS[round(index * last / (len(breaks) - 1))]


def _shaded_regions(regions: geopandas.GeoDataFrame) -> geopandas.GeoDataFrame:
    """Return the regions with reports, only the columns the map shows, text escaped."""
    _check_columns(regions, (*REGION_COLUMNS, "geometry"), "regions")
    frame = regions.loc[regions["reports"].fillna(0) > 0].to_crs(4326)
    frame = frame[["code", "name", "reports", "impact_sites", "killed", "wounded", "geometry"]]
    frame = frame.copy()
    for column in ("code", "name"):
        frame[column] = frame[column].map(escape_text)
    for column in ("reports", "impact_sites", "killed", "wounded"):
        frame[column] = frame[column].fillna(0).astype(int)
    return frame.reset_index(drop=True)


def _regions_layer(frame: geopandas.GeoDataFrame, breaks: Sequence[int]) -> folium.GeoJson:
    """Return the choropleth of reports per unit with an escaped tooltip."""
    frame = frame.copy()
    frame["fill"] = [_class_colour(v, breaks) for v in frame["reports"]]
    tooltip = folium.GeoJsonTooltip(
        fields=["name", "reports", "impact_sites", "killed", "wounded"],
        aliases=["Region", "Reports", "Impact sites", "Killed", "Wounded"],
        sticky=True,
    )
    return folium.GeoJson(
        frame,
        name=escape_text(LAYER_IMPACT_REGIONS),
        style_function=_region_style,
        highlight_function=lambda _feature: {"weight": 2.5, "color": "#333333"},
        tooltip=tooltip,
    )


def _region_style(feature: dict) -> dict:
    """Style one choropleth feature from its precomputed ``fill`` property."""
    return {
        "fillColor": feature["properties"]["fill"],
        "fillOpacity": 0.75,
        "color": "#7a3b00",
        "weight": 0.8,
    }


def _basemap_layer(basemap: geopandas.GeoDataFrame, filled: bool) -> folium.GeoJson:
    """Return the light grey admin-0/admin-1 basemap (outlines only over tiles)."""
    _check_columns(basemap, ("geometry",), "basemap")
    frame = basemap[["geometry"]].to_crs(4326).reset_index(drop=True)
    style = {
        "fillColor": "#f4f4f2",
        "fillOpacity": 1.0 if filled else 0.0,
        "color": "#a8a8a8",
        "weight": 0.7,
    }
    return folium.GeoJson(
        frame,
        name="Basemap",
        control=False,
        style_function=lambda _feature: style,
        interactive=False,
        pane="basemap",
    )


def _tile_layer(tiles: str) -> tuple[folium.TileLayer, str]:
    """Return a TileLayer for an xyzservices provider name and its CSP image host."""
    try:
        provider = xyzservices.providers.query_name(tiles)
    except ValueError as exc:
        raise InputError(
            f"unknown tile provider {tiles!r}; use an xyzservices name like 'CartoDB.Positron'"
        ) from exc
    url = provider.build_url()
    parts = urlsplit(url)
    host = parts.netloc
    if "{" in host:  # an unfilled subdomain placeholder: allow every subdomain
        host = "*." + host.rsplit("}", 1)[1].lstrip(".")
    layer = folium.TileLayer(
        tiles=url,
        attr=provider.html_attribution,
        name=escape_text(provider.name),
        max_zoom=min(int(provider.get("max_zoom", MAX_ZOOM)), MAX_ZOOM),
        control=False,
    )
    return layer, f"{parts.scheme}://{host}"


# ---------------------------------------------------------------- boxes


def summarise(extractions: Sequence[Extraction]) -> dict[str, int]:
    """Return the totals shown in the summary box.

    Parameters
    ----------
    extractions : sequence of Extraction
        The reports on the map.

    Returns
    -------
    dict
        ``reports``, ``impact_sites`` (distinct impact places) and the sum of each report's
        ``killed``, ``wounded``, ``drones`` and ``missiles`` facts.
    """
    sites = {rp.place.id for ext in extractions for rp in ext.impacts}
    totals = {"reports": len(extractions), "impact_sites": len(sites)}
    for key in ("killed", "wounded", "drones", "missiles"):
        totals[key] = sum(int(ext.facts.get(key, 0) or 0) for ext in extractions)
    return totals


def _summary_html(totals: dict[str, int]) -> str:
    """Return the summary box HTML."""
    rows = "".join(
        f"<tr><td>{escape_text(key.replace('_', ' ').capitalize())}</td>"
        f'<td class="n">{escape_text(value)}</td></tr>'
        for key, value in totals.items()
    )
    return f"<table>{rows}</table>"


def _legend_html(breaks: Sequence[int], maximum: int) -> str:
    """Return the legend HTML explaining region shading and marker colours."""
    rows = ["<h4>Reports per region</h4>"]
    for i, low in enumerate(breaks):
        high = breaks[i + 1] - 1 if i + 1 < len(breaks) else maximum
        label = f"{low}" if low == high else f"{low}–{high}"
        colour = _class_colour(low, breaks)
        rows.append(f'<div><span class="sm-sw" style="background:{colour}"></span>{label}</div>')
    rows.append("<h4>Impact sites (size: killed + wounded)</h4>")
    for precision, colour in IMPACT_COLOURS.items():
        rows.append(
            f'<div><span class="sm-dot" style="background:{colour}"></span>'
            f"{escape_text(PRECISION_LABELS[precision])}</div>"
        )
    rows.append("<h4>Other places</h4>")
    rows.append(
        f'<div><span class="sm-dot" style="background:{LAUNCH_COLOUR}"></span>launch area</div>'
    )
    rows.append(
        f'<div><span class="sm-dot" style="background:{MENTION_COLOUR}"></span>other mention '
        "(hidden by default)</div>"
    )
    return "".join(rows)


# ---------------------------------------------------------------- map


def _bounds(extractions: Sequence[Extraction], shaded: geopandas.GeoDataFrame):
    """Return ``[[south, west], [north, east]]`` of impact places and shaded regions, or None."""
    lons = [rp.place.lon for e in extractions for rp in e.impacts if rp.place.lon is not None]
    lats = [rp.place.lat for e in extractions for rp in e.impacts if rp.place.lat is not None]
    if len(shaded):
        west, south, east, north = shaded.total_bounds
        lons += [west, east]
        lats += [south, north]
    if not lons or not lats:
        return None
    return [latlon(min(lons), min(lats)), latlon(max(lons), max(lats))]


def _new_map(title: str, tile_host: str | None) -> folium.Map:
    """Return a tile-free map with trimmed assets, panes, a CSP and page styles."""
    m = folium.Map(
        location=latlon(*DEFAULT_CENTRE),
        zoom_start=5,
        tiles=None,
        max_zoom=MAX_ZOOM,
        min_zoom=2,
        control_scale=True,
    )
    # folium passes max_zoom to the tile layer only; MarkerCluster needs it on the map.
    m.options.update(maxZoom=MAX_ZOOM, minZoom=2)
    m.default_js = [("leaflet", assets.LEAFLET_JS)]
    m.default_css = [("leaflet_css", assets.LEAFLET_CSS)]
    root = m.get_root()
    root.title = escape_text(title)
    csp = content_security_policy([tile_host] if tile_host else [])
    root.header.add_child(
        Element(f'<meta http-equiv="Content-Security-Policy" content="{_attribute(csp)}">'),
        name="csp",
        index=0,
    )
    folium.map.CustomPane("basemap", z_index=250, pointer_events=False).add_to(m)
    folium.map.CustomPane("points", z_index=620, pointer_events=True).add_to(m)
    m.add_child(_PageSetup(ATTRIBUTION))
    return m


def _stabilise_ids(m: folium.Map) -> None:
    """Replace folium's random element ids with counter-based ones, in tree order.

    Elements are reached through ``_children`` and through element-valued attributes
    (a Figure's header/html/script, a Popup's html); children dicts are re-keyed so that keys
    derived from old names follow the new ones.
    """
    order: list[Element] = []
    seen: set[int] = set()

    def visit(element: Element) -> None:
        if id(element) in seen:
            return
        seen.add(id(element))
        order.append(element)
        for key, value in vars(element).items():
            if key != "_parent" and isinstance(value, Element):
                visit(value)
        for child in list(element._children.values()):
            visit(child)

    visit(m.get_root())
    old_names = {id(e): e.get_name() for e in order}
    for number, element in enumerate(order, start=1):
        element._id = f"{number:032x}"
    for element in order:
        element._children = type(element._children)(
            (child.get_name() if key == old_names[id(child)] else key, child)
            for key, child in element._children.items()
        )


def build_map(
    extractions: Sequence[Extraction],
    regions: geopandas.GeoDataFrame,
    *,
    title: str,
    basemap: geopandas.GeoDataFrame | None = None,
    tiles: str | None = None,
) -> folium.Map:
    """Build the layered strike map.

    Parameters
    ----------
    extractions : sequence of Extraction
        One per report; their places carry roles ``impact``, ``launch`` and ``mention``.
    regions : geopandas.GeoDataFrame
        Per-unit aggregates (EPSG:4326) with columns ``code, name, country, reports,
        impact_sites, killed, wounded, geometry``; units with no reports are not shaded.
    title : str
        The map's title (escaped).
    basemap : geopandas.GeoDataFrame, optional
        Admin-0/admin-1 polygons drawn in light grey as a tile-free basemap.
    tiles : str, optional
        An xyzservices provider name (``"CartoDB.Positron"``); None draws no tiles.

    Returns
    -------
    folium.Map
        A map whose element ids are stable, so the same input renders byte-identically.

    Raises
    ------
    geo.errors.InputError
        When a GeoDataFrame lacks columns or the tile provider is unknown.
    """
    tile_layer, tile_host = _tile_layer(tiles) if tiles else (None, None)
    m = _new_map(title, tile_host)
    if tile_layer is not None:
        m.add_child(tile_layer)
    if basemap is not None:
        m.add_child(_basemap_layer(basemap, filled=tile_layer is None))
    shaded = _shaded_regions(regions)
    maximum = int(shaded["reports"].max()) if len(shaded) else 0
    breaks = class_breaks(maximum)
    m.add_child(_regions_layer(shaded, breaks))
    m.add_child(_points_layer(extractions, "impact", LAYER_IMPACT_SITES, show=True))
    m.add_child(_points_layer(extractions, "launch", LAYER_LAUNCH_AREAS, show=True))
    m.add_child(_points_layer(extractions, "mention", LAYER_OTHER_MENTIONS, show=False))
    m.add_child(_Control(f'<div class="sm-title">{escape_text(title)}</div>', "topright", "sm-t"))
    folium.LayerControl(collapsed=False).add_to(m)
    m.add_child(_Control(_summary_html(summarise(extractions)), "bottomleft", "sm-summary"))
    m.add_child(_Control(_legend_html(breaks, maximum), "bottomright", "sm-legend"))
    bounds = _bounds(extractions, shaded)
    if bounds is not None:
        m.add_child(_FitBounds(bounds))
    _stabilise_ids(m)
    return m


def render_html(m: folium.Map) -> str:
    """Render a map to a self-contained HTML page (assets inlined).

    Parameters
    ----------
    m : folium.Map
        A map from :func:`build_map`.

    Returns
    -------
    str
        The page, with no remote scripts or stylesheets.
    """
    root = m.get_root()
    if not isinstance(root, Figure):
        raise TypeError(f"map root is {type(root).__name__}, expected a branca Figure")
    return assets.inline_assets(root.render())


def write_html(m: folium.Map, path: str | os.PathLike[str]) -> None:
    """Render ``m``, inline its assets and write it atomically as UTF-8.

    Parameters
    ----------
    m : folium.Map
        A map from :func:`build_map`.
    path : str or path-like
        The output file; written through a temporary file in the same directory and
        ``os.replace``, so readers never see a partial page.
    """
    page = render_html(m)
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(page)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
