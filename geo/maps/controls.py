"""Leaflet elements strikemap adds to folium: its script, data, layers, layer control and app.

Every element here writes its data into the page as JSON made by
:func:`geo.maps.popups.js_json` (safe inside ``<script>``); the page's script
(:mod:`geo.maps.mapscript`) puts HTML into ``innerHTML`` only when that HTML was escaped in Python.
None loads a file: the page stays self-contained.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import folium
from branca.element import Element, MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from geo.maps import assets
from geo.maps.mapscript import LIBRARY_JS
from geo.maps.popups import Blob, LazyList, js_json, page_parts

__all__ = [
    "App",
    "Blob",
    "HeatLayer",
    "PageData",
    "PageScript",
    "PointsLayer",
    "RawMacro",
    "RegionsLayer",
    "StrikeLayerControl",
    "page_parts",
]


class _Raw(Element):
    """Text already rendered, put on the page as is (never compiled as a template)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def render(self, **kwargs) -> str:
        """Return the text unchanged."""
        return self._text


class RawMacro(MacroElement):
    """A MacroElement whose rendered macros are not compiled again as Jinja templates.

    branca wraps each rendered macro in ``Element(text)``, which compiles ``text`` as a Jinja
    template: ``{{ ... }}`` or ``{% ... %}`` in embedded data would run as template code when
    the page is rendered, and megabytes of data are slow to lex. This class adds the text as is.
    """

    def render(self, **kwargs) -> None:
        """Add the header, html and script macros' output to the figure, then the children."""
        figure = self.get_root()
        module = self._template.module.__dict__
        for part, target in (
            ("header", figure.header),
            ("html", figure.html),
            ("script", figure.script),
        ):
            macro = module.get(part)
            if macro is not None:
                target.add_child(_Raw(macro(self, kwargs)), name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)


class PageScript(RawMacro):
    """The page's styles and strikemap's script library; added to the map before any layer."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>{{ this.css }}</style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        {{ this.js }}
        {% endmacro %}
        """
    )

    def __init__(self, css: str) -> None:
        super().__init__()
        self._name = "PageScript"
        self.css = css
        self.js = LIBRARY_JS


class PageData(RawMacro):
    """The figures the page filters and sums (see :mod:`geo.maps.mapdata`), as one JSON object."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = {{ this.data }};
        {% endmacro %}
        """
    )

    def __init__(self, data: dict) -> None:
        super().__init__()
        self._name = "PageData"
        self.data = Blob(data)


class PointsLayer(JSCSSMixin, folium.map.Layer, RawMacro):
    """A layer of circle markers drawn on one canvas, clustered when asked.

    Popups and tooltips are built on first click or hover from tables of escaped HTML, for the
    reports in the selected dates, so a page with 100,000 sites builds no popup at load.

    Parameters
    ----------
    name : str
        The (escaped) name in the layer control.
    points : sequence of list
        ``[lat, lon, style, name, head, population, labelled, entries]`` rows: ``style``
        indexes ``styles``, ``name`` indexes ``names``, ``head`` indexes ``pieces`` (the
        popup's head); ``labelled`` is 1 for a place that gets a name label; ``entries`` has
        one ``[report, killed, wounded, heat share, pieces]`` per report naming the place
        (``report`` indexes the page's report table, ``pieces`` index ``pieces``).
    styles : sequence of list
        ``[fill colour, dash array or None, stroke colour, stroke weight, fill opacity,
        radius]`` (the radius of an impact site comes from its figures: None).
    pieces : sequence of str
        Escaped HTML pieces of the popups.
    names : sequence of str
        Escaped place names (tooltips and labels).
    count : int, optional
        How many points ``points`` holds, when it is a
        :class:`~geo.maps.popups.LazyList` (written with the page, not held).
    role : str
        ``"impact"``, ``"launch"`` or ``"mention"``.
    cluster : bool
        Group the markers with Leaflet.markercluster.
    show : bool
        Whether the layer is on at load.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = strikemap.points({% if this.cluster -%}
            L.markerClusterGroup({chunkedLoading: {{ this.chunked }}, maxClusterRadius: 80,
                                  spiderfyOnMaxZoom: true, showCoverageOnHover: false})
            {%- else -%} L.featureGroup() {%- endif %}, {{ this.data }},
            {role: {{ this.role_js }}, cluster: {{ "true" if this.cluster else "false" }}});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        name: str,
        points: Sequence[list],
        styles: Sequence[list],
        pieces: Sequence[str],
        names: Sequence[str],
        *,
        role: str,
        cluster: bool,
        show: bool,
        count: int | None = None,
    ) -> None:
        # The app adds the layer once it has fitted the first view: a cluster drawn at
        # folium's start view and again at the fitted one would be drawn twice.
        super().__init__(name=name, overlay=True, control=True, show=False)
        self.initially = show
        self._name = "PointsLayer"
        self.cluster = cluster
        self.count = len(points) if count is None else count
        self.role_js = json.dumps(role)
        # Above this many markers the cluster adds them in chunks, keeping the page live.
        self.chunked = "true" if self.count > 20_000 else "false"
        if isinstance(points, LazyList) or isinstance(pieces, LazyList):
            self.data: str | Blob = Blob({"p": points, "s": styles, "f": pieces, "t": names})
        else:
            self.data = js_json(
                {"p": list(points), "s": list(styles), "f": list(pieces), "t": list(names)}
            )
        if cluster:
            self.default_js = [("markerclusterjs", assets.MARKERCLUSTER_JS)]
            self.default_css = [
                ("markerclustercss", assets.MARKERCLUSTER_CSS),
                ("markerclusterdefaultcss", assets.MARKERCLUSTER_DEFAULT_CSS),
            ]


class RegionsLayer(folium.map.Layer, RawMacro):
    """A choropleth of the page's units by ``metric``, shaded by the app for the dates shown."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = strikemap.regionLayer({{ this.metric_js }});
        {% endmacro %}
        """
    )

    def __init__(self, name: str, metric: str, *, show: bool) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "RegionsLayer"
        self.metric_js = json.dumps(metric)


class HeatLayer(JSCSSMixin, folium.map.Layer, RawMacro):
    """A leaflet-heat layer that the app fills with the impact sites in the selected dates."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = strikemap.heatLayer({{ this.options_js }});
        {% endmacro %}
        """
    )

    def __init__(self, name: str, options: dict, *, show: bool) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "HeatLayer"
        self.options_js = json.dumps(options, sort_keys=True)
        self.default_js = [("leaflet-heat.js", assets.HEAT_JS)]


class StrikeLayerControl(folium.LayerControl):
    """folium's layer control, collapsed to its button on a phone or in a short frame."""

    _template = Template(
        """
        {% macro script(this,kwargs) %}
            var {{ this.get_name() }}_layers = {
                base_layers : {
                    {%- for key, val in this.base_layers.items() %}
                    {{ key|tojson }} : {{val}},
                    {%- endfor %}
                },
                overlays :  {
                    {%- for key, val in this.overlays.items() %}
                    {{ key|tojson }} : {{val}},
                    {%- endfor %}
                },
            };
            var {{ this.get_name() }} = L.control.layers(
                {{ this.get_name() }}_layers.base_layers,
                {{ this.get_name() }}_layers.overlays,
                Object.assign({{ this.options|tojavascript }},
                    {collapsed: window.matchMedia(
                        "(max-width: 600px), (max-height: 560px)").matches})
            ).addTo({{this._parent.get_name()}});
        {% endmacro %}
        """
    )


class App(RawMacro):
    """Start the page's app (``strikemap.app``): date range, legend, summary, labels, fit.

    Parameters
    ----------
    data : PageData
        The page's figures.
    regions : sequence of RegionsLayer
        The choropleths (exclusive: turning one on turns the others off).
    points : sequence of PointsLayer
        Impact sites, launch areas and other mentions, in that order; the app adds those
        shown at load after fitting the first view.
    heat : HeatLayer
        The heat layer.
    control : StrikeLayerControl
        The layer control (moved below the title).
    tiles : folium.TileLayer, optional
        Web tiles, whose failure the page reports.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        strikemap.app({map: {{ this._parent.get_name() }}, data: {{ this.names.data }},
            regions: [{{ this.names.regions }}], points: [{{ this.names.points }}],
            heat: {{ this.names.heat }}, layerControl: {{ this.names.control }},
            tiles: {{ this.names.tiles }}, show: [{{ this.names.show }}]});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        data: PageData,
        regions: Sequence[RegionsLayer],
        points: Sequence[PointsLayer],
        heat: HeatLayer,
        control: StrikeLayerControl,
        tiles: folium.TileLayer | None = None,
    ) -> None:
        super().__init__()
        self._name = "App"
        self.parts = (data, list(regions), list(points), heat, control, tiles)

    def render(self, **kwargs) -> None:
        """Render with the elements' final (stable) names."""
        data, regions, points, heat, control, tiles = self.parts
        self.names = {
            "data": data.get_name(),
            "regions": ", ".join(layer.get_name() for layer in regions),
            "points": ", ".join(layer.get_name() for layer in points),
            "heat": heat.get_name(),
            "control": control.get_name(),
            "tiles": tiles.get_name() if tiles is not None else "null",
            "show": ", ".join(layer.get_name() for layer in points if layer.initially),
        }
        super().render(**kwargs)
