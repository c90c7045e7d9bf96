"""The frame of an embeddable map: a sandboxed iframe in a box that keeps the map's aspect
ratio, shared by the folium page (:mod:`geo.maps.render`) and the pre-rendered one
(:mod:`geo.maps.skeleton`)."""

from __future__ import annotations

from geo.maps.popups import attribute, escape_text

__all__ = ["FRAGMENT_MIN_HEIGHT", "SANDBOX", "fragment_head"]

#: The iframe sandbox of an embedded map: its scripts run, and its links (all
#: ``target="_blank"``) open in a new, unsandboxed tab; it cannot touch the host page.
SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox"
#: Below this height (or 85% of the screen) an embedded map does not shrink with its width.
FRAGMENT_MIN_HEIGHT = "min(480px, 85vh)"


def fragment_head(title: str, aspect_ratio: str = "16 / 9") -> str:
    """The start of :func:`geo.maps.render.render_fragment`'s fragment, up to its srcdoc."""
    return (
        '<div class="strikemap-embed" style="position:relative;width:100%;'
        f"aspect-ratio:{attribute(aspect_ratio)};min-height:{FRAGMENT_MIN_HEIGHT};"
        'break-inside:avoid">'
        f'<iframe sandbox="{SANDBOX}" title="{escape_text(title)}" '
        'style="position:absolute;inset:0;width:100%;height:100%;border:0" '
        'srcdoc="'
    )
