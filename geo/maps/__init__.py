"""The map: folium layers, page data and script, popups, assets and the static PNG."""
