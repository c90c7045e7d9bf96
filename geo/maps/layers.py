"""Layer builders of the strike map: point layers, heat, choropleths, basemap, tiles; palettes.

Records hold ``lon, lat``; :func:`latlon` is the only place that turns them into folium's
``[lat, lon]``. All text reaching a layer is escaped with :func:`geo.maps.popups.escape_text`.

The palettes are chosen to stay apart under protanopia, deuteranopia and tritanopia (checked
by simulation in ``tests/test_browser.py``): the region classes are a yellow-to-dark-red ramp
whose lightness falls class by class, the impact sites go from dark purple (the place itself)
through lavender to white (region only, dashed), launch areas are vermilion rings and other
mentions small dark grey dots; the heat layer is a light-green-to-dark-blue ramp.
"""

from __future__ import annotations

import math
import re
from array import array
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from geo.errors import InputError
from geo.maps.collect import LABELLED_KINDS
from geo.maps.popups import LazyList, escape_text, place_head_html, report_pieces
from geo.patterns import compiled
from geo.places.figures import place_casualties, place_figure
from geo.records import Extraction, Place, ResolvedPlace

if TYPE_CHECKING:
    import folium
    import geopandas

    from geo.maps.collect import MapCollector, PlaceGroup
    from geo.maps.controls import HeatLayer, PointsLayer, RegionsLayer

__all__ = [
    "CLUSTER_THRESHOLD",
    "HEAT_GRADIENT",
    "HEAT_MAX",
    "IMPACT_COLOURS",
    "LAUNCH_COLOUR",
    "LAYER_CASUALTY_REGIONS",
    "LAYER_HEAT",
    "LAYER_IMPACT_REGIONS",
    "LAYER_IMPACT_SITES",
    "LAYER_LAUNCH_AREAS",
    "LAYER_OTHER_MENTIONS",
    "MAX_ZOOM",
    "MENTION_COLOUR",
    "NO_CASUALTY_COLOUR",
    "REGION_COLOURS",
    "REGION_OUTLINE",
    "basemap_layer",
    "casualties",
    "class_breaks",
    "class_colour",
    "class_labels",
    "clustered",
    "collected_points",
    "collected_points_layer",
    "group_places",
    "heat_layer",
    "heat_weight",
    "latlon",
    "link_attribution",
    "marker_radius",
    "marker_style",
    "place_style",
    "points_layer",
    "regions_layer",
    "shaded_regions",
    "tile_layer",
]

LAYER_IMPACT_REGIONS = "Impact regions"
LAYER_CASUALTY_REGIONS = "Impact regions: killed + wounded"
LAYER_IMPACT_SITES = "Impact sites"
LAYER_HEAT = "Heat of impact sites"
LAYER_LAUNCH_AREAS = "Launch areas"
LAYER_OTHER_MENTIONS = "Other mentions"
CLUSTER_THRESHOLD = 200

REGION_COLUMNS = ("code", "name", "country", "reports", "impact_sites", "killed", "wounded")
# Yellow -> dark red, lightness falling class by class (ColorBrewer YlOrRd 9, five of them).
REGION_COLOURS = ("#ffffcc", "#fed976", "#fd8d3c", "#e31a1c", "#800026")
REGION_OUTLINE = "#7a3b00"
NO_CASUALTY_COLOUR = "#bdbdbd"
# Impact markers by precision (1 exact, 2 near, 3 region only): dark to light, apart from the
# regions' warm fills and from each other under every common colour-vision deficiency.
IMPACT_COLOURS = {1: "#440154", 2: "#9e9ac8", 3: "#ffffff"}
LAUNCH_COLOUR = "#d55e00"  # drawn as a ring: a white disc with a thick vermilion edge
MENTION_COLOUR = "#525252"
# The heat ramp (leaflet-heat gradient stops) and the weight at which it saturates.
HEAT_GRADIENT = {"0.25": "#a1dab4", "0.5": "#41b6c4", "0.75": "#2c7fb8", "1.0": "#253494"}
HEAT_MAX = 4.0
MAX_ZOOM = 18

Entries = list[tuple[Extraction, ResolvedPlace]]
PlaceEntries = tuple[Place, Entries]


def latlon(lon: float, lat: float) -> list[float]:
    """Return folium's ``[lat, lon]`` for a record's ``lon, lat`` (the one place this happens)."""
    return [float(lat), float(lon)]


# ---------------------------------------------------------------- points


def group_places(extractions: Sequence[Extraction], role: str) -> list[PlaceEntries]:
    """Group the located places of one role by place id, in first-seen order.

    Parameters
    ----------
    extractions : sequence of Extraction
        The reports.
    role : str
        ``"impact"``, ``"launch"`` or ``"mention"``.

    Returns
    -------
    list of (Place, list of (Extraction, ResolvedPlace))
        One entry per place with coordinates.
    """
    groups: dict[str, PlaceEntries] = {}
    for ext in extractions:
        for rp in ext.places:
            if rp.role != role or rp.place.lat is None or rp.place.lon is None:
                continue
            groups.setdefault(rp.place.id, (rp.place, []))[1].append((ext, rp))
    return list(groups.values())


def casualties(entries: Sequence[tuple[Extraction, ResolvedPlace]]) -> int:
    """Sum the place's own killed and wounded over the distinct reports naming it.

    Only the figures each report's text ties to this place count
    (:attr:`~geo.records.ResolvedPlace.facts`), never the report's totals; figures not stated
    count as 0.
    """
    per_report: dict[str, int] = {}
    for ext, rp in entries:
        rid = ext.report.id
        per_report[rid] = max(per_report.get(rid, 0), place_casualties(rp))
    return sum(per_report.values())


def marker_radius(count: int) -> float:
    """Return an impact marker's radius in CSS pixels for ``count`` killed + wounded.

    Examples
    --------
    >>> marker_radius(0), marker_radius(3), marker_radius(10_000)
    (6.0, 10.0, 14.0)
    """
    return round(6 + min(8.0, 2 * math.log2(1 + count)), 1)


def marker_style(role: str, entries: Sequence[tuple[Extraction, ResolvedPlace]]) -> dict:
    """Return ``radius``, ``fill_color``, ``dash_array``, ``color``, ``weight`` and
    ``fill_opacity`` of a place's marker.

    Impact sites are coloured by their best precision and sized by the killed + wounded the
    reports tie to the place itself (:func:`casualties`), the smallest size when none is
    stated; launch areas are vermilion rings and other mentions small grey dots.
    """
    if role == "impact":
        precision = min(rp.precision for _, rp in entries)
        return place_style(role, precision, casualties(entries))
    return place_style(role, 0, 0)


def place_style(role: str, precision: int, count: int) -> dict:
    """Return :func:`marker_style` of a place of ``role`` whose best precision is
    ``precision`` and whose own killed + wounded are ``count`` (both used for impacts only)."""
    if role == "impact":
        return {
            "radius": marker_radius(count),
            "fill_color": IMPACT_COLOURS.get(precision, IMPACT_COLOURS[3]),
            "dash_array": "3 3" if precision >= 3 else None,
            "color": "#222222",
            "weight": 1,
            "fill_opacity": 0.9,
        }
    if role == "launch":
        return {
            "radius": 6,
            "fill_color": "#ffffff",
            "dash_array": None,
            "color": LAUNCH_COLOUR,
            "weight": 3,
            "fill_opacity": 0.85,
        }
    return {
        "radius": 4,
        "fill_color": MENTION_COLOUR,
        "dash_array": None,
        "color": "#222222",
        "weight": 1,
        "fill_opacity": 0.85,
    }


def _impact_count(ext: Extraction) -> int:
    """How many located impact places the report names (its heat is shared among them)."""
    return sum(1 for rp in ext.impacts if rp.place.lat is not None and rp.place.lon is not None)


def heat_weight(entries: Sequence[tuple[Extraction, ResolvedPlace]]) -> float:
    """Return an impact site's weight in the heat layer.

    Each report gives its located impact places one unit of weight between them (a report
    listing ten districts weighs as much as a report of one strike), and the killed + wounded
    at the place add ``log2(1 + killed + wounded)``.

    Examples
    --------
    A site named alone by one report with no casualty stated weighs 1.
    """
    shares: dict[str, float] = {}
    for ext, _ in entries:
        shares[ext.report.id] = 1 / max(_impact_count(ext), 1)
    return round(sum(shares.values()) + math.log2(1 + casualties(entries)), 3)


def _entry(
    ext: Extraction,
    rp: ResolvedPlace,
    report_index: dict[str, int],
    piece: Callable[[str], int],
    heat: bool,
) -> list:
    """``[report index, killed, wounded, heat share, piece indexes]`` of one report's mention."""
    share = round(1 / max(_impact_count(ext), 1), 4) if heat else 0
    pieces = [piece(p) for p in report_pieces(ext, rp) if p]
    return [
        report_index[ext.report.id],
        place_figure(rp, "killed"),
        place_figure(rp, "wounded"),
        share,
        pieces,
    ]


def points_layer(
    groups: list[PlaceEntries],
    role: str,
    name: str,
    show: bool,
    report_index: dict[str, int],
    units: dict[str, str] | None = None,
) -> PointsLayer:
    """Return one role's markers as a canvas layer, clustered above the threshold.

    Parameters
    ----------
    groups : list of (Place, entries)
        From :func:`group_places`.
    role : str
        ``"impact"``, ``"launch"`` or ``"mention"``.
    name : str
        The layer's name in the layer control.
    show : bool
        Whether the layer is on at load.
    report_index : dict
        Report id to its row in the page's report table.
    units : dict, optional
        Place id to the (plain) label of the unit it was counted in, for impact popups.
    """
    from geo.maps.controls import PointsLayer

    styles: dict[tuple, int] = {}
    pieces: dict[str, int] = {}
    names: dict[str, int] = {}
    rows = []

    def piece(text: str) -> int:
        return pieces.setdefault(text, len(pieces))

    for place, entries in groups:
        style = marker_style(role, entries)
        key = (
            style["fill_color"],
            style["dash_array"],
            style["color"],
            style["weight"],
            style["fill_opacity"],
            style["radius"] if role != "impact" else None,  # impact sizes: from the entries
        )
        unit = (units or {}).get(place.id) if role == "impact" else None
        rows.append(
            [
                round(float(place.lat), 5),
                round(float(place.lon), 5),
                styles.setdefault(key, len(styles)),
                names.setdefault(escape_text(place.name), len(names)),
                piece(place_head_html(place, unit)),
                int(place.population or 0),
                int(place.kind in LABELLED_KINDS),
                [_entry(e, rp, report_index, piece, role == "impact") for e, rp in entries],
            ]
        )
    return PointsLayer(
        escape_text(name),
        rows,
        [list(k) for k in styles],
        list(pieces),
        list(names),
        role=role,
        cluster=role == "impact" and len(rows) > CLUSTER_THRESHOLD,
        show=show,
    )


def _style_key(role: str, style: dict) -> tuple:
    """The style a layer's table holds: an impact site's radius comes from its figures."""
    return (
        style["fill_color"],
        style["dash_array"],
        style["color"],
        style["weight"],
        style["fill_opacity"],
        style["radius"] if role != "impact" else None,
    )


def collected_points_layer(
    collector: MapCollector,
    role: str,
    name: str,
    show: bool,
    units: dict[str, str] | None = None,
) -> PointsLayer:
    """Return :func:`points_layer` of one role's places gathered by a collector.

    Parameters
    ----------
    collector : MapCollector
        The reports (:class:`geo.maps.collect.MapCollector`).
    role, name, show
        As for :func:`points_layer`.
    units : dict, optional
        Place id to the label of the unit it was counted in, for impact popups.
    """
    from geo.maps.controls import PointsLayer

    value, count = collected_points(collector, role, units)
    return PointsLayer(
        escape_text(name),
        value["p"],
        value["s"],
        value["f"],
        value["t"],
        role=role,
        cluster=clustered(role, count),
        show=show,
        count=count,
    )


def clustered(role: str, count: int) -> bool:
    """Whether a point layer's markers are clustered: impact sites above the threshold."""
    return role == "impact" and count > CLUSTER_THRESHOLD


def collected_points(
    collector: MapCollector, role: str, units: dict[str, str] | None = None
) -> tuple[dict, int]:
    """Return the data of one role's point layer (``p``, ``s``, ``f``, ``t``) and its size.

    The popup pieces are numbered in the order :func:`points_layer` numbers them (place by
    place: its head, then its reports' pieces); the points and pieces are
    :class:`~geo.maps.popups.LazyList` arrays, written with the page, not held as lists.

    Parameters
    ----------
    collector : MapCollector
        The reports (:class:`geo.maps.collect.MapCollector`).
    role : str
        ``"impact"``, ``"launch"`` or ``"mention"``.
    units : dict, optional
        Place id to the label of the unit it was counted in, for impact popups.

    Returns
    -------
    dict
        The layer's data, as :class:`~geo.maps.controls.PointsLayer` writes it.
    int
        How many places it draws.
    """
    layer = collector.layers[role]
    groups = list(layer.groups.values())
    styles: dict[tuple, int] = {}
    names: dict[str, int] = {}
    final = array("q", [-1]) * len(layer.pieces)
    order = array("q")

    def number(pid: int) -> int:
        while pid >= len(final):
            final.append(-1)
        if final[pid] < 0:
            final[pid] = len(order)
            order.append(pid)
        return final[pid]

    plan = []
    for group in groups:
        place = group.place
        count = group.casualties(collector.ids) if role == "impact" else 0
        style = _style_key(role, place_style(role, group.precision, count))
        unit = (units or {}).get(place.id) if role == "impact" else None
        head = number(layer.piece(place_head_html(place, unit)))
        for *_, members in group.entries.records():
            for pid in members:
                number(pid)
        plan.append(
            (
                styles.setdefault(style, len(styles)),
                names.setdefault(escape_text(place.name), len(names)),
                head,
            )
        )
    index = collector.report_index()
    heat = role == "impact"

    def _entries(group: PlaceGroup):
        for i, k, w, members in group.entries.records():
            share = collector.heat_share(i) if heat else 0
            yield [index[i], k, w, share, [final[p] for p in members]]

    def rows():
        for group, (style, label, head) in zip(groups, plan, strict=True):
            place = group.place
            entries = LazyList(lambda group=group: _entries(group))
            yield [
                round(float(place.lat), 5),
                round(float(place.lon), 5),
                style,
                label,
                head,
                int(place.population or 0),
                int(place.kind in LABELLED_KINDS),
                entries,
            ]

    def pieces():
        texts = list(layer.pieces)
        return (texts[pid] for pid in order)

    value = {"p": LazyList(rows), "s": [list(k) for k in styles], "f": LazyList(pieces)}
    value["t"] = list(names)
    return value, len(groups)


def heat_layer() -> HeatLayer:
    """Return the (hidden) heat layer; the page fills it from the impact sites in range."""
    from geo.maps.controls import HeatLayer

    return HeatLayer(
        escape_text(LAYER_HEAT),
        {"radius": 18, "blur": 15, "minOpacity": 0.05, "max": HEAT_MAX, "gradient": HEAT_GRADIENT},
        show=False,
    )


# ---------------------------------------------------------------- regions


def _check_columns(frame: geopandas.GeoDataFrame, columns: Sequence[str], what: str) -> None:
    """Raise InputError listing every missing column of ``frame`` at once."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(
            f"{what} GeoDataFrame lacks columns {missing}; it has {list(frame.columns)}"
        )


def class_breaks(maximum: int) -> list[int]:
    """Return up to five lower bounds of classes covering ``1..maximum``.

    Parameters
    ----------
    maximum : int
        The largest value shaded.

    Returns
    -------
    list of int
        Ascending lower bounds; one per value when ``maximum`` <= 5, else equal intervals.
    """
    if maximum <= len(REGION_COLOURS):
        return list(range(1, max(maximum, 1) + 1))
    step = maximum / len(REGION_COLOURS)
    return sorted({1 + math.floor(i * step) for i in range(len(REGION_COLOURS))})


def class_colour(value: int, breaks: Sequence[int]) -> str:
    """Return the colour of the class ``value`` falls in, spreading few classes over the scale.

    Parameters
    ----------
    value : int
        The shaded value (>= 1).
    breaks : sequence of int
        Lower bounds from :func:`class_breaks`.

    Returns
    -------
    str
        A hex colour of :data:`REGION_COLOURS`.
    """
    index = max((i for i, low in enumerate(breaks) if value >= low), default=0)
    last = len(REGION_COLOURS) - 1
    if len(breaks) <= 1:
        return REGION_COLOURS[last // 2]
    return REGION_COLOURS[round(index * last / (len(breaks) - 1))]


def class_labels(breaks: Sequence[int], maximum: int) -> list[tuple[str, str]]:
    """Return ``(colour, label)`` for each class of a choropleth (``"3–5"``)."""
    out = []
    for i, low in enumerate(breaks):
        high = breaks[i + 1] - 1 if i + 1 < len(breaks) else maximum
        out.append((class_colour(low, breaks), f"{low}" if low == high else f"{low}–{high}"))
    return out


def shaded_regions(regions: geopandas.GeoDataFrame) -> geopandas.GeoDataFrame:
    """Return the regions with reports, only the columns the map shows, text escaped.

    Parameters
    ----------
    regions : geopandas.GeoDataFrame
        Per-unit aggregates with :data:`REGION_COLUMNS` and a geometry.

    Returns
    -------
    geopandas.GeoDataFrame
        EPSG:4326; ``code, name, reports, impact_sites, killed, wounded, casualties,
        geometry``.
    """
    _check_columns(regions, (*REGION_COLUMNS, "geometry"), "regions")
    frame = regions.loc[regions["reports"].fillna(0) > 0].to_crs(4326)
    frame = frame[["code", "name", "reports", "impact_sites", "killed", "wounded", "geometry"]]
    frame = frame.copy()
    for column in ("code", "name"):
        frame[column] = frame[column].map(escape_text)
    for column in ("reports", "impact_sites", "killed", "wounded"):
        frame[column] = frame[column].fillna(0).astype(int)
    frame["casualties"] = frame["killed"] + frame["wounded"]
    return frame.reset_index(drop=True)


def regions_layer(name: str, metric: str, show: bool) -> RegionsLayer:
    """Return a choropleth of ``metric`` (``"reports"`` or ``"casualties"``) per unit.

    The outlines and figures come from the page's data (:mod:`geo.maps.mapdata`); the page shades
    them for the selected dates.
    """
    from geo.maps.controls import RegionsLayer

    return RegionsLayer(escape_text(name), metric, show=show)


def basemap_layer(basemap: geopandas.GeoDataFrame) -> folium.GeoJson:
    """Return the light grey admin-0/admin-1 basemap, drawn beneath any web tiles."""
    import folium

    _check_columns(basemap, ("geometry",), "basemap")
    frame = basemap[["geometry"]].to_crs(4326).reset_index(drop=True)
    style = {"fillColor": "#f4f4f2", "fillOpacity": 1.0, "color": "#a8a8a8", "weight": 0.7}
    return folium.GeoJson(
        frame,
        name="Basemap",
        control=False,
        style_function=lambda _feature: style,
        interactive=False,
        pane="basemap",
    )


_ANCHOR = compiled(r"<a\b(?![^>]*\btarget=)", re.I)


def link_attribution(html: str) -> str:
    """Make every link of a (trusted) attribution open in a new tab, without referrer.

    Examples
    --------
    >>> link_attribution('<a href="https://x.org/">X</a>')
    '<a target="_blank" rel="noopener noreferrer" href="https://x.org/">X</a>'
    """
    return _ANCHOR.sub('<a target="_blank" rel="noopener noreferrer"', html)


def tile_layer(tiles: str) -> tuple[folium.TileLayer, str]:
    """Return a TileLayer for an xyzservices provider name and its CSP image host."""
    import folium
    import xyzservices

    try:
        provider = xyzservices.providers.query_name(tiles)
    except ValueError as exc:
        raise InputError(
            f"unknown tile provider {tiles!r}; use an xyzservices name like 'OpenStreetMap.Mapnik'"
        ) from exc
    if provider.requires_token():
        raise InputError(
            f"tile provider {tiles!r} needs an API key; pick one that does not, "
            "like 'OpenStreetMap.Mapnik' or 'OpenTopoMap'"
        )
    url = provider.build_url()
    parts = urlsplit(url)
    host = parts.netloc
    if "{" in host:  # an unfilled subdomain placeholder: allow every subdomain
        host = "*." + host.rsplit("}", 1)[1].lstrip(".")
    layer = folium.TileLayer(
        tiles=url,
        attr=link_attribution(provider.html_attribution),
        name=escape_text(provider.name),
        max_zoom=min(int(provider.get("max_zoom", MAX_ZOOM)), MAX_ZOOM),
        control=False,
    )
    return layer, f"{parts.scheme}://{host}"
