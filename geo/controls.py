"""Leaflet elements strikemap adds to folium: point layers, boxes, legend, date filter.

Every element here writes its data into the page as JSON made by
:func:`geo.popups.js_json` (safe inside ``<script>``) and its HTML through ``innerHTML`` only
when that HTML was escaped in Python. None loads a file: the page stays self-contained.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import folium
from branca.element import Element, MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from geo import assets
from geo.popups import js_json, js_string

__all__ = [
    "Binding",
    "Control",
    "DateFilter",
    "FitBounds",
    "LayerLegend",
    "PageSetup",
    "PointsLayer",
    "RadioOverlays",
    "RawMacro",
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


class Binding(RawMacro):
    """Bind an HTML popup or tooltip to the parent layer, without folium's template literals.

    The HTML must already be escaped; it is passed as a JSON string literal.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.bind{{ this.kind }}({{ this.content }},
            {{ this.options_js }});
        {% endmacro %}
        """
    )

    def __init__(self, kind: str, content: str, options: dict[str, object]) -> None:
        super().__init__()
        self._name = "Binding"
        self.kind = kind
        self.content = js_string(content)
        self.options_js = json.dumps(options, sort_keys=True)


class Control(RawMacro):
    """A Leaflet control (box) at a corner of the map holding escaped HTML."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: {{ this.position_js }}});
        {{ this.get_name() }}.onAdd = function () {
            var div = L.DomUtil.create('div', {{ this.css_class_js }});
            div.innerHTML = {{ this.content }};
            L.DomEvent.disableClickPropagation(div);
            L.DomEvent.disableScrollPropagation(div);
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, content: str, position: str, css_class: str) -> None:
        super().__init__()
        self._name = "Control"
        self.content = js_string(content)
        self.position_js = json.dumps(position)
        self.css_class_js = json.dumps(f"sm-box {css_class}")


class PageSetup(RawMacro):
    """Page styles, a plain "Leaflet" attribution prefix and the data attribution line."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>{{ this.css }}</style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.attributionControl.setPrefix("Leaflet");
        {{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.attribution }});
        {% endmacro %}
        """
    )

    def __init__(self, css: str, attribution: str) -> None:
        super().__init__()
        self._name = "PageSetup"
        self.css = css
        self.attribution = js_string(attribution)


class FitBounds(RawMacro):
    """Fit the map to bounds at load, without the zoom animation folium's FitBounds starts."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.fitBounds({{ this.bounds_js }},
            {padding: [20, 20], maxZoom: 11, animate: false});
        {% endmacro %}
        """
    )

    def __init__(self, bounds: list[list[float]]) -> None:
        super().__init__()
        self._name = "FitBounds"
        self.bounds_js = json.dumps(bounds)


class PointsLayer(JSCSSMixin, folium.map.Layer, RawMacro):
    """A layer of circle markers drawn on one canvas, clustered when asked.

    Popups and tooltips are bound on first click or hover from tables of escaped HTML, so a
    page with 100,000 sites builds no popup objects at load.

    Parameters
    ----------
    name : str
        The (escaped) name in the layer control.
    points : sequence of list
        ``[lat, lon, radius, style, popup, tooltip, dates, weight]`` rows: ``style`` indexes
        ``styles``, ``popup`` and ``tooltip`` index ``popups`` and ``tooltips``, ``dates`` lists
        indexes into the map's dates, ``weight`` is the site's weight in the heat layer.
    styles : sequence of list
        ``[fill colour, dash array or None]`` pairs.
    popups : sequence of list of int
        Each marker's popup as indexes into ``pieces``, joined in order.
    pieces : sequence of str
        Escaped HTML pieces of the popups.
    tooltips : sequence of str
        Escaped HTML.
    cluster : bool
        Group the markers with Leaflet.markercluster.
    show : bool
        Whether the layer is on at load.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = {% if this.cluster -%}
            L.markerClusterGroup({chunkedLoading: {{ this.chunked }}, maxClusterRadius: 80,
                                  spiderfyOnMaxZoom: true, showCoverageOnHover: false})
            {%- else -%} L.featureGroup() {%- endif %};
        (function (group) {
            var d = {{ this.data }};
            var renderer = L.canvas({pane: "points", padding: 0.3});
            var markers = new Array(d.p.length);
            for (var i = 0; i < d.p.length; i++) {
                var p = d.p[i], s = d.s[p[3]];
                markers[i] = L.circleMarker([p[0], p[1]], {
                    renderer: renderer, pane: "points", radius: p[2], color: "#222222",
                    weight: 1, opacity: 1, fillColor: s[0], fillOpacity: 0.85,
                    dashArray: s[1], smPopup: p[4], smTip: p[5], smDates: p[6], smWeight: p[7]});
            }
            group.smMarkers = markers;
            group.smCluster = {{ "true" if this.cluster else "false" }};
            if (group.smCluster) { group.addLayers(markers); }
            else { for (var j = 0; j < markers.length; j++) { group.addLayer(markers[j]); } }
            group.on("click", function (e) {
                var m = e.layer;
                if (!m || !m.options || m.options.smPopup === undefined || m.getPopup()) {
                    return;
                }
                var html = d.h[m.options.smPopup].map(function (k) { return d.f[k]; });
                m.bindPopup(html.join(""), {maxWidth: 340});
                m.openPopup();
            });
            group.on("mouseover", function (e) {
                var m = e.layer;
                if (!m || !m.options || m.options.smTip === undefined || m.getTooltip()) {
                    return;
                }
                m.bindTooltip(d.t[m.options.smTip], {sticky: true});
                m.openTooltip(e.latlng);
            });
        })({{ this.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        name: str,
        points: Sequence[list],
        styles: Sequence[list],
        popups: Sequence[list[int]],
        pieces: Sequence[str],
        tooltips: Sequence[str],
        *,
        cluster: bool,
        show: bool,
    ) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "PointsLayer"
        self.cluster = cluster
        self.count = len(points)
        # Above this many markers the cluster adds them in chunks, keeping the page live.
        self.chunked = "true" if len(points) > 20_000 else "false"
        self.data = js_json(
            {
                "p": list(points),
                "s": list(styles),
                "h": list(popups),
                "f": list(pieces),
                "t": list(tooltips),
            }
        )
        if cluster:
            self.default_js = [("markerclusterjs", assets.MARKERCLUSTER_JS)]
            self.default_css = [
                ("markerclustercss", assets.MARKERCLUSTER_CSS),
                ("markerclusterdefaultcss", assets.MARKERCLUSTER_DEFAULT_CSS),
            ]


class RadioOverlays(RawMacro):
    """Make overlays mutually exclusive: turning one on turns the others off."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map, layers) {
            map.on("overlayadd", function (e) {
                if (layers.indexOf(e.layer) < 0) { return; }
                // Deferred, so that the layer control is not mid-click and updates its boxes.
                setTimeout(function () {
                    layers.forEach(function (other) {
                        if (other !== e.layer && map.hasLayer(other)) { map.removeLayer(other); }
                    });
                }, 0);
            });
        })({{ this._parent.get_name() }}, [{{ this.layer_names }}]);
        {% endmacro %}
        """
    )

    def __init__(self, layers: Sequence[folium.map.Layer]) -> None:
        super().__init__()
        self._name = "RadioOverlays"
        self.layers = list(layers)

    def render(self, **kwargs) -> None:
        """Render with the layers' final (stable) names."""
        self.layer_names = ", ".join(layer.get_name() for layer in self.layers)
        super().render(**kwargs)


class LayerLegend(RawMacro):
    """A legend box whose sections show only while their layer is on the map.

    Parameters
    ----------
    sections : sequence of (layer, str)
        Each section's layer and its escaped HTML; a section with layer None always shows.
    position : str
        The map corner.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: {{ this.position_js }}});
        {{ this.get_name() }}.onAdd = function (map) {
            var div = L.DomUtil.create("div", "sm-box sm-legend");
            var html = {{ this.html }};
            var layers = [{{ this.layer_names }}];
            var parts = [];
            for (var i = 0; i < html.length; i++) {
                var part = L.DomUtil.create("div", "sm-legend-part", div);
                part.innerHTML = html[i];
                parts.push(part);
            }
            function sync() {
                var any = false;
                for (var i = 0; i < parts.length; i++) {
                    var on = layers[i] === null || map.hasLayer(layers[i]);
                    parts[i].style.display = on ? "" : "none";
                    any = any || on;
                }
                div.style.display = any ? "" : "none";
            }
            map.on("overlayadd overlayremove", sync);
            sync();
            L.DomEvent.disableClickPropagation(div);
            L.DomEvent.disableScrollPropagation(div);
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self, sections: Sequence[tuple[folium.map.Layer | None, str]], position: str
    ) -> None:
        super().__init__()
        self._name = "LayerLegend"
        self.sections = list(sections)
        self.html = js_json([html for _, html in self.sections])
        self.position_js = json.dumps(position)

    def render(self, **kwargs) -> None:
        """Render with the layers' final (stable) names."""
        self.layer_names = ", ".join(
            "null" if layer is None else layer.get_name() for layer, _ in self.sections
        )
        super().render(**kwargs)


class DateFilter(RawMacro):
    """A date slider: position 0 shows every date, position k only the k-th date's places.

    Parameters
    ----------
    dates : sequence of str
        The distinct report dates, sorted.
    layers : sequence of PointsLayer
        Point layers whose markers carry date indexes.
    heat : folium.Layer, optional
        A ``L.heatLayer`` to filter, redrawn from the markers of ``heat_source``.
    heat_source : PointsLayer, optional
        The impact sites, whose markers carry their heat weight and dates.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: "topleft"});
        {{ this.get_name() }}.onAdd = function (map) {
            var dates = {{ this.dates_js }};
            var groups = [{{ this.layer_names }}];
            var heat = {{ this.heat_name }};
            var heatSource = {{ this.heat_source_name }};
            var div = L.DomUtil.create("div", "sm-box sm-dates");
            var label = L.DomUtil.create("div", "sm-dates-label", div);
            var input = L.DomUtil.create("input", "sm-dates-range", div);
            input.type = "range"; input.min = "0"; input.max = String(dates.length);
            input.step = "1"; input.value = "0";
            input.setAttribute("aria-label", "Show reports of one date");
            function show(k) {
                label.textContent = "Date: " + (k === 0 ? "all " + dates.length + " dates"
                                                          : dates[k - 1]);
            }
            function apply(k) {
                show(k);
                groups.forEach(function (g) {
                    var keep = g.smMarkers.filter(function (m) {
                        return k === 0 || m.options.smDates.indexOf(k - 1) >= 0;
                    });
                    g.clearLayers();
                    if (g.smCluster) { g.addLayers(keep); }
                    else { keep.forEach(function (m) { g.addLayer(m); }); }
                });
                if (heat) {
                    heat.setLatLngs(heatSource.smMarkers.filter(function (m) {
                        return k === 0 || m.options.smDates.indexOf(k - 1) >= 0;
                    }).map(function (m) {
                        var at = m.getLatLng();
                        return [at.lat, at.lng, m.options.smWeight];
                    }));
                }
                map.closePopup();
            }
            L.DomEvent.on(input, "input change", function () { apply(Number(input.value)); });
            L.DomEvent.disableClickPropagation(div);
            L.DomEvent.disableScrollPropagation(div);
            show(0);  // every marker is on at load: nothing to filter yet
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        dates: Sequence[str],
        layers: Sequence[PointsLayer],
        heat: folium.map.Layer | None = None,
        heat_source: PointsLayer | None = None,
    ) -> None:
        super().__init__()
        self._name = "DateFilter"
        self.dates_js = js_json(list(dates))
        self.layers = list(layers)
        self.heat = heat
        self.heat_source = heat_source

    def render(self, **kwargs) -> None:
        """Render with the layers' final (stable) names."""
        self.layer_names = ", ".join(layer.get_name() for layer in self.layers)
        use_heat = self.heat is not None and self.heat_source is not None
        self.heat_name = self.heat.get_name() if use_heat else "null"
        self.heat_source_name = self.heat_source.get_name() if use_heat else "null"
        super().render(**kwargs)
