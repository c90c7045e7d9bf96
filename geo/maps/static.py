"""A static PNG of the strike map for PDF reports (geopandas + matplotlib, no network).

The image shows what the HTML map shows at load: the basemap drawn from the embedded
boundaries, impact regions shaded by reports (a small unit such as Kyiv City also as a disc,
so it shows at country scale), impact sites coloured by precision and sized by casualties,
launch areas as rings, names of the shaded units and struck places (the most important first,
none overlapping another), the title, a legend and the attribution line. The same input gives
byte-identical PNG files (matplotlib's Agg backend, fixed metadata).
"""

from __future__ import annotations

import io
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass

import geopandas

from geo.extras import require
from geo.maps.collect import MapCollector, PlaceGroup
from geo.maps.layers import (
    IMPACT_COLOURS,
    LAUNCH_COLOUR,
    REGION_OUTLINE,
    class_breaks,
    class_colour,
    class_labels,
    place_style,
)
from geo.maps.mapdata import Unit, collect, shaded_units
from geo.maps.popups import PRECISION_LABELS
from geo.maps.render import attribution_text
from geo.maps.units import NEAREST_KM, UnitLayer
from geo.output.atomic import atomic_write
from geo.records import Extraction

__all__ = ["Label", "label_candidates", "render_png", "write_png"]

BACKGROUND = "#dfe9f2"
LAND = "#f4f4f2"
PNG_METADATA = {"Software": None}  # no matplotlib version: the bytes stay the same
#: A small unit spanning less than this many points is drawn as a disc too (the HTML map's
#: 48 CSS pixels).
DISC_POINTS = 36.0
LABEL_KINDS = ("settlement", "district", "admin2", "sea")
# Label styles by tier: 0 small unit, 1 place with casualties, 2 unit, 3 place, 4 launch area.
_LABEL_STYLE = {
    0: {"fontsize": 9, "fontweight": "bold", "color": "#111111"},
    1: {"fontsize": 9.5, "fontweight": "bold", "color": "#111111"},
    2: {"fontsize": 8, "fontweight": "semibold", "fontstyle": "italic", "color": "#4a2500"},
    3: {"fontsize": 8, "color": "#222222"},
    4: {"fontsize": 7.5, "fontstyle": "italic", "color": "#7a2e00"},
}


@dataclass(frozen=True)
class Label:
    """A name to place on the map.

    Parameters
    ----------
    text : str
        The name (plain text).
    lon, lat : float
        Its anchor.
    tier : int
        0 a small unit drawn as a disc, 1 a struck place with casualties, 2 a shaded unit,
        3 another struck place, 4 a launch area; lower tiers are placed first.
    score : float
        Order within a tier (higher first).
    radius : float
        The symbol's radius in points (0: the label is centred on its anchor).
    """

    text: str
    lon: float
    lat: float
    tier: int
    score: float
    radius: float


def label_candidates(
    extractions: Sequence[Extraction] | MapCollector, units: Sequence[Unit], discs: set[str]
) -> list[Label]:
    """Return the names to place, most important first, as the HTML map orders them.

    Parameters
    ----------
    extractions : sequence of Extraction or MapCollector
        The reports, or the collector that gathered them.
    units : sequence of Unit
        The shaded units.
    discs : set of str
        Codes of the units drawn as discs.

    A place named like a shaded unit around it (Kyiv in Kyiv City) is not labelled twice.
    """
    collector = _collector(extractions)
    out = []
    named = {}
    for unit in units:
        tier = 0 if unit.code in discs else 2
        named[unit.name.casefold()] = unit
        radius = 14 if tier == 0 else 0  # a disc's name goes beside it
        out.append(Label(unit.name, unit.lon, unit.lat, tier, len(unit.shares), radius))
    for role in ("impact", "launch"):
        for group in collector.groups(role):
            place = group.place
            if place.kind not in LABEL_KINDS:
                continue
            twin = named.get(place.name.casefold())
            if twin is not None and abs(twin.lon - place.lon) + abs(twin.lat - place.lat) < 0.5:
                continue
            style = _style(collector, role, group)
            hit = role == "impact" and style["radius"] > 6
            tier = 4 if role == "launch" else 1 if hit else 3
            score = style["radius"] * 1000 + group.reports * 10 + math.log10(1 + place.population)
            out.append(Label(place.name, place.lon, place.lat, tier, score, style["radius"] * 0.75))
    return sorted(out, key=lambda label: (label.tier, -label.score, label.text))


def _collector(extractions: Sequence[Extraction] | MapCollector) -> MapCollector:
    """The collector given, or one of the extractions (no units: places only)."""
    if isinstance(extractions, MapCollector):
        return extractions
    return MapCollector(UnitLayer([], [], None, []), 0.0).add_all(extractions).finish()


def _style(collector: MapCollector, role: str, group: PlaceGroup) -> dict:
    """The marker style of a collected place (:func:`geo.maps.layers.marker_style`)."""
    count = group.casualties(collector.ids) if role == "impact" else 0
    return place_style(role, group.precision, count)


def _view(
    collector: MapCollector, units: Sequence[Unit], fit_to_units: bool
) -> tuple[float, float, float, float]:
    """Return ``west, east, south, north`` of the map's subject (padded)."""
    if fit_to_units and len(collector.layer):
        west, south, east, north = collector.layer.total_bounds()
        lons, lats = [west, east], [south, north]
    else:
        impacts = [group.place for group in collector.groups("impact")]
        lons = [p.lon for p in impacts]
        lats = [p.lat for p in impacts]
        for unit in units:
            west, south, east, north = unit.geometry.bounds
            lons += [west, east]
            lats += [south, north]
    if not lons:
        lons, lats = [22.0, 40.5], [44.0, 52.5]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    pad = max(east - west, north - south, 0.05) * 0.08
    return west - pad, east + pad, south - pad, north + pad


def _frame(ax, view: tuple[float, float, float, float], size: tuple[float, float]) -> None:
    """Set the axes' limits to ``view``, widened to the figure's aspect (cos-lat corrected)."""
    west, east, south, north = view
    box = ax.get_position()
    ratio = (size[0] * box.width) / (size[1] * box.height)
    kx = math.cos(math.radians((south + north) / 2))
    width, height = (east - west) * kx, north - south
    if width / height < ratio:
        extra = (height * ratio - width) / kx / 2
        west, east = west - extra, east + extra
    else:
        extra = (width / ratio - height) / 2
        south, north = south - extra, north + extra
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / kx)


def _disc_units(units: Sequence[Unit], ax) -> set[str]:
    """Return the codes of small units too small to see at the view's scale."""
    south, north = ax.get_ylim()
    box = ax.get_position()
    points_per_degree = box.height * ax.figure.get_figheight() * 72 / (north - south)
    out = set()
    for unit in units:
        west, s, east, n = unit.geometry.bounds
        kx = math.cos(math.radians((s + n) / 2))
        extent = max((east - west) * kx, n - s) * points_per_degree
        if unit.small and extent < DISC_POINTS:
            out.add(unit.code)
    return out


def _draw_regions(ax, units: Sequence[Unit], discs: set[str], counting: str) -> list:
    """Shade the units by reports; return the legend handles."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    if not units:
        return []
    counts = [len(u.shares) for u in units]
    breaks = class_breaks(max(counts))
    colours = [class_colour(c, breaks) for c in counts]
    frame = geopandas.GeoDataFrame(geometry=[u.geometry for u in units], crs=4326)
    frame.plot(ax=ax, color=colours, edgecolor=REGION_OUTLINE, linewidth=0.6, alpha=0.85)
    for unit, colour in zip(units, colours, strict=True):
        if unit.code in discs:
            ax.scatter(
                [unit.lon],
                [unit.lat],
                s=(2 * 17 * 0.75) ** 2,  # the HTML disc: 17 CSS px
                c=[colour],
                edgecolors="#222222",
                linewidths=1.2,
                zorder=2.5,
            )
    title = f"{counting.capitalize()} per region"
    handles = [Patch(facecolor="none", edgecolor="none", label=title)]
    handles += [
        Patch(facecolor=c, edgecolor="#888888", label=label)
        for c, label in class_labels(breaks, max(counts))
    ]
    if discs:
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markerfacecolor="white",
                markeredgecolor="#222222",
                markersize=8,
                label="small region, as a disc",
            )
        )
    return handles


def _draw_points(ax, collector: MapCollector) -> list:
    """Draw launch rings, then impact sites over them; return the legend handles."""
    from matplotlib.patches import Patch

    handles: dict[str, list] = {}
    for role in ("launch", "impact"):
        groups = collector.groups(role)
        if not groups:
            continue
        styles = [_style(collector, role, group) for group in groups]
        ax.scatter(
            [group.place.lon for group in groups],
            [group.place.lat for group in groups],
            s=[(2 * st["radius"] * 0.75) ** 2 for st in styles],  # CSS px -> points at 96 dpi
            c=[st["fill_color"] for st in styles],
            edgecolors=[st["color"] for st in styles],
            linewidths=[st["weight"] * 0.75 for st in styles],
            linestyles=["--" if st["dash_array"] else "-" for st in styles],
            alpha=0.95,
            zorder=3,
        )
        if role == "launch":
            handles[role] = [_symbol("white", "launch area", LAUNCH_COLOUR, 2)]
            continue
        handles[role] = [Patch(facecolor="none", edgecolor="none", label="Impact sites")]
        handles[role] += [_symbol(c, PRECISION_LABELS[p]) for p, c in IMPACT_COLOURS.items()]
    return handles.get("impact", []) + handles.get("launch", [])


def _symbol(fill: str, label: str, edge: str = "#222222", width: float = 1.0):
    """Return a round legend symbol."""
    from matplotlib.lines import Line2D

    return Line2D(
        [],
        [],
        marker="o",
        linestyle="",
        markerfacecolor=fill,
        markeredgecolor=edge,
        markeredgewidth=width,
        markersize=7,
        label=label,
    )


def _overlaps(a, boxes) -> bool:
    """True when bounding box ``a`` overlaps any of ``boxes``."""
    return any(a.overlaps(b) for b in boxes)


def _place_labels(fig, ax, labels: Sequence[Label], blocked: list, cap: int) -> int:
    """Place up to ``cap`` labels, none overlapping another or ``blocked``; return how many."""
    from matplotlib import patheffects

    renderer = fig.canvas.get_renderer()
    axes_box = ax.get_window_extent(renderer)
    halo = [patheffects.withStroke(linewidth=2.6, foreground="white")]
    placed: list = []
    (west, east), (south, north) = ax.get_xlim(), ax.get_ylim()
    for label in labels:
        if len(placed) >= cap:
            break
        if not (west <= label.lon <= east and south <= label.lat <= north):
            continue
        r = label.radius + 2
        offsets = (
            [((0, 0), "center", "center"), ((0, 10), "center", "center")]
            if label.radius == 0
            else [
                ((r, 0), "left", "center"),
                ((-r, 0), "right", "center"),
                ((0, r), "center", "bottom"),
                ((0, -r), "center", "top"),
            ]
        )
        for offset, ha, va in offsets:
            text = ax.annotate(
                label.text,
                (label.lon, label.lat),
                xytext=offset,
                textcoords="offset points",
                ha=ha,
                va=va,
                zorder=5,
                path_effects=halo,
                annotation_clip=True,
                **_LABEL_STYLE[label.tier],
            )
            box = text.get_window_extent(renderer).expanded(1.04, 1.1)
            inside = axes_box.contains(box.x0, box.y0) and axes_box.contains(box.x1, box.y1)
            if inside and not _overlaps(box, placed) and not _overlaps(box, blocked):
                placed.append(box)
                break
            text.remove()
    return len(placed)


def _figure(
    collector: MapCollector,
    title: str,
    basemap: geopandas.GeoDataFrame | None,
    size: tuple[float, float],
    dpi: int,
    options: dict,
):
    """Draw the map on a new matplotlib figure and return it."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.transforms import Bbox

    units = shaded_units(collector)
    fig = Figure(figsize=size, dpi=dpi, facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.01, 0.06, 0.98, 0.86))
    ax.set_facecolor(BACKGROUND)
    ax.set_xticks([])
    ax.set_yticks([])
    _frame(ax, _view(collector, units, options["fit_to_units"]), size)
    if basemap is not None:
        basemap.to_crs(4326).plot(ax=ax, color=LAND, edgecolor="#a8a8a8", linewidth=0.5)
    discs = _disc_units(units, ax)
    handles = _draw_regions(ax, units, discs, options["counting"])
    handles += _draw_points(ax, collector)
    ax.set_xlabel("")
    ax.set_ylabel("")
    blocked = []
    if handles:
        legend = ax.legend(handles=handles, loc="lower right", fontsize=8, framealpha=0.93)
        legend.set_zorder(6)
        for text in legend.get_texts():
            if text.get_text().endswith(" per region") or text.get_text() == "Impact sites":
                text.set_fontweight("bold")
        blocked.append(legend.get_window_extent(fig.canvas.get_renderer()))
    for unit in units:  # names go beside a disc, not over it
        if unit.code in discs:
            x, y = ax.transData.transform((unit.lon, unit.lat))
            r = 13 * fig.dpi / 72
            blocked.append(Bbox.from_extents(x - r, y - r, x + r, y + r))
    cap = int(size[0] * size[1] * 0.9)
    _place_labels(fig, ax, label_candidates(collector, units, discs), blocked, cap)
    fig.text(
        0.5,
        0.955,
        title,
        ha="center",
        va="center",
        fontsize=14,
        fontweight="bold",
        parse_math=False,
    )  # a "$" in a title is text, not mathtext
    credit = attribution_text(options["boundaries_credit"])
    fig.text(
        0.99, 0.025, credit, ha="right", va="center", fontsize=7, color="#444444", parse_math=False
    )
    return fig


def render_png(
    extractions: Sequence[Extraction] | MapCollector,
    regions: geopandas.GeoDataFrame | None = None,
    *,
    title: str,
    basemap: geopandas.GeoDataFrame | None = None,
    size: tuple[float, float] = (10.0, 7.5),
    dpi: int = 150,
    max_km: float = NEAREST_KM,
    boundaries_credit: str | None = None,
    fit_to_units: bool = False,
    counting: str = "reports",
) -> bytes:
    """Draw the strike map as a PNG image.

    Parameters
    ----------
    extractions : sequence of Extraction or MapCollector
        The reports, as for :func:`geo.maps.render.build_map`, or a
        :class:`~geo.maps.collect.MapCollector` that gathered them (with its layer and
        ``max_km``; ``regions`` and ``max_km`` are then not used).
    regions : geopandas.GeoDataFrame, optional
        Every unit of the boundary layer, as for :func:`geo.maps.render.build_map`; needed
        with extractions.
    title : str
        The title above the map (drawn as plain text).
    basemap : geopandas.GeoDataFrame, optional
        Polygons drawn in light grey beneath (``geo.places.boundaries.load_admin0()``).
    size : (float, float)
        Figure size in inches.
    dpi : int
        Resolution; the image is ``size * dpi`` pixels.
    max_km, boundaries_credit, fit_to_units, counting
        As for :func:`geo.maps.render.build_map`.

    Returns
    -------
    bytes
        The PNG file, identical for the same input.

    Raises
    ------
    geo.extras.MissingExtraError
        Without matplotlib (``pip install 'strikemap[png]'``).
    """
    require("matplotlib", "a PNG map")
    options = {
        "max_km": max_km,
        "boundaries_credit": boundaries_credit,
        "fit_to_units": fit_to_units,
        "counting": counting,
    }
    if isinstance(extractions, MapCollector):
        collector = extractions.finish()
    elif regions is None:
        raise TypeError("render_png needs the regions of the extractions")
    else:
        collector = collect(extractions, regions, max_km)
    fig = _figure(collector, title, basemap, size, dpi, options)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, metadata=PNG_METADATA)
    return buffer.getvalue()


def write_png(
    extractions: Sequence[Extraction],
    regions: geopandas.GeoDataFrame,
    path: str | os.PathLike[str],
    **kwargs,
) -> None:
    """Write :func:`render_png`'s image to ``path`` atomically.

    Parameters
    ----------
    extractions, regions
        As for :func:`render_png`.
    path : str or path-like
        The PNG file to write.
    **kwargs
        Keyword arguments of :func:`render_png`.
    """
    atomic_write(path, render_png(extractions, regions, **kwargs))
