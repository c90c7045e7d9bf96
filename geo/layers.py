"""Layer builders of the strike map: point layers, heat, choropleths, basemap, tiles.

Records hold ``lon, lat``; :func:`latlon` is the only place that turns them into folium's
``[lat, lon]``. All text reaching a layer is escaped with :func:`geo.popups.escape_text`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from urllib.parse import urlsplit

import folium
import geopandas
import xyzservices
from folium.plugins import HeatMap

from geo import assets
from geo.controls import PointsLayer
from geo.errors import InputError
from geo.figures import place_casualties
from geo.popups import escape_text, popup_pieces, tooltip_html
from geo.records import Extraction, Place, ResolvedPlace

__all__ = [
    "CLUSTER_THRESHOLD",
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
    "basemap_layer",
    "casualties",
    "class_breaks",
    "class_colour",
    "class_labels",
    "group_places",
    "heat_layer",
    "heat_weight",
    "latlon",
    "marker_style",
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
# Yellow -> red sequential scale (ColorBrewer YlOrRd, 5 classes).
REGION_COLOURS = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
NO_CASUALTY_COLOUR = "#e6e6e6"
# Impact markers by precision (1 exact, 2 near, 3 region only): RdPu, apart from the regions.
IMPACT_COLOURS = {1: "#49006a", 2: "#ae017e", 3: "#f768a1"}
LAUNCH_COLOUR = "#08519c"
MENTION_COLOUR = "#636363"
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


def marker_style(role: str, entries: Sequence[tuple[Extraction, ResolvedPlace]]) -> dict:
    """Return ``radius``, ``fill_color`` and ``dash_array`` of a place's marker.

    Impact sites are coloured by their best precision and sized by the killed + wounded the
    reports tie to the place itself (:func:`casualties`), the smallest size when none is
    stated; launch areas and other mentions have one colour and size each.
    """
    if role == "impact":
        precision = min(rp.precision for _, rp in entries)
        radius = 6 + min(8.0, 2 * math.log2(1 + casualties(entries)))
        colour = IMPACT_COLOURS.get(precision, IMPACT_COLOURS[3])
        dash = "3 3" if precision >= 3 else None
        return {"radius": round(radius, 1), "fill_color": colour, "dash_array": dash}
    colour = LAUNCH_COLOUR if role == "launch" else MENTION_COLOUR
    return {"radius": 6 if role == "launch" else 4, "fill_color": colour, "dash_array": None}


def _date_indexes(entries: Entries, dates: dict[str, int]) -> list[int]:
    """Return the sorted indexes of the report dates of a place's entries."""
    return sorted({dates[e.report.date] for e, _ in entries if e.report.date in dates})


def points_layer(
    groups: list[PlaceEntries], role: str, name: str, show: bool, dates: dict[str, int]
) -> PointsLayer:
    """Return one role's markers as a canvas layer, clustered above the threshold."""
    styles: dict[tuple[str, str | None], int] = {}
    pieces: dict[str, int] = {}
    popups: list[list[int]] = []
    tips: dict[str, int] = {}
    rows = []
    for place, entries in groups:
        style = marker_style(role, entries)
        key = (style["fill_color"], style["dash_array"])
        popups.append(
            [
                pieces.setdefault(piece, len(pieces))
                for piece in popup_pieces(place, entries)
                if piece
            ]
        )
        tip = tooltip_html(place, role, len(entries))
        rows.append(
            [
                round(float(place.lat), 5),
                round(float(place.lon), 5),
                style["radius"],
                styles.setdefault(key, len(styles)),
                len(popups) - 1,
                tips.setdefault(tip, len(tips)),
                _date_indexes(entries, dates),
                heat_weight(entries) if role == "impact" else 0,
            ]
        )
    return PointsLayer(
        escape_text(name),
        rows,
        [list(k) for k in styles],
        popups,
        list(pieces),
        list(tips),
        cluster=role == "impact" and len(rows) > CLUSTER_THRESHOLD,
        show=show,
    )


def heat_weight(entries: Sequence[tuple[Extraction, ResolvedPlace]]) -> float:
    """Return an impact site's weight in the heat layer: 1 + log2(1 + killed + wounded)."""
    return round(1 + math.log2(1 + casualties(entries)), 2)


def heat_layer(groups: list[PlaceEntries]) -> HeatMap:
    """Return the (hidden) heat layer of impact sites, weighted by :func:`heat_weight`."""
    rows = [
        [round(float(place.lat), 5), round(float(place.lon), 5), heat_weight(entries)]
        for place, entries in groups
    ]
    heat = HeatMap(
        rows or [[0.0, 0.0, 0.0]],
        name=escape_text(LAYER_HEAT),
        show=False,
        radius=18,
        blur=14,
        min_opacity=0.35,
    )
    heat.default_js = [("leaflet-heat.js", assets.HEAT_JS)]
    return heat


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


def _region_style(feature: dict) -> dict:
    """Style one choropleth feature from its precomputed ``fill`` property."""
    return {
        "fillColor": feature["properties"]["fill"],
        "fillOpacity": 0.75,
        "color": "#7a3b00",
        "weight": 0.8,
    }


def regions_layer(
    frame: geopandas.GeoDataFrame, column: str, breaks: Sequence[int], name: str, show: bool
) -> folium.GeoJson:
    """Return a choropleth of ``column`` per unit with an escaped tooltip."""
    frame = frame.copy()
    frame["fill"] = [
        class_colour(v, breaks) if v > 0 else NO_CASUALTY_COLOUR for v in frame[column]
    ]
    frame = frame.drop(columns=["code"])
    tooltip = folium.GeoJsonTooltip(
        fields=["name", "reports", "impact_sites", "killed", "wounded"],
        aliases=["Region", "Reports", "Impact sites", "Killed", "Wounded"],
        sticky=True,
    )
    return folium.GeoJson(
        frame,
        name=escape_text(name),
        show=show,
        style_function=_region_style,
        highlight_function=lambda _feature: {"weight": 2.5, "color": "#333333"},
        tooltip=tooltip,
    )


def basemap_layer(basemap: geopandas.GeoDataFrame, filled: bool) -> folium.GeoJson:
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


def tile_layer(tiles: str) -> tuple[folium.TileLayer, str]:
    """Return a TileLayer for an xyzservices provider name and its CSP image host."""
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
        attr=provider.html_attribution,
        name=escape_text(provider.name),
        max_zoom=min(int(provider.get("max_zoom", MAX_ZOOM)), MAX_ZOOM),
        control=False,
    )
    return layer, f"{parts.scheme}://{host}"


def class_labels(breaks: Sequence[int], maximum: int) -> list[tuple[str, str]]:
    """Return ``(colour, label)`` for each class of a choropleth (``"3–5"``)."""
    out = []
    for i, low in enumerate(breaks):
        high = breaks[i + 1] - 1 if i + 1 < len(breaks) else maximum
        out.append((class_colour(low, breaks), f"{low}" if low == high else f"{low}–{high}"))
    return out
