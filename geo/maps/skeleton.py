"""The page of ``strikemap map``, pre-rendered by folium, filled in without folium.

Importing folium (with branca, jinja2, requests and pandas) costs the ``map`` command half a
second or more. The page's frame does not depend on the reports: only its title and its data
blobs do (:mod:`geo.maps.popups`' :class:`~geo.maps.popups.Blob`). So the page that
:func:`geo.maps.render.map_of` renders with the embedded basemap and no web tiles is kept
here, rendered once with a token for the title and for each blob
(:func:`geo.maps.render.skeleton_page`), in three variants: impact sites drawn one by one,
clustered, or clustered and added in chunks. :func:`page` puts the title and the data in.

``geo/maps/skeleton_pages.py`` holds the pages; regenerate it after changing the map's
elements, templates or folium with ``python -m geo.maps.skeleton_build``
(``tests/test_map_stream.py`` fails while it is stale).
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterator, Mapping

from geo.maps.embed import fragment_head
from geo.maps.popups import escape_text, js_json_chunks
from geo.patterns import compiled

__all__ = [
    "BASEMAP",
    "CSS",
    "DATA",
    "POINTS",
    "SCRIPT",
    "TITLE",
    "VARIANTS",
    "VARIANT_COUNTS",
    "page",
    "variant_of",
]

TITLE = "\x00sm-title\x00"
DATA = "\x00sm-data\x00"
BASEMAP = "\x00sm-basemap\x00"
POINTS = ("\x00sm-points-0\x00", "\x00sm-points-1\x00", "\x00sm-points-2\x00")
CSS = "\x00sm-css\x00"
SCRIPT = "\x00sm-script\x00"
#: The variants and an impact site count that gives each.
VARIANT_COUNTS = {"plain": 1, "cluster": 201, "cluster-chunked": 20_001}
VARIANTS = tuple(VARIANT_COUNTS)
_TOKEN = compiled("\x00sm-[a-z0-9-]+\x00")


def variant_of(impact_sites: int) -> str:
    """The variant of a page with ``impact_sites`` impact places drawn.

    Examples
    --------
    >>> variant_of(10), variant_of(500), variant_of(50_000)
    ('plain', 'cluster', 'cluster-chunked')
    """
    from geo.maps.layers import CLUSTER_THRESHOLD

    if impact_sites <= CLUSTER_THRESHOLD:
        return "plain"
    return "cluster" if impact_sites <= 20_000 else "cluster-chunked"


def page(
    title: str,
    impact_sites: int,
    blobs: Mapping[str, object],
    *,
    fragment: bool = False,
    fragment_title: str = "Map",
) -> Iterator[str]:
    """Yield the page (or its embeddable fragment) in pieces.

    Parameters
    ----------
    title : str
        The page title (escaped here).
    impact_sites : int
        How many impact places the page draws (picks the variant).
    blobs : mapping
        :data:`DATA` and each of :data:`POINTS` to its JSON value
        (:func:`geo.maps.popups.js_json_chunks`).
    fragment : bool
        Yield :func:`geo.maps.render.render_fragment`'s fragment instead of the page.
    fragment_title : str
        The fragment iframe's title.
    """
    from geo.maps import assets
    from geo.maps.mapscript import LIBRARY_JS, page_css
    from geo.maps.skeleton_pages import PAGES

    text = PAGES[variant_of(impact_sites)]
    text = text.replace(CSS, page_css()).replace(SCRIPT, LIBRARY_JS)
    # Tokens made unique to this run, so that no title can contain one.
    nonce = os.urandom(8).hex()
    text = _TOKEN.sub(lambda m: f"{m.group(0)[:-1]}-{nonce}\x00", text)
    mine = {token: f"{token[:-1]}-{nonce}\x00" for token in (TITLE, DATA, BASEMAP, *POINTS)}
    escaped = escape_text(title)
    if not escaped:  # folium writes no <title> for an empty one
        text = text.replace(f"<title>{mine[TITLE]}</title>", "")
    text = assets.inline_assets(text.replace(mine[TITLE], escaped))
    fill = {mine[token]: value for token, value in blobs.items()}
    parts = _filled(text, fill, mine[BASEMAP])
    if not fragment:
        yield from parts
        return
    yield fragment_head(fragment_title)
    for part in parts:
        yield html.escape(part, quote=True)
    yield '"></iframe></div>\n'


def _filled(text: str, blobs: Mapping[str, object], basemap: str) -> Iterator[str]:
    """``text`` with each token replaced by its blob's JSON (the basemap's: the layer)."""
    from geo.maps.units import basemap_json

    tokens = re.compile("|".join(re.escape(token) for token in (*blobs, basemap)))
    at = 0
    for match in tokens.finditer(text):
        yield text[at : match.start()]
        token = match.group(0)
        if token == basemap:
            yield _html_safe(basemap_json())
        else:
            yield from js_json_chunks(blobs[token])
        at = match.end()
    yield text[at:]


def _html_safe(text: str) -> str:
    """Jinja's ``tojson`` escapes, which folium's GeoJson template applies to its data."""
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("'", "\\u0027")
    )
