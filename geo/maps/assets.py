"""Offline asset inlining for rendered folium maps.

folium links Leaflet and its plugins from CDNs. :func:`inline_assets` replaces each known
``<script src>`` and stylesheet ``<link>`` with the content of a local copy shipped by a PyPI
``xstatic`` package, matched by exact URL from :data:`ASSETS`. CSS ``url()`` images become
``data:`` URIs, and Leaflet's default marker icons are set as ``data:`` URIs too. Any URL not in
the table raises :class:`geo.errors.DataError`, so a new plugin cannot silently bring a CDN back.
"""

from __future__ import annotations

import base64
import importlib
import importlib.util
import json
import mimetypes
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from geo.errors import DataError
from geo.patterns import compiled

__all__ = [
    "ASSETS",
    "HEAT_JS",
    "LEAFLET_CSS",
    "LEAFLET_JS",
    "MARKERCLUSTER_CSS",
    "MARKERCLUSTER_DEFAULT_CSS",
    "MARKERCLUSTER_JS",
    "Asset",
    "find_fetchable_urls",
    "inline_assets",
]

LEAFLET_JS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"
LEAFLET_CSS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css"
_MC = "https://cdn.jsdelivr.net/npm/leaflet.markercluster@1.4.1/dist/"
MARKERCLUSTER_JS = _MC + "leaflet.markercluster.js"
MARKERCLUSTER_CSS = _MC + "MarkerCluster.css"
MARKERCLUSTER_DEFAULT_CSS = _MC + "MarkerCluster.Default.css"
HEAT_JS = (
    "https://cdn.jsdelivr.net/gh/python-visualization/folium@main/folium/templates/"
    "leaflet_heat.min.js"
)


@dataclass(frozen=True)
class Asset:
    """A local copy of one CDN file.

    Parameters
    ----------
    package : str
        The module holding the file: an xstatic module (``xstatic.pkg.leaflet``) with
        ``BASE_DIR`` and ``VERSION``, or a package (``folium``) whose directory holds it.
    version : str or None
        The version the URL names; it must equal the package's ``VERSION``. None for a file
        the URL does not version (folium's copy of leaflet-heat).
    path : str
        The file's path under the package's ``BASE_DIR`` (or its directory).
    kind : str
        ``"js"`` or ``"css"``.
    """

    package: str
    version: str | None
    path: str
    kind: str


ASSETS: dict[str, Asset] = {
    LEAFLET_JS: Asset("xstatic.pkg.leaflet", "1.9.3", "leaflet.js", "js"),
    LEAFLET_CSS: Asset("xstatic.pkg.leaflet", "1.9.3", "leaflet.css", "css"),
    MARKERCLUSTER_JS: Asset(
        "xstatic.pkg.leaflet_markercluster", "1.4.1", "leaflet.markercluster.js", "js"
    ),
    MARKERCLUSTER_CSS: Asset(
        "xstatic.pkg.leaflet_markercluster", "1.4.1", "MarkerCluster.css", "css"
    ),
    MARKERCLUSTER_DEFAULT_CSS: Asset(
        "xstatic.pkg.leaflet_markercluster", "1.4.1", "MarkerCluster.Default.css", "css"
    ),
    # The folium wheel ships leaflet-heat (Leaflet.heat with its weights patch).
    HEAT_JS: Asset("folium", None, "templates/leaflet_heat.min.js", "js"),
}

_SCRIPT_SRC = compiled(r"<script\b[^>]*?\bsrc\s*=\s*[\"']([^\"']*)[\"'][^>]*>\s*</script\s*>", re.I)
_LINK = compiled(r"<link\b[^>]*>", re.I)
_ATTR = compiled(r"\b(rel|href)\s*=\s*[\"']([^\"']*)[\"']", re.I)
_CSS_URL = compiled(r"url\(\s*([\"']?)([^\"')]+)\1\s*\)", re.I)
_SOURCE_MAP = compiled(r"^\s*(//|/\*)# sourceMappingURL=.*$", re.M)
_END_SCRIPT = compiled(r"</(script)", re.I)
# find_fetchable_urls looks only just before each "//" (fast on pages of many megabytes).
_SLASHES = compiled("//")
_BEFORE_SLASHES = compiled(
    r"(?:\bsrc\s*=\s*|\bhref\s*=\s*|url\(\s*|@import\s+)[\"']?(?:https?:)?\Z", re.I
)
_WINDOW = 60


def _package_dir(asset: Asset) -> Path:
    """Return the data directory of an asset's xstatic package, checking its version.

    A package named without a version (folium, for its copy of leaflet-heat) is found
    without being imported: importing folium would cost the map's cold start half a second.
    """
    if asset.version is None:
        spec = importlib.util.find_spec(asset.package)
        if spec is not None and spec.submodule_search_locations:
            return Path(next(iter(spec.submodule_search_locations)))
    try:
        module = importlib.import_module(asset.package)
    except ImportError as exc:
        dist = asset.package.split(".")[0]
        if dist == "xstatic":
            dist = "xstatic-" + asset.package.rsplit(".", 1)[-1].replace("_", "-")
        raise DataError(
            f"asset package {asset.package!r} is not installed; install the PyPI package {dist}"
        ) from exc
    if asset.version is not None:
        found = getattr(module, "VERSION", None)
        if found != asset.version:
            raise DataError(
                f"{asset.package} has version {found!r} but the map links version "
                f"{asset.version!r}; update geo.maps.assets.ASSETS"
            )
    base = getattr(module, "BASE_DIR", None)
    return Path(base) if base else Path(str(module.__file__)).parent


def _read_local(path: Path) -> bytes:
    """Read a local asset file, raising DataError when it is missing."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DataError(f"local asset file {str(path)!r} cannot be read: {exc}") from exc


def _data_uri(path: Path) -> str:
    """Return the file at ``path`` as a base64 ``data:`` URI."""
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(_read_local(path)).decode('ascii')}"


def _inline_css_urls(css: str, base: Path, url: str) -> str:
    """Replace every relative ``url()`` in ``css`` by a ``data:`` URI of the file it names."""

    def replace(match: re.Match[str]) -> str:
        target = match.group(2).strip()
        if target.startswith(("#", "data:")):
            return match.group(0)
        if "//" in target or target.startswith("/"):
            raise DataError(f"stylesheet {url} refers to a remote file {target!r}")
        return f"url({_data_uri(base / target)})"

    return _CSS_URL.sub(replace, css)


def _default_icon_script(base: Path) -> str:
    """Return JS that sets Leaflet's default marker icon images as ``data:`` URIs."""
    images = base / "images"
    options = {
        "iconUrl": _data_uri(images / "marker-icon.png"),
        "iconRetinaUrl": _data_uri(images / "marker-icon-2x.png"),
        "shadowUrl": _data_uri(images / "marker-shadow.png"),
    }
    return (
        "L.Icon.Default.imagePath = '';\n"
        f"L.Icon.Default.mergeOptions({json.dumps(options, sort_keys=True)});\n"
    )


@cache
def _inline_block(url: str) -> str:
    """Return the inline ``<script>`` or ``<style>`` block replacing ``url``."""
    asset = ASSETS.get(url)
    if asset is None:
        raise DataError(
            f"no local copy of asset {url}; add it to geo.maps.assets.ASSETS or remove the "
            "element that links it"
        )
    base = _package_dir(asset)
    file = base / asset.path
    text = _read_local(file).decode("utf-8")
    text = _SOURCE_MAP.sub("", text)
    if asset.kind == "css":
        return f"<style>\n{_inline_css_urls(text, file.parent, url)}\n</style>"
    body = _END_SCRIPT.sub(r"<\\/\1", text)
    if url == LEAFLET_JS:
        body += "\n" + _default_icon_script(base)
    return f"<script>\n{body}\n</script>"


def _replace_script(match: re.Match[str]) -> str:
    """Regex callback: an external script tag becomes its inline content."""
    return _inline_block(match.group(1))


def _replace_link(match: re.Match[str]) -> str:
    """Regex callback: a stylesheet link becomes its inline content."""
    attrs = {k.lower(): v for k, v in _ATTR.findall(match.group(0))}
    href = attrs.get("href")
    if href is None:
        return match.group(0)
    if "stylesheet" in attrs.get("rel", "").lower().split():
        return _inline_block(href)
    if re.match(r"(https?:)?//", href, re.I):
        raise DataError(f"<link> to remote {href} cannot be made offline; remove it")
    return match.group(0)


def find_fetchable_urls(html: str) -> list[str]:
    """List the remote references a browser would fetch from ``html``.

    Parameters
    ----------
    html : str
        A rendered page.

    Returns
    -------
    list of str
        Snippets (up to 80 characters) starting at each ``src=``, stylesheet ``href=``,
        CSS ``url()`` or ``@import`` that names an ``http(s)://`` or protocol-relative URL.
        Links in ``<a href>`` are not fetched and are not listed.
    """
    found = []
    for slashes in _SLASHES.finditer(html):
        low = max(0, slashes.start() - _WINDOW)
        m = _BEFORE_SLASHES.search(html, low, slashes.start())
        if m is None:
            continue
        start = m.start()
        if m.group(0)[:4].lower() == "href":  # only a <link> fetches its href
            start = html.rfind("<", 0, m.start())
            if (
                start < 0
                or html[start : start + 5].lower() != "<link"
                or ">" in html[start : m.start()]
            ):
                continue
        found.append(html[start : start + 80])
    return found


def inline_assets(html: str) -> str:
    """Make a rendered folium page self-contained.

    Parameters
    ----------
    html : str
        The output of ``folium.Map.get_root().render()``.

    Returns
    -------
    str
        The page with every ``<script src>`` and stylesheet ``<link>`` replaced by inline
        content from the local copies listed in :data:`ASSETS`.

    Raises
    ------
    geo.errors.DataError
        When the page links a URL that has no local copy, or a remote reference remains.
    """
    html = _SCRIPT_SRC.sub(_replace_script, html)
    html = _LINK.sub(_replace_link, html)
    remaining = find_fetchable_urls(html)
    if remaining:
        raise DataError(f"page still refers to remote files after inlining: {remaining[0]!r}")
    return html
