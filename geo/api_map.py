"""The map of the Python API: a ``folium.Map`` that saves and shows as strikemap's page."""

from __future__ import annotations

import copy
import os
from typing import IO, cast

import folium

from geo.maps.render import render_fragment, render_html, write_html

__all__ = ["StrikeMap"]


class StrikeMap(folium.Map):
    """A strike map from :func:`geo.make_map`: a ``folium.Map`` whose page is strikemap's.

    folium's own ``save()`` and notebook display would link Leaflet from a CDN; this map's
    inline every script and style, so the page works offline and is the one ``strikemap
    map`` writes. Add folium layers to it as to any ``folium.Map``; they are saved too.

    Attributes
    ----------
    title : str
        The map's title (the page's ``<title>`` and the embeddable frame's title).

    Examples
    --------
    >>> m = geo.make_map(geo.extract("Shelling hit Kherson."), title="Kherson")
    >>> html = m._repr_html_()  # what Jupyter shows: the page in a sandboxed frame
    >>> html.startswith('<div class="strikemap-embed"'), 'sandbox="allow-scripts' in html
    (True, True)
    """

    title: str

    @classmethod
    def adopt(cls, m: folium.Map, title: str) -> StrikeMap:
        """Make a map from :func:`geo.maps.render.build_map` a StrikeMap (the same object).

        Parameters
        ----------
        m : folium.Map
            The built map; it is not copied.
        title : str
            Its title.

        Returns
        -------
        StrikeMap
        """
        m.__class__ = cls
        adopted = cast(StrikeMap, m)
        adopted.title = title
        return adopted

    def to_html(self, *, fragment: bool = False) -> str:
        """The self-contained page (or, with ``fragment``, a ``<div>`` to paste into a
        report's HTML: the page in a sandboxed iframe).

        Parameters
        ----------
        fragment : bool, default False
            Give the embeddable fragment of ``strikemap map --fragment``.

        Returns
        -------
        str
            The same on every call (each renders a copy: folium's rendering adds to the map).
        """
        page = copy.deepcopy(self)  # folium's render adds to the tree: render a copy each time
        return render_fragment(page, title=self.title) if fragment else render_html(page)

    def save(  # type: ignore[override]
        self,
        outfile: str | os.PathLike[str] | IO[bytes],
        close_file: bool = True,
        *,
        fragment: bool = False,
        **kwargs: object,
    ) -> None:
        """Write the page (UTF-8) as ``strikemap map -o FILE`` does, byte for byte.

        Parameters
        ----------
        outfile : str, path-like or binary file
            A path is written as ``strikemap map`` writes it: piece by piece, through a
            temporary file renamed at the end, so a failed write leaves no partial page. A
            file object gets the bytes.
        close_file : bool, default True
            Close a file object after writing (as folium does).
        fragment : bool, default False
            Write the embeddable fragment of ``strikemap map --fragment`` instead.
        **kwargs
            Accepted for folium compatibility and ignored.
        """
        if isinstance(outfile, str | os.PathLike):
            write_html(copy.deepcopy(self), outfile, fragment=fragment, title=self.title)
            return
        outfile.write(self.to_html(fragment=fragment).encode("utf-8"))
        if close_file:
            outfile.close()

    def _repr_html_(self, **kwargs: object) -> str:
        """Jupyter's view: the self-contained page in a sandboxed frame."""
        return self.to_html(fragment=True)
