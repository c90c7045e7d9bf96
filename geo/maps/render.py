"""The folium map: layers, legend, title, summary; deterministic, self-contained HTML.

:func:`build_map` assembles the layers of :mod:`geo.maps.layers` and the boxes of
:mod:`geo.maps.controls`; :func:`render_html` inlines every script and style
(:mod:`geo.maps.assets`);
:func:`render_fragment` wraps the page in a sandboxed iframe for pasting into a report. Every
piece of untrusted text goes through :func:`escape_text` (in :mod:`geo.maps.popups`).
"""

from __future__ import annotations

import html
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

import folium
import geopandas
import pyogrio
from branca.element import Element, Figure

from geo.errors import InputError
from geo.maps import assets
from geo.maps.controls import App, PageData, PageScript, StrikeLayerControl
from geo.maps.layers import (
    CLUSTER_THRESHOLD,
    HEAT_GRADIENT,
    HEAT_MAX,
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
    REGION_COLOURS,
    REGION_OUTLINE,
    basemap_layer,
    casualties,
    class_breaks,
    class_colour,
    class_labels,
    group_places,
    heat_layer,
    latlon,
    marker_radius,
    marker_style,
    points_layer,
    regions_layer,
    shaded_regions,
    tile_layer,
)
from geo.maps.mapdata import Unit, assign_units, page_data
from geo.maps.mapscript import page_css
from geo.maps.popups import (
    LINK_ATTRIBUTES,
    PRECISION_LABELS,
    attribute,
    escape_text,
    highlight_sentence,
)
from geo.output.atomic import atomic_write
from geo.places.boundaries import NEAREST_KM
from geo.places.figures import CASUALTY_KEYS, placed_count, report_count
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
    "attribution_html",
    "attribution_text",
    "boundary_credit",
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

_GEONAMES = f'<a href="https://www.geonames.org/" {LINK_ATTRIBUTES}>GeoNames</a> (CC BY 4.0)'
_NATURAL_EARTH = f'<a href="https://www.naturalearthdata.com/" {LINK_ATTRIBUTES}>Natural Earth</a>'
ATTRIBUTION = f"Places: {_GEONAMES} · Boundaries: {_NATURAL_EARTH}"
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
#: The iframe sandbox of an embedded map: its scripts run, and its links (all
#: ``target="_blank"``) open in a new, unsandboxed tab; it cannot touch the host page.
SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox"
#: Below this height (or 85% of the screen) an embedded map does not shrink with its width.
FRAGMENT_MIN_HEIGHT = "min(480px, 85vh)"
#: Columns an OpenStreetMap or geoBoundaries export carries, which tell its licence.
_OSM_COLUMNS = ("osm_id", "OSM_ID", "@id", "osm_type", "OSM_TYPE")
_GEOBOUNDARIES_COLUMNS = ("shapeID", "shapeGroup")
_CREDIT_KEYS = ("attribution", "license", "licence", "copyright", "source")


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
        larger: see :func:`geo.places.figures.report_count`) and of its ``drones`` and ``missiles``.
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
        Their per-unit aggregates (:func:`geo.places.boundaries.aggregate`).

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


# ---------------------------------------------------------------- attribution


def boundary_credit(path: str | os.PathLike[str], layer: str | None = None) -> str:
    """Return the credit line of a user's boundary file (plain text).

    The file's own metadata (an ``attribution``, ``license``, ``copyright`` or ``source``
    entry of the dataset or layer, or a top-level GeoJSON member of that name) comes first;
    then a credit its columns imply (OpenStreetMap ids: "© OpenStreetMap contributors, ODbL";
    geoBoundaries ids: "geoBoundaries, CC BY 4.0"); else the file's name with "licence not
    stated", so the map never credits Natural Earth for someone else's units.

    Parameters
    ----------
    path : str or path-like
        The boundary file.
    layer : str, optional
        Its layer, for a multi-layer file.

    Returns
    -------
    str
        One line such as ``"ua_raions.geojson: © OpenStreetMap contributors, ODbL"``.
    """
    name = Path(path).name
    try:
        info = pyogrio.read_info(path, layer=layer)
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, OSError):
        return f"{name} (licence not stated)"
    meta = {**(info.get("dataset_metadata") or {}), **(info.get("layer_metadata") or {})}
    meta.update(_geojson_members(path))
    found = [str(v) for k, v in meta.items() if k.lower() in _CREDIT_KEYS and str(v).strip()]
    if found:
        return f"{name}: {'; '.join(found)}"
    fields = {str(f) for f in info.get("fields", [])}
    if fields & set(_OSM_COLUMNS):
        return f"{name}: © OpenStreetMap contributors, ODbL"
    if set(_GEOBOUNDARIES_COLUMNS) <= fields:
        return f"{name}: geoBoundaries, CC BY 4.0"
    return f"{name} (licence not stated)"


def _geojson_members(path: str | os.PathLike[str]) -> dict[str, str]:
    """Return the top-level text members of a GeoJSON file (``"attribution"``, ...)."""
    if not str(path).lower().endswith((".geojson", ".json")):
        return {}
    try:
        with open(path, "rb") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, str)}


def attribution_text(boundaries_credit: str | None = None) -> str:
    """Return the map's attribution line as plain text (for the PNG)."""
    if boundaries_credit is None:
        return ATTRIBUTION_TEXT
    return f"Places: GeoNames (CC BY 4.0) · Units: {boundaries_credit} · Basemap: Natural Earth"


def attribution_html(boundaries_credit: str | None = None) -> str:
    """Return the map's attribution line as HTML, the credit escaped, links in a new tab."""
    if boundaries_credit is None:
        return ATTRIBUTION
    return (
        f"Places: {_GEONAMES} · Units: {escape_text(boundaries_credit)} · Basemap: {_NATURAL_EARTH}"
    )


# ---------------------------------------------------------------- legend


def _dot(colour: str, size: float, css: str = "", border: str = "#222222") -> str:
    """Return one legend symbol: a disc of ``size`` CSS pixels."""
    style = f"width:{size:g}px;height:{size:g}px;background:{colour};border-color:{border}"
    return f'<span class="{f"sm-dot {css}".strip()}" style="{style}"></span>'


def _sites_legend() -> str:
    """Return the impact sites' legend section: colours by precision, sizes by casualties."""
    rows = ["<h4>Impact sites</h4>"]
    for precision, colour in IMPACT_COLOURS.items():
        css = "sm-dash" if precision >= 3 else ""
        rows.append(f"<div>{_dot(colour, 12, css)}{escape_text(PRECISION_LABELS[precision])}</div>")
    sizes = "".join(_dot("#ffffff", 2 * marker_radius(c)) for c in (0, 3, 15))
    rows.append(
        f'<div class="sm-sizes">{sizes}killed + wounded at the place: none stated, 3, 15+</div>'
    )
    return "".join(rows)


def _heat_legend() -> str:
    """Return the heat layer's legend section: its colour ramp and what it weighs."""
    stops = ", ".join(f"{colour} {float(at) * 100:g}%" for at, colour in HEAT_GRADIENT.items())
    return (
        f"<h4>{escape_text(LAYER_HEAT)}</h4>"
        f'<span class="sm-heat" style="background:linear-gradient(90deg, '
        f'rgba(161,218,180,0) 0%, {stops})"></span>'
        f'<div class="sm-ticks"><span>low</span><span>{HEAT_MAX:g}+</span></div>'
        "<div>weight: a report's share of its sites<br>+ log2(1 + killed + wounded)</div>"
    )


def _legend() -> list[dict]:
    """Return the legend's sections, each tied to its layer (``"points:0"``, ``"heat"``)."""
    launch = _dot("#ffffff", 14, "sm-ring", LAUNCH_COLOUR)
    return [
        {"layer": "regions:0", "dynamic": "reports", "html": ""},
        {"layer": "regions:1", "dynamic": "casualties", "html": ""},
        {"layer": "points:0", "dynamic": None, "html": _sites_legend()},
        {"layer": "heat", "dynamic": None, "html": _heat_legend()},
        {"layer": "points:1", "dynamic": None, "html": f"<div>{launch}launch area</div>"},
        {
            "layer": "points:2",
            "dynamic": None,
            "html": f"<div>{_dot(MENTION_COLOUR, 9)}other mention</div>",
        },
    ]


# ---------------------------------------------------------------- map


def _bounds(extractions: Sequence[Extraction], units: Sequence[Unit]):
    """Return ``[[south, west], [north, east]]`` of impact places and shaded units, or None."""
    lons = [rp.place.lon for e in extractions for rp in e.impacts if rp.place.lon is not None]
    lats = [rp.place.lat for e in extractions for rp in e.impacts if rp.place.lat is not None]
    for unit in units:
        west, south, east, north = unit.geometry.bounds
        lons += [west, east]
        lats += [south, north]
    if not lons or not lats:
        return None
    return [latlon(min(lons), min(lats)), latlon(max(lons), max(lats))]


def _unit_bounds(regions: geopandas.GeoDataFrame):
    """Return the bounds of every unit of the layer (a user's file: its coverage), or None."""
    if not len(regions):
        return None
    west, south, east, north = regions.to_crs(4326).total_bounds
    return [latlon(west, south), latlon(east, north)]


def _new_map(title: str, tile_host: str | None) -> folium.Map:
    """Return a tile-free map with trimmed assets, panes, a CSP, styles and the script."""
    m = folium.Map(
        location=latlon(*DEFAULT_CENTRE),
        zoom_start=5,
        tiles=None,
        max_zoom=MAX_ZOOM,
        min_zoom=2,
        control_scale=True,
    )
    # folium passes max_zoom to the tile layer only; MarkerCluster needs it on the map.
    m.options.update(maxZoom=MAX_ZOOM, minZoom=2, zoomSnap=0.25, zoomDelta=1)
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
    # Below the tiles: when web tiles fail to load, the embedded land fill shows.
    folium.map.CustomPane("basemap", z_index=150, pointer_events=False).add_to(m)
    folium.map.CustomPane("points", z_index=620, pointer_events=True).add_to(m)
    m.add_child(PageScript(page_css()))
    return m


def _unit_labels(
    extractions: Sequence[Extraction],
    regions: geopandas.GeoDataFrame,
    max_km: float,
    user: bool,
) -> dict[str, str]:
    """Return, per impact place id, the line its popup gives about its unit."""
    units = regions.to_crs(4326).reset_index(drop=True)
    names = dict(zip(units["code"], units["name"], strict=True))
    codes = assign_units(extractions, units, max_km)
    out: dict[str, str] = {}
    for ext, row in zip(extractions, codes, strict=True):
        for rp, code in zip(ext.places, row, strict=True):
            if rp.role != "impact" or rp.place.kind == "country":
                continue
            if code is not None:
                out[rp.place.id] = f"Counted in {names.get(code) or code}"
            elif user:
                out.setdefault(rp.place.id, "Outside the boundary file's units: counted in none")
    return out


def _texts(title: str, counting: str, credit: str | None) -> dict:
    """Return the page's fixed words and colours (``D.t``), text escaped."""
    return {
        "title": escape_text(title),
        "counting": escape_text(counting),
        "regionTitle": escape_text(f"{counting.capitalize()} per region"),
        "outside": (
            "outside the boundary file's units"
            if credit is not None
            else "at places outside the regions"
        ),
        "attribution": attribution_html(credit),
        "colours": {
            "regions": list(REGION_COLOURS),
            "zero": NO_CASUALTY_COLOUR,
            "outline": REGION_OUTLINE,
        },
        "legend": _legend(),
    }


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
    max_km: float = NEAREST_KM,
    boundaries_credit: str | None = None,
    fit_to_units: bool = False,
) -> folium.Map:
    """Build the layered strike map.

    Layers: two exclusive choropleths (reports, killed + wounded per unit), impact sites
    (clustered above :data:`CLUSTER_THRESHOLD`), a heat layer (hidden), launch areas and other
    mentions (hidden), with labels of the shaded units and struck places. A date range control
    appears when the reports span several dates: it filters every layer, the shading, the
    legend, the summary and the title. The legend shows a section for every layer that is on.

    Parameters
    ----------
    extractions : sequence of Extraction
        One per report; their places carry roles ``impact``, ``launch`` and ``mention``.
    regions : geopandas.GeoDataFrame
        Every unit of the boundary layer (``code``, ``name``, geometry; the per-unit
        aggregates of :func:`geo.places.boundaries.aggregate`). The page recomputes each unit's
        figures from the reports for the dates shown (over all dates they equal
        ``aggregate``'s); units that no report hits are not drawn.
    title : str
        The map's title (escaped).
    basemap : geopandas.GeoDataFrame, optional
        Admin-0/admin-1 polygons drawn in light grey beneath (and beneath any web tiles).
    tiles : str, optional
        An xyzservices provider name (``"OpenStreetMap.Mapnik"``); None draws no tiles.
    counting : str, default "reports"
        What each extraction is, for the legend and summary: ``"events"`` when they are
        events (:mod:`geo.events.on_map`).
    max_km : float
        The nearest-unit fallback radius ``aggregate`` was given (0 for a user's file: a
        place in a hole of its coverage is outside its units).
    boundaries_credit : str, optional
        The credit of a user's boundary file (:func:`boundary_credit`); the attribution then
        names it for the units and Natural Earth for the basemap only.
    fit_to_units : bool
        Fit the first view to every unit of ``regions`` (a user's file) instead of to the
        impact sites and shaded units.

    Returns
    -------
    folium.Map
        A map whose element ids are stable, so the same input renders byte-identically.

    Raises
    ------
    geo.errors.InputError
        When a GeoDataFrame lacks columns or the tile provider is unknown.
    """
    _check_regions(regions)
    tiles_layer, tile_host = tile_layer(tiles) if tiles else (None, None)
    m = _new_map(title, tile_host)
    data, units = page_data(extractions, regions, max_km=max_km)
    data["t"] = _texts(title, counting, boundaries_credit)
    data["fit"] = _unit_bounds(regions) if fit_to_units else _bounds(extractions, units)
    page = PageData(data)
    m.add_child(page)
    if tiles_layer is not None:
        m.add_child(tiles_layer)
    if basemap is not None:
        m.add_child(basemap_layer(basemap))
    by_reports = regions_layer(LAYER_IMPACT_REGIONS, "reports", show=True)
    by_casualties = regions_layer(LAYER_CASUALTY_REGIONS, "casualties", show=False)
    m.add_child(by_reports)
    m.add_child(by_casualties)
    heat = heat_layer()
    m.add_child(heat)
    report_index = {ext.report.id: i for i, ext in enumerate(extractions)}
    where = _unit_labels(extractions, regions, max_km, boundaries_credit is not None)
    points = [
        points_layer(
            group_places(extractions, role),
            role,
            name,
            show,
            report_index,
            where if role == "impact" else None,
        )
        for role, name, show in (
            ("impact", LAYER_IMPACT_SITES, True),
            ("launch", LAYER_LAUNCH_AREAS, True),
            ("mention", LAYER_OTHER_MENTIONS, False),
        )
    ]
    for layer in points:
        m.add_child(layer)
    control = StrikeLayerControl(collapsed=False)
    m.add_child(control)
    m.add_child(App(page, [by_reports, by_casualties], points, heat, control, tiles_layer))
    _stabilise_ids(m)
    return m


def _check_regions(regions: geopandas.GeoDataFrame) -> None:
    """Raise InputError when the boundary layer lacks a column the map needs."""
    missing = [c for c in ("code", "name", "geometry") if c not in regions.columns]
    if missing:
        raise InputError(
            f"regions GeoDataFrame lacks columns {missing}; it has {list(regions.columns)}"
        )


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
        When the page links an asset with no local copy (see :mod:`geo.maps.assets`).
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
    The sandbox (:data:`SANDBOX`) lets the map's links open in a new tab; the box keeps
    :data:`FRAGMENT_MIN_HEIGHT` on a narrow screen and is not split across printed pages.

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
        f"aspect-ratio:{attribute(aspect_ratio)};min-height:{FRAGMENT_MIN_HEIGHT};"
        'break-inside:avoid">'
        f'<iframe sandbox="{SANDBOX}" title="{escape_text(title)}" '
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
