# %% [markdown]
# # strikemap in a notebook
#
# A session as an analyst would run it in Jupyter: read a feed of reports with pandas, extract
# the places, look at them as a GeoDataFrame, count them per raion of your own boundary file,
# and show and save the map. Each `# %%` block is a cell (open the file in Jupyter with
# jupytext, or in VS Code); run as a script it prints what the notebook would show:
#
#     python examples/notebook.py [RAION_FILE] [-o OUTPUT_FOLDER]
#
# `RAION_FILE` is any boundary file (GeoJSON, GeoPackage, Shapefile, ...), for instance
# `ua_raions_2020_osm.geojson` of OpenStreetMap raions; without it, the raion step is skipped.
# The map is written to `OUTPUT_FOLDER/notebook_map.html` (default `outputs/`).
# The reports of the feed below were written for this example; they are not news.

# %%
from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import pandas as pd

import geo


def show(obj: object) -> None:
    """Display ``obj`` as a notebook cell would (``display``), or print it in a terminal."""
    if "IPython" in sys.modules and hasattr(sys.modules["IPython"], "display"):
        sys.modules["IPython"].display.display(obj)
    elif isinstance(obj, pd.DataFrame):
        print(obj.to_string(max_colwidth=40), end="\n\n")
    else:
        print(obj, end="\n\n")


def arguments() -> argparse.Namespace:
    """The raion file and output folder (a notebook kernel's own arguments are ignored)."""
    parser = argparse.ArgumentParser(description="strikemap's notebook example, as a script")
    parser.add_argument("raions", nargs="?", help="your raion (or other unit) boundary file")
    parser.add_argument("-o", "--output", default="outputs", help="folder for the map")
    in_kernel = "ipykernel" in sys.modules
    return parser.parse_args([] if in_kernel else sys.argv[1:])


ARGS = arguments()

# A feed as an analyst keeps it: one report a row. It is inline here so that the example runs
# anywhere; in practice, `pd.read_csv("feed.csv")`. (Kept out of `examples/` as a file, where
# `strikemap map examples/` would read it as reports.)
FEED_CSV = """id,date,source,title,url,text
nb-01,2025-08-02,Example Regional Desk,Drones strike Kharkiv overnight,https://example.org/nb-01,"Russian drones struck Kharkiv overnight, the regional governor said. Four people were wounded and a warehouse caught fire. Another drone hit a garage in Chuhuiv; no one was hurt."
nb-02,2025-08-02,Example Wire,Missile hits Odesa port,https://example.org/nb-02,"A Russian missile hit port infrastructure in Odesa early on Saturday, killing one worker and wounding five. Air defence shot down two more missiles over the Odesa region."
nb-03,2025-08-03,Example Regional Desk,Nikopol shelled again,https://example.org/nb-03,"Artillery shelling damaged a school and several houses in Nikopol on Sunday. Two residents were wounded, the regional administration said."
nb-04,2025-08-03,Example Ukrainian Desk,Атака дронів на Шостку,,"Вночі російські дрони атакували Шостку на Сумщині. Пошкоджено об'єкт енергетики, постраждалих немає."
nb-05,2025-08-04,Example Wire,Ballistic missile strikes Kryvyi Rih,https://example.org/nb-05,"A ballistic missile struck Kryvyi Rih on Monday, wounding seven people and damaging an apartment block. Officials in Kyiv condemned the attack."
nb-06,2025-08-04,Example Russian Desk,Беспилотники над Белгородом,,"Ночью беспилотники атаковали Белгород, ранены два человека. Повреждены жилые дома."
"""  # noqa: E501

# %% [markdown]
# ## 1. Read the feed with pandas
# Any DataFrame with a text column will do; other columns (`id`, `date`, `title`, `source`,
# `url`) are the reports' metadata. `geo.read_reports` reads it, or files and folders.

# %%
feed = pd.read_csv(io.StringIO(FEED_CSV), parse_dates=["date"])
show(feed[["id", "date", "source", "title"]])
reports = geo.read_reports(feed)  # text_col="body" for another column name

# %% [markdown]
# ## 2. Extract places, roles and figures
# One report or many; `jobs=2` would use two processes with the same results.

# %%
extractions = geo.extract(reports)
first = extractions[0]
show(f"{first.report.title}: {[(p.place.name, p.role, p.facts) for p in first.places]}")

# %% [markdown]
# ## 3. The places as a GeoDataFrame
# One row per report and place, with every field of `strikemap extract` as a column, the
# place's own figures and the report's totals; EPSG:4326 points.

# %%
places = geo.places_frame(extractions)
impacts = places[places["role"] == "impact"]
show(impacts[["report", "name", "kind", "admin1", "killed", "wounded", "damage"]])
show(impacts.groupby("admin1")[["killed", "wounded"]].sum())

# %% [markdown]
# Names are looked up in the offline gazetteer, old spellings too:

# %%
show([(c.place.name, c.place.kind, c.place.admin1) for c in geo.geocode("Kiev", limit=2)])

# %% [markdown]
# ## 4. Per oblast, and per raion of your own file
# A user's file is taken as drawn: a place in a hole of it (Kyiv City in a raion file) or
# beyond its edge counts in none.

# %%
oblasts = geo.regions_frame(extractions)
show(oblasts.drop(columns="geometry"))

units = None
if ARGS.raions and Path(ARGS.raions).is_file():
    units = geo.load_boundaries(ARGS.raions)
    raions = geo.regions_frame(extractions, units)
    show(raions.drop(columns="geometry"))  # the file's own unit columns, then the counts
else:
    show(
        "No raion file given (or not found): skipping the per-raion table. Pass one, e.g. "
        "python examples/notebook.py ua_raions_2020_osm.geojson"
    )

# %% [markdown]
# ## 5. The map
# `m` shows inline in Jupyter; `m.save(path)` writes the page `strikemap map` writes for the
# same reports (self-contained, no network request); `m.save(path, fragment=True)` writes a
# `<div>` to paste into a report.

# %%
m = geo.make_map(extractions, title="Strikes in the example feed", boundaries=units)
out = Path(ARGS.output)
out.mkdir(parents=True, exist_ok=True)
m.save(out / "notebook_map.html")
show(f"wrote {out / 'notebook_map.html'}")
m  # noqa: B018 -- a notebook shows the map here
