"""The folium map: layers, legend, title, summary; deterministic, self-contained HTML.

:func:`build_map` assembles the layers of :mod:`geo.layers` and the boxes of
:mod:`geo.controls`; :func:`render_html` inlines every script and style (:mod:`geo.assets`);
:func:`render_fragment` wraps the page in a sandboxed iframe for pasting into a report. Every
piece of untrusted text goes through :func:`escape_text` (in :mod:`geo.popups`).
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable, Sequence

import folium
import geopandas
from branca.element import Element, Figure

from geo import assets
from geo.atomic import atomic_write
from geo.controls import Control, DateFilter, FitBounds, LayerLegend, PageSetup, RadioOverlays
from geo.events import group_by_date
from geo.figures import CASUALTY_KEYS, placed_count, report_count
from geo.layers import (
    CLUSTER_THRESHOLD,
    IMPACT_COLOURS,
    LAUNCH_COLOUR,
    LAYER_CASUALTY_REGIONS,
    LAYER_HEAT,
    LAYER_IMPACT_REGIONS,
    LAYER_IMPACT_SITES,
    LAYER_LAUNCH_AREAS,
    LAYER_OTHER_MENTIONS,
    MAX_ZOOM,
    MENTION_COLOUR,
    NO_CASUALTY_COLOUR,
    basemap_layer,
    casualties,
    class_breaks,
    class_colour,
    class_labels,
    group_places,
    heat_layer,
    latlon,
    marker_style,
    points_layer,
    regions_layer,
    shaded_regions,
    tile_layer,
)
from geo.popups import PRECISION_LABELS, attribute, escape_text, highlight_sentence
from geo.records import Extraction

__all__ = [
    "ATTRIBUTION",
    "ATTRIBUTION_TEXT",
    "CLUSTER_THRESHOLD",
    "IMPACT_COLOURS",
    "LAUNCH_COLOUR",
    "LAYER_CASUALTY_REGIONS",
    "LAYER_HEAT",
    "LAYER_IMPACT_REGIONS",
    "LAYER_IMPACT_SITES",
    "LAYER_LAUNCH_AREAS",
    "LAYER_OTHER_MENTIONS",
    "PRECISION_LABELS",
    "build_map",
    "casualties",
    "casualty_split",
    "class_breaks",
    "class_colour",
    "class_labels",
    "content_security_policy",
    "escape_text",
    "group_places",
    "highlight_sentence",
    "latlon",
    "marker_style",
    "render_fragment",
    "render_html",
    "shaded_regions",
    "summarise",
    "write_html",
]

ATTRIBUTION = (
    'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0) · '
    'Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a>'
)
ATTRIBUTION_TEXT = "Places: GeoNames (CC BY 4.0) · Boundaries: Natural Earth"
CSP_BASE = {
    "default-src": "'none'",
    "script-src": "'unsafe-inline'",
    "style-src": "'unsafe-inline'",
    "img-src": "data:",
    "font-src": "data:",
    "connect-src": "'none'",
}
DEFAULT_CENTRE = (31.0, 49.0)  # lon, lat

_PAGE_CSS = """
.folium-map { background: #dfe9f2; }
.sm-box { background: rgba(255,255,255,0.93); padding: 6px 9px; border-radius: 4px;
  box-shadow: 0 1px 4px rgba(0,0,0,0.3); font: 12px/1.4 system-ui, sans-serif; color: #222;
  max-width: 42vw; }
.sm-title { font-size: 16px; font-weight: 600; }
.sm-box table { border-collapse: collapse; }
.sm-box td { padding: 0 6px 0 0; }
.sm-box td.n { text-align: right; font-variant-numeric: tabular-nums; }
.sm-box tr.sm-sub td { color: #555; }
.sm-box tr.sm-sub td:first-child { padding-left: 10px; }
.sm-legend h4 { margin: 4px 0 2px; font-size: 12px; }
.sm-sw { display: inline-block; width: 14px; height: 10px; margin-right: 5px;
  border: 1px solid #888; vertical-align: middle; }
.sm-dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%;
  margin-right: 5px; border: 1px solid #222; vertical-align: middle; }
.sm-heat { display: inline-block; width: 60px; height: 10px; margin-right: 5px;
  vertical-align: middle; background: linear-gradient(90deg, blue, cyan, lime, yellow, red); }
.sm-dates input { width: 160px; }
.sm-pop { max-height: 260px; overflow-y: auto; font: 12px/1.4 system-ui, sans-serif; }
.sm-pop blockquote { margin: 4px 0; padding-left: 6px; border-left: 3px solid #ccc; }
.sm-pop mark { background: #ffe066; }
@media (max-width: 900px) {
  .sm-box { font-size: 11px; } .sm-title { font-size: 14px; }
  .leaflet-control-layers-expanded { font-size: 11px; padding: 3px 6px 3px 4px; }
}
@media (max-width: 600px) {
  .sm-box { font-size: 10px; max-width: 60vw; } .sm-title { font-size: 13px; }
  .sm-legend, .sm-summary { display: none; }
  .leaflet-control-attribution, .leaflet-control-scale { font-size: 9px; }
  .leaflet-control-layers { font-size: 10px; }
}
"""


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
        ``reports``, ``impact_sites`` (distinct impact places), the sum of each report's
        ``killed`` and ``wounded`` (its stated total, or the sum of its places' figures when
        larger: see :func:`geo.figures.report_count`) and of its ``drones`` and ``missiles``.
    """
    sites = {rp.place.id for ext in extractions for rp in ext.impacts}
    totals = {"reports": len(extractions), "impact_sites": len(sites)}
    for key in ("killed", "wounded"):
        totals[key] = sum(report_count(ext, key) for ext in extractions)
    for key in ("drones", "missiles"):
        totals[key] = sum(int(ext.facts.get(key, 0) or 0) for ext in extractions)
    return totals


def casualty_split(
    extractions: Sequence[Extraction], regions: geopandas.GeoDataFrame
) -> dict[str, dict[str, int]]:
    """Split the summary's killed and wounded into what the region layers show and the rest.

    Parameters
    ----------
    extractions : sequence of Extraction
        The reports on the map.
    regions : geopandas.GeoDataFrame
        Their per-unit aggregates (:func:`geo.boundaries.aggregate`).

    Returns
    -------
    dict
        For ``killed`` and ``wounded``: ``regions`` (the sum over the region layers' units),
        ``unplaced`` (report figures the text ties to no place) and ``elsewhere`` (figures of
        places in no unit of the layer: a country, a region coarser than the units, a place
        outside them); the three add up to :func:`summarise`'s figure.
    """
    out: dict[str, dict[str, int]] = {}
    for key in CASUALTY_KEYS:
        total = sum(report_count(ext, key) for ext in extractions)
        placed = sum(placed_count(ext, key) for ext in extractions)
        in_regions = int(regions[key].fillna(0).sum()) if key in regions.columns else 0
        out[key] = {
            "regions": in_regions,
            "unplaced": total - placed,
            "elsewhere": max(placed - in_regions, 0),
        }
    return out


_SPLIT_LABELS = {
    "regions": "in the region layers",
    "unplaced": "not tied to a place",
    "elsewhere": "at places outside the regions",
}


def _summary_row(label: str, value: int, css: str = "") -> str:
    """Return one escaped row of the summary box."""
    attr = f' class="{css}"' if css else ""
    return f'<tr{attr}><td>{escape_text(label)}</td><td class="n">{escape_text(value)}</td></tr>'


def _summary_html(totals: dict[str, int], split: dict[str, dict[str, int]] | None = None) -> str:
    """Return the summary box HTML.

    Under killed and wounded, when the region layers do not show all of it, sub-rows give
    how much is in the region layers, not tied to a place and at places outside the regions.
    """
    rows = []
    for key, value in totals.items():
        rows.append(_summary_row(key.replace("_", " ").capitalize(), value))
        parts = (split or {}).get(key)
        if parts and parts["regions"] != value:
            rows += [
                _summary_row(label, parts[part], "sm-sub")
                for part, label in _SPLIT_LABELS.items()
                if parts[part] or part == "regions"
            ]
    return f"<table>{''.join(rows)}</table>"


def _choropleth_legend(title: str, breaks: Sequence[int], maximum: int, zero: bool) -> str:
    """Return one choropleth's legend section."""
    rows = [f"<h4>{escape_text(title)}</h4>"]
    if zero:
        rows.append(
            f'<div><span class="sm-sw" style="background:{NO_CASUALTY_COLOUR}"></span>'
            "0 or not stated</div>"
        )
    for colour, label in class_labels(breaks, maximum) if maximum > 0 else []:
        rows.append(f'<div><span class="sm-sw" style="background:{colour}"></span>{label}</div>')
    return "".join(rows)


def _sites_legend() -> str:
    """Return the impact sites' legend section."""
    rows = ["<h4>Impact sites (size: killed + wounded)</h4>"]
    for precision, colour in IMPACT_COLOURS.items():
        rows.append(
            f'<div><span class="sm-dot" style="background:{colour}"></span>'
            f"{escape_text(PRECISION_LABELS[precision])}</div>"
        )
    return "".join(rows)


def _dot_legend(colour: str, label: str) -> str:
    """Return a one-line legend section with a dot."""
    return f'<div><span class="sm-dot" style="background:{colour}"></span>{label}</div>'


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
        Element(f'<meta http-equiv="Content-Security-Policy" content="{attribute(csp)}">'),
        name="csp",
        index=0,
    )
    folium.map.CustomPane("basemap", z_index=250, pointer_events=False).add_to(m)
    folium.map.CustomPane("points", z_index=620, pointer_events=True).add_to(m)
    m.add_child(PageSetup(_PAGE_CSS, ATTRIBUTION))
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
    counting: str = "reports",
) -> folium.Map:
    """Build the layered strike map.

    Layers: two exclusive choropleths (reports, killed + wounded per unit), impact sites
    (clustered above :data:`CLUSTER_THRESHOLD`), a heat layer (hidden), launch areas and other
    mentions (hidden). A date slider appears when the reports span several dates; the legend
    shows a section only while its layer is on.

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
        An xyzservices provider name (``"OpenStreetMap.Mapnik"``); None draws no tiles.
    counting : str, default "reports"
        What each extraction is, for the legend and summary: ``"events"`` when they are
        events (:mod:`geo.event_map`).

    Returns
    -------
    folium.Map
        A map whose element ids are stable, so the same input renders byte-identically.

    Raises
    ------
    geo.errors.InputError
        When a GeoDataFrame lacks columns or the tile provider is unknown.
    """
    tiles_layer, tile_host = tile_layer(tiles) if tiles else (None, None)
    m = _new_map(title, tile_host)
    if tiles_layer is not None:
        m.add_child(tiles_layer)
    if basemap is not None:
        m.add_child(basemap_layer(basemap, filled=tiles_layer is None))

    shaded = shaded_regions(regions)
    max_reports = int(shaded["reports"].max()) if len(shaded) else 0
    max_casualties = int(shaded["casualties"].max()) if len(shaded) else 0
    report_breaks = class_breaks(max_reports)
    casualty_breaks = class_breaks(max_casualties)
    by_reports = regions_layer(shaded, "reports", report_breaks, LAYER_IMPACT_REGIONS, show=True)
    by_casualties = regions_layer(
        shaded, "casualties", casualty_breaks, LAYER_CASUALTY_REGIONS, show=False
    )
    m.add_child(by_reports)
    m.add_child(by_casualties)
    m.add_child(RadioOverlays([by_reports, by_casualties]))

    dates = [d for d in group_by_date(extractions) if d is not None]
    date_index = {d: i for i, d in enumerate(dates)}
    impact_groups = group_places(extractions, "impact")
    heat = heat_layer(impact_groups)
    m.add_child(heat)
    points = [
        points_layer(impact_groups, "impact", LAYER_IMPACT_SITES, True, date_index),
        points_layer(
            group_places(extractions, "launch"), "launch", LAYER_LAUNCH_AREAS, True, date_index
        ),
        points_layer(
            group_places(extractions, "mention"),
            "mention",
            LAYER_OTHER_MENTIONS,
            False,
            date_index,
        ),
    ]
    for layer in points:
        m.add_child(layer)

    m.add_child(Control(f'<div class="sm-title">{escape_text(title)}</div>', "topright", "sm-t"))
    folium.LayerControl(collapsed=False).add_to(m)
    if len(dates) > 1:
        m.add_child(DateFilter(dates, points, heat, heat_source=points[0]))
    totals = {counting if k == "reports" else k: v for k, v in summarise(extractions).items()}
    summary = _summary_html(totals, casualty_split(extractions, regions))
    m.add_child(Control(summary, "bottomleft", "sm-summary"))
    legend = [
        (
            by_reports,
            _choropleth_legend(
                f"{counting.capitalize()} per region", report_breaks, max_reports, False
            ),
        ),
        (
            by_casualties,
            _choropleth_legend(
                "Killed + wounded per region", casualty_breaks, max_casualties, True
            ),
        ),
        (points[0], _sites_legend()),
        (heat, '<h4>Heat</h4><div><span class="sm-heat"></span>impact sites</div>'),
        (points[1], _dot_legend(LAUNCH_COLOUR, "launch area")),
        (points[2], _dot_legend(MENTION_COLOUR, "other mention")),
    ]
    m.add_child(LayerLegend(legend, "bottomright"))
    bounds = _bounds(extractions, shaded)
    if bounds is not None:
        m.add_child(FitBounds(bounds))
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

    Raises
    ------
    geo.errors.DataError
        When the page links an asset with no local copy (see :mod:`geo.assets`).
    """
    root = m.get_root()
    if not isinstance(root, Figure):
        raise TypeError(f"map root is {type(root).__name__}, expected a branca Figure")
    return assets.inline_assets(root.render())


def render_fragment(m: folium.Map, *, title: str = "Map", aspect_ratio: str = "16 / 9") -> str:
    """Render a map as an HTML fragment to paste into a report page.

    The fragment is a ``<div>`` holding a sandboxed ``<iframe>`` whose ``srcdoc`` is the whole
    self-contained page, so the map's Leaflet, styles and scripts cannot clash with the host
    page or with other maps on it (two raw folium fragments on one page break each other).

    Parameters
    ----------
    m : folium.Map
        A map from :func:`build_map`.
    title : str
        The iframe's accessible title (escaped).
    aspect_ratio : str
        CSS ``aspect-ratio`` of the box; it takes the full width of its container.

    Returns
    -------
    str
        One ``<div>`` element.
    """
    page = render_html(m)
    return (
        '<div class="strikemap-embed" style="position:relative;width:100%;'
        f'aspect-ratio:{attribute(aspect_ratio)};min-height:320px">'
        f'<iframe sandbox="allow-scripts" title="{escape_text(title)}" '
        'style="position:absolute;inset:0;width:100%;height:100%;border:0" '
        f'srcdoc="{html.escape(page, quote=True)}"></iframe></div>\n'
    )


def write_html(
    m: folium.Map, path: str | os.PathLike[str], *, fragment: bool = False, title: str = "Map"
) -> None:
    """Render ``m``, inline its assets and write it atomically as UTF-8.

    Parameters
    ----------
    m : folium.Map
        A map from :func:`build_map`.
    path : str or path-like
        The output file; written through a temporary file in the same directory and
        ``os.replace``, so readers never see a partial page.
    fragment : bool
        Write the embeddable fragment of :func:`render_fragment` instead of a full page.
    title : str
        The fragment iframe's title.
    """
    page = render_fragment(m, title=title) if fragment else render_html(m)
    atomic_write(path, page.encode("utf-8"))
