"""A static PNG of the strike map for PDF reports (geopandas + matplotlib, no network).

The image shows what the HTML map shows at load: the basemap drawn from the embedded
boundaries, impact regions shaded by reports, impact sites coloured by precision and sized by
casualties, launch areas, the title, a legend and the attribution line. The same input gives
byte-identical PNG files (matplotlib's Agg backend, fixed metadata).
"""

from __future__ import annotations

import io
import math
import os
from collections.abc import Sequence

import geopandas

from geo.atomic import atomic_write
from geo.records import Extraction
from geo.render import (
    ATTRIBUTION_TEXT,
    IMPACT_COLOURS,
    LAUNCH_COLOUR,
    PRECISION_LABELS,
    class_breaks,
    class_colour,
    class_labels,
    group_places,
    marker_style,
    shaded_regions,
)

__all__ = ["render_png", "write_png"]

BACKGROUND = "#dfe9f2"
LAND = "#f4f4f2"
PNG_METADATA = {"Software": None}  # no matplotlib version: the bytes stay the same


def _figure(
    extractions: Sequence[Extraction],
    regions: geopandas.GeoDataFrame,
    title: str,
    basemap: geopandas.GeoDataFrame | None,
    size: tuple[float, float],
    dpi: int,
):
    """Draw the map on a new matplotlib figure and return it."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    shaded = shaded_regions(regions)
    fig = Figure(figsize=size, dpi=dpi, facecolor="white")
    ax = fig.add_axes((0.01, 0.06, 0.98, 0.86))
    ax.set_facecolor(BACKGROUND)
    ax.set_xticks([])
    ax.set_yticks([])
    impacts = group_places(extractions, "impact")
    launches = group_places(extractions, "launch")
    lons = [p.lon for p, _ in impacts] + list(shaded.total_bounds[[0, 2]] if len(shaded) else [])
    lats = [p.lat for p, _ in impacts] + list(shaded.total_bounds[[1, 3]] if len(shaded) else [])
    if not lons:
        lons, lats = [22.0, 40.5], [44.0, 52.5]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    pad = max(east - west, north - south, 1.0) * 0.08
    west, east, south, north = west - pad, east + pad, south - pad, north + pad
    # Keep the figure's aspect: widen the narrower side (degrees, ~cos(lat) correction).
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
    if basemap is not None:
        basemap.to_crs(4326).plot(ax=ax, color=LAND, edgecolor="#a8a8a8", linewidth=0.5)
    handles = []
    if len(shaded):
        maximum = int(shaded["reports"].max())
        breaks = class_breaks(maximum)
        colours = [class_colour(v, breaks) for v in shaded["reports"]]
        shaded.plot(ax=ax, color=colours, edgecolor="#7a3b00", linewidth=0.6, alpha=0.85)
        handles.append(Patch(facecolor="none", edgecolor="none", label="Reports per region"))
        handles += [
            Patch(facecolor=c, edgecolor="#888888", label=label)
            for c, label in class_labels(breaks, maximum)
        ]
    for role, groups in (("launch", launches), ("impact", impacts)):
        if not groups:
            continue
        styles = [marker_style(role, entries) for _, entries in groups]
        ax.scatter(
            [p.lon for p, _ in groups],
            [p.lat for p, _ in groups],
            s=[(2 * st["radius"] * 0.75) ** 2 for st in styles],  # CSS px -> points at 96 dpi
            c=[st["fill_color"] for st in styles],
            edgecolors="#222222",
            linewidths=0.6,
            alpha=0.9,
            zorder=3,
        )
    if impacts:
        handles.append(Patch(facecolor="none", edgecolor="none", label="Impact sites"))
        handles += [
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markerfacecolor=c,
                markeredgecolor="#222222",
                markersize=7,
                label=PRECISION_LABELS[p],
            )
            for p, c in IMPACT_COLOURS.items()
        ]
    if launches:
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markerfacecolor=LAUNCH_COLOUR,
                markeredgecolor="#222222",
                markersize=6,
                label="launch area",
            )
        )
    ax.set_xlabel("")
    ax.set_ylabel("")
    if handles:
        legend = ax.legend(handles=handles, loc="lower right", fontsize=8, framealpha=0.93)
        for text in legend.get_texts():
            if text.get_text() in {"Reports per region", "Impact sites"}:
                text.set_fontweight("bold")
    fig.text(
        0.5,
        0.955,
        title,
        ha="center",
        va="center",
        fontsize=14,
        fontweight="bold",
        parse_math=False,  # a "$" in a report title is text, not mathtext
    )
    fig.text(0.99, 0.025, ATTRIBUTION_TEXT, ha="right", va="center", fontsize=7, color="#444444")
    return fig


def render_png(
    extractions: Sequence[Extraction],
    regions: geopandas.GeoDataFrame,
    *,
    title: str,
    basemap: geopandas.GeoDataFrame | None = None,
    size: tuple[float, float] = (10.0, 7.5),
    dpi: int = 150,
) -> bytes:
    """Draw the strike map as a PNG image.

    Parameters
    ----------
    extractions : sequence of Extraction
        The reports, as for :func:`geo.render.build_map`.
    regions : geopandas.GeoDataFrame
        Per-unit aggregates, as for :func:`geo.render.build_map`.
    title : str
        The title above the map (drawn as plain text).
    basemap : geopandas.GeoDataFrame, optional
        Polygons drawn in light grey beneath (``geo.boundaries.load_admin0()``).
    size : (float, float)
        Figure size in inches.
    dpi : int
        Resolution; the image is ``size * dpi`` pixels.

    Returns
    -------
    bytes
        The PNG file, identical for the same input.
    """
    fig = _figure(extractions, regions, title, basemap, size, dpi)
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
        ``title``, ``basemap``, ``size`` and ``dpi`` for :func:`render_png`.
    """
    atomic_write(path, render_png(extractions, regions, **kwargs))
