"""The map page without folium: attribution, legend, fixed words, view, and its fast writer.

Everything here is plain text and numbers: :mod:`geo.maps.render` puts it into a folium map,
and :func:`write_page` writes the same page without folium for ``strikemap map`` (see
:mod:`geo.maps.skeleton`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from geo.maps.collect import MapCollector
from geo.maps.layers import (
    HEAT_GRADIENT,
    HEAT_MAX,
    IMPACT_COLOURS,
    LAUNCH_COLOUR,
    LAYER_HEAT,
    LAYER_IMPACT_SITES,
    LAYER_LAUNCH_AREAS,
    LAYER_OTHER_MENTIONS,
    MENTION_COLOUR,
    NO_CASUALTY_COLOUR,
    REGION_COLOURS,
    REGION_OUTLINE,
    collected_points,
    latlon,
    marker_radius,
)
from geo.maps.mapdata import Unit, page_values, shaded_units
from geo.maps.popups import LINK_ATTRIBUTES, PRECISION_LABELS, escape_text
from geo.maps.units import UnitLayer
from geo.places.figures import CASUALTY_KEYS, placed_count, report_count
from geo.records import Extraction

if TYPE_CHECKING:
    import geopandas

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
    import pyogrio

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


def _bounds(collector: MapCollector, units: Sequence[Unit]):
    """Return ``[[south, west], [north, east]]`` of impact places and shaded units, or None."""
    west, south, east, north = collector.bounds
    for unit in units:
        w, s, e, n = unit.geometry.bounds
        west = w if west is None else min(west, w)
        east = e if east is None else max(east, e)
        south = s if south is None else min(south, s)
        north = n if north is None else max(north, n)
    if west is None or south is None:
        return None
    return [latlon(west, south), latlon(east, north)]


def _unit_bounds(layer: UnitLayer):
    """Return the bounds of every unit of the layer (a user's file: its coverage), or None."""
    if not len(layer):
        return None
    west, south, east, north = layer.total_bounds()
    return [latlon(west, south), latlon(east, north)]


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


#: The point layers: role, name in the layer control, shown at load.
POINT_LAYERS = (
    ("impact", LAYER_IMPACT_SITES, True),
    ("launch", LAYER_LAUNCH_AREAS, True),
    ("mention", LAYER_OTHER_MENTIONS, False),
)


def page_value(
    collector: MapCollector,
    *,
    title: str,
    counting: str,
    boundaries_credit: str | None,
    fit_to_units: bool,
) -> dict:
    """The page's data (:func:`geo.maps.mapdata.page_values`), its words and first view."""
    units = shaded_units(collector)
    data = page_values(collector, units)
    data["t"] = _texts(title, counting, boundaries_credit)
    data["fit"] = _unit_bounds(collector.layer) if fit_to_units else _bounds(collector, units)
    return data


def points_values(collector: MapCollector, boundaries_credit: str | None) -> list[tuple[dict, int]]:
    """Each point layer's data and size (:func:`geo.maps.layers.collected_points`)."""
    where = collector.unit_labels(boundaries_credit is not None)
    return [
        collected_points(collector, role, where if role == "impact" else None)
        for role, _, _ in POINT_LAYERS
    ]


def page_and_points(
    collector: MapCollector,
    *,
    title: str,
    counting: str,
    boundaries_credit: str | None,
    fit_to_units: bool,
) -> tuple[dict, list[tuple[dict, int]]]:
    """The page's data (:func:`page_value`) and its point layers (:func:`points_values`)."""
    data = page_value(
        collector,
        title=title,
        counting=counting,
        boundaries_credit=boundaries_credit,
        fit_to_units=fit_to_units,
    )
    return data, points_values(collector, boundaries_credit)


def write_page(
    collector: MapCollector,
    path: str | os.PathLike[str],
    *,
    title: str,
    counting: str = "reports",
    boundaries_credit: str | None = None,
    fit_to_units: bool = False,
    fragment: bool = False,
) -> None:
    """Write the map of :func:`geo.maps.render.map_of` with the embedded basemap and no
    web tiles, without folium: the same bytes, from :mod:`geo.maps.skeleton`'s page.

    Parameters
    ----------
    collector : MapCollector
        The reports.
    path : str or path-like
        The HTML file (written atomically, piece by piece).
    title, counting, boundaries_credit, fit_to_units
        As for :func:`geo.maps.render.build_map`.
    fragment : bool
        Write the embeddable fragment (:func:`geo.maps.render.render_fragment`).
    """
    from geo.maps import skeleton
    from geo.output.atomic import atomic_open

    data, points = page_and_points(
        collector,
        title=title,
        counting=counting,
        boundaries_credit=boundaries_credit,
        fit_to_units=fit_to_units,
    )
    blobs = {skeleton.DATA: data}
    blobs.update((t, v) for t, (v, _) in zip(skeleton.POINTS, points, strict=True))
    chunks = skeleton.page(title, points[0][1], blobs, fragment=fragment, fragment_title=title)
    first = next(chunks)  # the page rendered (and its assets found) before the file opens
    with atomic_open(path) as fh:
        fh.write(first)
        for chunk in chunks:
            fh.write(chunk)
