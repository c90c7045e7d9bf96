"""The folium map: layers, legend, title, summary; deterministic, self-contained HTML.

:func:`build_map` collects the reports (:mod:`geo.maps.collect`) and :func:`map_of` assembles
the layers of :mod:`geo.maps.layers` and the boxes of :mod:`geo.maps.controls`;
:func:`render_html` inlines every script and style (:mod:`geo.maps.assets`) and writes the
page's data in pieces (:func:`page_chunks`; :func:`write_html` streams them to the file);
:func:`render_fragment` wraps the page in a sandboxed iframe for pasting into a report. Every
piece of untrusted text goes through :func:`escape_text` (in :mod:`geo.maps.popups`).
``strikemap map`` writes the same page without folium (:mod:`geo.maps.skeleton`).
"""

from __future__ import annotations

import html
import json
import os
from collections.abc import Iterator, Sequence

import folium
import geopandas
from branca.element import Element, Figure

from geo.errors import InputError
from geo.maps import assets
from geo.maps.collect import MapCollector
from geo.maps.controls import App, PageData, PageScript, PointsLayer, StrikeLayerControl
from geo.maps.embed import FRAGMENT_MIN_HEIGHT, SANDBOX, fragment_head
from geo.maps.layers import (
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
    basemap_layer,
    casualties,
    class_breaks,
    class_colour,
    class_labels,
    clustered,
    group_places,
    heat_layer,
    latlon,
    marker_style,
    regions_layer,
    shaded_regions,
    tile_layer,
)
from geo.maps.mapdata import collect
from geo.maps.mapscript import page_css
from geo.maps.page import (
    ATTRIBUTION,
    ATTRIBUTION_TEXT,
    CSP_BASE,
    DEFAULT_CENTRE,
    POINT_LAYERS,
    attribution_html,
    attribution_text,
    boundary_credit,
    casualty_split,
    content_security_policy,
    page_and_points,
    summarise,
)
from geo.maps.popups import PRECISION_LABELS, attribute, escape_text, highlight_sentence, page_parts
from geo.maps.units import NEAREST_KM
from geo.output.atomic import atomic_open
from geo.records import Extraction

__all__ = [
    "ATTRIBUTION",
    "ATTRIBUTION_TEXT",
    "CLUSTER_THRESHOLD",
    "CSP_BASE",
    "DEFAULT_CENTRE",
    "FRAGMENT_MIN_HEIGHT",
    "IMPACT_COLOURS",
    "LAUNCH_COLOUR",
    "LAYER_CASUALTY_REGIONS",
    "LAYER_HEAT",
    "LAYER_IMPACT_REGIONS",
    "LAYER_IMPACT_SITES",
    "LAYER_LAUNCH_AREAS",
    "LAYER_OTHER_MENTIONS",
    "PRECISION_LABELS",
    "SANDBOX",
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
    collector = collect(extractions, regions, max_km)
    return map_of(
        collector,
        title=title,
        basemap=basemap,
        tiles=tiles,
        counting=counting,
        boundaries_credit=boundaries_credit,
        fit_to_units=fit_to_units,
    )


def map_of(
    collector: MapCollector,
    *,
    title: str,
    basemap: geopandas.GeoDataFrame | None = None,
    tiles: str | None = None,
    counting: str = "reports",
    boundaries_credit: str | None = None,
    fit_to_units: bool = False,
) -> folium.Map:
    """Build the map of :func:`build_map` from reports already collected.

    Parameters
    ----------
    collector : MapCollector
        The reports (:class:`geo.maps.collect.MapCollector`), with the boundary layer and
        nearest-unit radius they were counted with.
    title, basemap, tiles, counting, boundaries_credit, fit_to_units
        As for :func:`build_map`.

    Returns
    -------
    folium.Map
        Its page data is written when the page is rendered (:func:`render_html`,
        :func:`write_html`).
    """
    data, points = page_and_points(
        collector,
        title=title,
        counting=counting,
        boundaries_credit=boundaries_credit,
        fit_to_units=fit_to_units,
    )
    base = basemap_layer(basemap) if basemap is not None else None
    return _assemble(title, tiles, base, data, points)


def _assemble(
    title: str,
    tiles: str | None,
    basemap: folium.GeoJson | None,
    data: dict | str,
    points: Sequence[tuple[dict | str, int]],
) -> folium.Map:
    """The map's element tree: page data, tiles, basemap, layers, control and app.

    ``data`` and each point layer's value may be a token (str) standing for the data, for
    :mod:`geo.maps.skeleton`'s pre-rendered pages.
    """
    tiles_layer, tile_host = tile_layer(tiles) if tiles else (None, None)
    m = _new_map(title, tile_host)
    page = PageData({} if isinstance(data, str) else data)
    if isinstance(data, str):
        page.data = data
    m.add_child(page)
    if tiles_layer is not None:
        m.add_child(tiles_layer)
    if basemap is not None:
        m.add_child(basemap)
    by_reports = regions_layer(LAYER_IMPACT_REGIONS, "reports", show=True)
    by_casualties = regions_layer(LAYER_CASUALTY_REGIONS, "casualties", show=False)
    m.add_child(by_reports)
    m.add_child(by_casualties)
    heat = heat_layer()
    m.add_child(heat)
    layers = []
    for (role, name, show), (value, count) in zip(POINT_LAYERS, points, strict=True):
        parts = ([], [], [], []) if isinstance(value, str) else tuple(value[k] for k in "psft")
        layer = PointsLayer(
            escape_text(name),
            *parts,
            role=role,
            cluster=clustered(role, count),
            show=show,
            count=count,
        )
        if isinstance(value, str):
            layer.data = value
        layers.append(layer)
        m.add_child(layer)
    control = StrikeLayerControl(collapsed=False)
    m.add_child(control)
    m.add_child(App(page, [by_reports, by_casualties], layers, heat, control, tiles_layer))
    _stabilise_ids(m)
    return m


def skeleton_page(variant: str) -> str:
    """Render the page of :func:`map_of` with tokens for the title and every data blob.

    The page of ``strikemap map`` without web tiles, with the embedded basemap; ``variant``
    (:data:`geo.maps.skeleton.VARIANTS`) says whether impact sites are clustered, and in
    chunks. :mod:`geo.maps.skeleton` holds these pages, so that the command writes them
    without importing folium; ``tests/test_map_stream.py`` checks they are current.
    """
    from geo.maps import skeleton

    count = skeleton.VARIANT_COUNTS[variant]
    base = _basemap_placeholder()
    points = [
        (token, count if role == "impact" else 0)
        for (role, _, _), token in zip(POINT_LAYERS, skeleton.POINTS, strict=True)
    ]
    m = _assemble(skeleton.TITLE, None, base, skeleton.DATA, points)
    for element in m._children.values():
        if isinstance(element, PageScript):  # the styles and script: put in when written
            element.css, element.js = skeleton.CSS, skeleton.SCRIPT
    page = m.get_root().render()
    placeholder = json.dumps(base.data, sort_keys=True)
    if page.count(placeholder) != 1:
        raise RuntimeError("the basemap placeholder is not in the rendered page once")
    return page.replace(placeholder, skeleton.BASEMAP)


def _basemap_placeholder() -> folium.GeoJson:
    """The basemap layer of one tiny feature, its data to be replaced by a token."""
    import shapely

    frame = geopandas.GeoDataFrame(geometry=[shapely.Point(0, 0)], crs="EPSG:4326")
    layer = basemap_layer(frame)
    layer.data["sm-basemap"] = "placeholder"
    return layer


def _check_regions(regions: geopandas.GeoDataFrame) -> None:
    """Raise InputError when the boundary layer lacks a column the map needs."""
    missing = [c for c in ("code", "name", "geometry") if c not in regions.columns]
    if missing:
        raise InputError(
            f"regions GeoDataFrame lacks columns {missing}; it has {list(regions.columns)}"
        )


def page_chunks(m: folium.Map) -> Iterator[str]:
    """Yield the self-contained page of a map in pieces (their join is :func:`render_html`).

    The page is rendered with a token in place of each data blob, its assets inlined, and
    each blob's JSON written in the token's place as it is made.

    Raises
    ------
    geo.errors.DataError
        When the page links an asset with no local copy (see :mod:`geo.maps.assets`).
    """
    root = m.get_root()
    if not isinstance(root, Figure):
        raise TypeError(f"map root is {type(root).__name__}, expected a branca Figure")
    return page_parts(assets.inline_assets(root.render()))


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
    return "".join(page_chunks(m))


def fragment_chunks(
    m: folium.Map, *, title: str = "Map", aspect_ratio: str = "16 / 9"
) -> Iterator[str]:
    """Yield :func:`render_fragment`'s text in pieces."""
    parts = page_chunks(m)
    yield fragment_head(title, aspect_ratio)
    for part in parts:
        yield html.escape(part, quote=True)
    yield '"></iframe></div>\n'


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
    return "".join(fragment_chunks(m, title=title, aspect_ratio=aspect_ratio))


def write_html(
    m: folium.Map, path: str | os.PathLike[str], *, fragment: bool = False, title: str = "Map"
) -> None:
    """Render ``m``, inline its assets and write it atomically as UTF-8.

    The page is written piece by piece (:func:`page_chunks`): its data is never held as
    one string.

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
    parts = fragment_chunks(m, title=title) if fragment else page_chunks(m)
    first = next(parts)  # render (and fail) before the output file is opened
    with atomic_open(path) as fh:
        fh.write(first)
        for part in parts:
            fh.write(part)
