"""The Python API of strikemap: what the ``strikemap`` commands do, as functions.

Read reports (:func:`read_reports`: files, folders, JSONL or CSV feeds, or a pandas DataFrame),
extract their places, roles and figures (:func:`extract`: one report or many, ``jobs=``
processes), look names up in the offline gazetteer (:func:`geocode`), and get the results as
a GeoDataFrame of places (:func:`places_frame`, the ``strikemap extract`` contract as
columns), the per-unit table (:func:`regions_frame`, ``strikemap regions``) and the map
(:func:`make_map`, a ``folium.Map`` whose ``save()`` writes what ``strikemap map`` writes).
Every name here is also ``geo.<name>``.

Stages are not re-implemented: each function calls the module the command calls, so the
results are the command's. Errors are :class:`geo.errors.StrikemapError` with one-line
messages in Python terms ("pass encoding=...").

Examples
--------
>>> import geo
>>> exts = geo.extract([
...     "A missile struck Odesa port on Tuesday; two people were killed.",
...     "Drones launched from the Kursk region were shot down over Sumy.",
... ])
>>> [[(p.place.name, p.role) for p in e.places] for e in exts]
[[('Odesa', 'impact')], [('Kursk Oblast', 'launch'), ('Sumy', 'impact')]]
>>> frame = geo.places_frame(exts)
>>> print(frame[["name", "role", "killed"]].to_string(index=False))
        name   role  killed
       Odesa impact       2
Kursk Oblast launch    <NA>
        Sumy impact    <NA>
"""

from __future__ import annotations

import datetime as dt
import math
import os
import sys
import warnings
from collections.abc import Iterable
from typing import TYPE_CHECKING, overload

from geo.errors import InputError
from geo.records import FACT_KEYS, Extraction, Report

if TYPE_CHECKING:
    import geopandas
    import pandas

    from geo.api_map import StrikeMap
    from geo.places.gazetteer import Candidate
    from geo.read.reports import Columns, Row

__all__ = [
    "PLACE_COLUMNS",
    "extract",
    "geocode",
    "load_boundaries",
    "make_map",
    "places_frame",
    "read_reports",
    "regions_frame",
]

#: The fields of a ``"type": "place"`` line of ``strikemap extract``, in its order: the first
#: columns of :func:`places_frame`.
PLACE_COLUMNS = (
    "type",
    "report",
    "id",
    "name",
    "role",
    "kind",
    "country",
    "admin1",
    "lat",
    "lon",
    "precision",
    "confidence",
    "cue",
    "sentence",
    "damage",
    "attacker",
    "facts",
    "mentions",
)
_REPORT_META = ("title", "date", "source", "url")
_REPORT_TOTALS = tuple(f"report_{key}" for key in FACT_KEYS)

PathLike = str | os.PathLike[str]


# ----------------------------------------------------------------------------- reading


def _columns(**names: str | None) -> Columns:
    from geo.read.reports import Columns

    return Columns(**{k: v for k, v in names.items() if v is not None})


def _skipper(skip_bad: bool):
    """``on_skip`` for the readers and engines: a warning per bad record, or None (raise)."""
    if not skip_bad:
        return None

    def skipped(where: str, reason: str) -> None:
        warnings.warn(f"skipped {where}: {reason}", UserWarning, stacklevel=4)

    return skipped


def _is_frame(obj: object) -> bool:
    pandas = sys.modules.get("pandas")
    return pandas is not None and isinstance(obj, pandas.DataFrame)


def read_reports(
    source: PathLike | Iterable[PathLike] | pandas.DataFrame,
    *,
    encoding: str | None = None,
    text_col: str = "text",
    title_col: str = "title",
    date_col: str = "date",
    id_col: str = "id",
    source_col: str = "source",
    url_col: str = "url",
    place_col: str | None = None,
    lat_col: str | None = None,
    lon_col: str | None = None,
    max_report_size: int | None = None,
    skip_bad: bool = False,
) -> list[Report | Row]:
    """Read reports from files, folders, JSONL or CSV feeds, or a pandas DataFrame.

    Files are read as ``strikemap`` reads them: ``.txt``, ``.md`` and ``.html`` reports (with
    ``Title:``/``Date:`` headers or front matter), folders of them, ``.jsonl`` and ``.csv``
    feeds (a text column plus ``id``, ``title``, ``date``, ``source``, ``url``), with the
    encoding detected per file. A table without a text column is an event table: each row
    becomes a :class:`~geo.read.reports.Row` that :func:`extract` resolves from its place or
    coordinate columns. A report given twice (same text) is kept once.

    Parameters
    ----------
    source : path, iterable of paths, or pandas.DataFrame
        A file or folder (``"-"`` is standard input), several of them, or a DataFrame with a
        text column (one report per row; missing cells are left out, dates may be
        ``Timestamp``; a row's id is its ``id`` column, else a hash of its text).
    encoding : str, optional
        A text encoding for the files instead of detecting it (``"cp1251"``).
    text_col, title_col, date_col, id_col, source_col, url_col : str
        The columns (JSON keys) of each report field, matched case-insensitively.
    place_col, lat_col, lon_col : str, optional
        An event table's free place-text column and coordinate columns.
    max_report_size : int, optional
        Size limit of one report in bytes (default 10 MiB; 0 for none).
    skip_bad : bool, default False
        Skip a bad file, line or row with a ``UserWarning`` naming it, instead of raising.

    Returns
    -------
    list of Report or Row
        In input order, every string cleaned (NFC, zero-width characters removed).

    Raises
    ------
    geo.errors.InputError
        For a missing, empty, undecodable or malformed input, naming the file and line (or
        DataFrame row) and the fix.

    Examples
    --------
    >>> import pandas as pd
    >>> feed = pd.DataFrame({
    ...     "id": ["a1", "a2"],
    ...     "date": pd.to_datetime(["2025-07-04", "2025-07-05"]),
    ...     "body": ["Shelling damaged houses in Nikopol.", "A drone hit a depot in Dnipro."],
    ... })
    >>> reports = geo.read_reports(feed, text_col="body")
    >>> [(r.id, r.date, r.text[:20]) for r in reports]
    [('a1', '2025-07-04', 'Shelling damaged hou'), ('a2', '2025-07-05', 'A drone hit a depot ')]
    """
    from geo.read.reports import DEFAULT_MAX_BYTES, iter_inputs

    columns = _columns(
        text=text_col,
        title=title_col,
        date=date_col,
        id=id_col,
        source=source_col,
        url=url_col,
        place=place_col,
        lat=lat_col,
        lon=lon_col,
    )
    if _is_frame(source):
        return _frame_items(source, columns, _skipper(skip_bad))  # type: ignore[arg-type]
    paths = [source] if isinstance(source, str | os.PathLike) else list(source)  # type: ignore[arg-type]
    for p in paths:
        if not isinstance(p, str | os.PathLike):
            raise InputError(
                f"read_reports() takes paths or a pandas DataFrame, got {type(p).__name__}; "
                "give report texts to geo.extract() instead"
            )
    limit = DEFAULT_MAX_BYTES if max_report_size is None else max_report_size
    return list(
        iter_inputs(
            [os.fspath(p) for p in paths],
            encoding=encoding,
            columns=columns,
            on_skip=_skipper(skip_bad),
            max_bytes=limit,
        )
    )


def _missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    pandas = sys.modules.get("pandas")
    return pandas is not None and (value is pandas.NaT or value is pandas.NA)


def _cell_value(value: object) -> object:
    """A DataFrame cell as the readers take it: text, a whole number, an ISO date."""
    if isinstance(value, dt.datetime):
        same_day = value.time() == dt.time(0) and value.tzinfo is None
        return value.date().isoformat() if same_day else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        return _cell_value(value.item())
    return value


def _frame_item(cells: dict[str, object], where: str, label: object, cols: Columns):
    """One DataFrame row as a Report (it has text) or an event-table Row."""
    from geo.read.reports import cells_item

    item = cells_item(cells, where, cols, report_id="", row_id=f"row-{label}")
    if item is not None:
        return item
    raise InputError(
        f"{where}: no text in column {cols.text!r}; give the report text there, or name the "
        "text column with text_col=..."
    )


def _frame_items(frame: pandas.DataFrame, cols: Columns, on_skip) -> list[Report | Row]:
    from geo.read.cleantext import clean_text
    from geo.read.reports import is_event_table, skip_reason

    cols = cols.lowered()
    keys = [clean_text(str(c)).strip().lower() for c in frame.columns]
    if cols.text not in keys and not is_event_table(keys, cols):
        raise InputError(
            f"DataFrame: no {cols.text!r} column (columns: {', '.join(keys) or 'none'}); name "
            "the report text column with text_col=..., or an event table's place column with "
            "place_col=..."
        )
    out: list[Report | Row] = []
    seen: set[str] = set()
    rows = zip(frame.index, frame.itertuples(index=False, name=None), strict=True)
    for label, values in rows:
        where = f"DataFrame row {label}"
        cells = {k: _cell_value(v) for k, v in zip(keys, values, strict=True) if not _missing(v)}
        try:
            item = _frame_item(cells, where, label, cols)
        except InputError as exc:
            if on_skip is None:
                raise
            on_skip(where, skip_reason(where, exc))
            continue
        key = item.text if isinstance(item, Report) else f"{item.id}\x1f{sorted(item.fields)}"
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _text_report(text: str, where: str) -> Report:
    """A report from its text, read like standard input (``Title:``/``Date:`` lines first
    are its metadata; its id is a hash of the text)."""
    from geo.read.reports import text_report

    if "\n" not in text and len(text) < 4096 and text.strip() and os.path.exists(text):
        raise InputError(
            f"{where}: {text!r} is a file name, not report text; read the file with "
            f"geo.read_reports({text!r}) and extract what it returns"
        )
    return text_report(text, where)


def _item(value: object, where: str):
    from geo.read.reports import Row

    if isinstance(value, str):
        return _text_report(value, where)
    if isinstance(value, Report | Row):
        return value
    raise InputError(
        f"{where}: cannot extract a {type(value).__name__}; give report text (str), a Report "
        "or Row from geo.read_reports(), or a list of them"
    )


# ----------------------------------------------------------------------------- extraction


@overload
def extract(  # type: ignore[overload-overlap]  # a str is one report, not many
    reports: str | Report | Row,
    *,
    jobs: int = 1,
    skip_bad: bool = False,
    max_report_seconds: float | None = None,
) -> Extraction: ...


@overload
def extract(
    reports: Iterable[str | Report | Row] | pandas.DataFrame,
    *,
    jobs: int = 1,
    skip_bad: bool = False,
    max_report_seconds: float | None = None,
) -> list[Extraction]: ...


def extract(
    reports: str | Report | Row | Iterable[str | Report | Row] | pandas.DataFrame,
    *,
    jobs: int = 1,
    skip_bad: bool = False,
    max_report_seconds: float | None = None,
) -> Extraction | list[Extraction]:
    """Find the places of reports, their roles (impact, launch, mention) and figures.

    Parameters
    ----------
    reports : str, Report, Row, an iterable of them, or pandas.DataFrame
        One report, given as its text (a ``str``; ``Title:``/``Date:`` lines first are its
        metadata) or as a record of :func:`read_reports`; or many of them; or a DataFrame
        with a ``text`` column (read with :func:`read_reports`; use that for other column
        names). A ``str`` is always report text: read files with :func:`read_reports`.
    jobs : int, default 1
        Worker processes; the results are the same, in input order, whatever ``jobs``.
    skip_bad : bool, default False
        Skip a report whose extraction fails (or runs over its time budget) with a
        ``UserWarning`` naming it, instead of raising. One report always raises.
    max_report_seconds : float, optional
        Processor-time budget of one report (default 60; 0 for none).

    Returns
    -------
    Extraction or list of Extraction
        One :class:`~geo.records.Extraction` for one report, a list (in input order) for
        many; each holds the report, its places
        (:class:`~geo.records.ResolvedPlace`: place, role, precision, confidence, cue,
        sentence, damage, attacker, the figures tied to it), its totals (``facts``) and its
        unresolved mentions.

    Raises
    ------
    geo.errors.InputError
        For empty text, a bad record (unless ``skip_bad``), or ``jobs`` below 1.

    Examples
    --------
    >>> ext = geo.extract("Title: Night attack\\nDate: 2025-07-04\\n\\n"
    ...                   "Russian drones struck Kyiv overnight, killing two people.")
    >>> ext.report.title, ext.report.date, ext.facts
    ('Night attack', '2025-07-04', {'killed': 2})
    >>> [(p.place.name, p.place.admin1, p.role, p.facts) for p in ext.impacts]
    [('Kyiv', 'UA-30', 'impact', {'killed': 2})]
    """
    from geo.engines.batch import DEFAULT_SECONDS, run_batch
    from geo.read.reports import Row

    seconds = DEFAULT_SECONDS if max_report_seconds is None else max_report_seconds
    if isinstance(reports, str | Report | Row):
        (one,) = run_batch([_item(reports, "<text>")], jobs=1, seconds=seconds)
        return one
    if isinstance(reports, os.PathLike):
        raise InputError(
            f"{os.fspath(reports)}: a path, not report text; read it with geo.read_reports() "
            "and extract what it returns"
        )
    on_error = _skipper(skip_bad)
    if _is_frame(reports):
        items: list = read_reports(reports, skip_bad=skip_bad)  # type: ignore[arg-type]
    else:
        items = _items(reports, on_error)  # type: ignore[arg-type]
    return list(run_batch(items, jobs=jobs, on_error=on_error, seconds=seconds))


def _items(reports: Iterable[object], on_error) -> list:
    """The items of a list to extract; a bad one raises, or is skipped under ``skip_bad``."""
    items = []
    for i, value in enumerate(reports):
        where = f"<text {i}>"
        try:
            items.append(_item(value, where))
        except InputError as exc:
            if on_error is None:
                raise
            on_error(where, str(exc).removeprefix(where + ": "))
    return items


# ----------------------------------------------------------------------------- geocoding


def geocode(name: str, *, limit: int = 5) -> list[Candidate]:
    """Look a place name up in the offline gazetteer (``strikemap geocode``).

    Names are matched in English, Ukrainian and Russian, old and new spellings, in any
    grammatical case ("Kiev", "Києва", "Kharkiv region").

    Parameters
    ----------
    name : str
        A place name.
    limit : int, default 5
        The most candidates to return.

    Returns
    -------
    list of Candidate
        Best first; empty when the name is not known. Each has ``place`` (a
        :class:`~geo.records.Place`: ``id``, ``name``, ``kind``, ``country``, ``admin1``,
        ``lat``, ``lon``, ``population``), the ``alias`` that matched, whether it matched
        ``exact``\\ ly, and a ``flag`` for names that are also common words.

    Examples
    --------
    >>> best = geo.geocode("Zaporozhye")[0].place
    >>> best.name, best.kind, best.admin1
    ('Zaporizhzhia', 'settlement', 'UA-23')
    >>> geo.geocode("Qwzxville")
    []
    """
    from geo.places.gazetteer import load_gazetteer
    from geo.read.cleantext import clean_text

    if limit < 1:
        raise InputError(f"limit={limit}: give 1 or more candidates")
    if not isinstance(name, str):
        raise InputError(f"geocode() takes one name (str), got {type(name).__name__}")
    key = clean_text(name).strip()
    return load_gazetteer().lookup(key)[:limit] if key else []


# ----------------------------------------------------------------------------- frames


def _as_list(extractions: Extraction | Iterable[Extraction]) -> list[Extraction]:
    items = [extractions] if isinstance(extractions, Extraction) else list(extractions)
    for e in items:
        if not isinstance(e, Extraction):
            raise InputError(
                f"expected extractions from geo.extract(), got {type(e).__name__}; run "
                "geo.extract() on the reports first"
            )
    return items


def _place_rows(ext: Extraction) -> list[dict]:
    from geo.output.export import extraction_records

    records = list(extraction_records([ext]))
    report = records[-1]
    meta = {key: report[key] for key in _REPORT_META}
    totals = {f"report_{key}": ext.facts.get(key) for key in FACT_KEYS}
    return [
        {**rec, **{k: rec["facts"].get(k) for k in FACT_KEYS}, **meta, **totals}
        for rec in records
        if rec["type"] == "place"
    ]


def places_frame(extractions: Extraction | Iterable[Extraction]) -> geopandas.GeoDataFrame:
    """The places of the extractions as a GeoDataFrame: one row per report and place.

    Parameters
    ----------
    extractions : Extraction or iterable of Extraction
        From :func:`extract`.

    Returns
    -------
    geopandas.GeoDataFrame
        In EPSG:4326, a ``Point`` geometry per row (None for a place without coordinates).
        The first columns are the fields of a ``"type": "place"`` line of ``strikemap
        extract`` (:data:`PLACE_COLUMNS`, same values: ``damage`` a list, ``facts`` a dict,
        ``mentions`` a list of ``{text, start, end}``); then the place's own figures as
        ``killed``, ``wounded``, ``drones``, ``missiles``, ``intercepted`` (``Int64``,
        ``<NA>`` when not stated), the report's ``title``, ``date``, ``source``, ``url`` and
        its totals ``report_killed`` ... ``report_intercepted`` (repeated on each of its
        rows: count them once per ``report``). The list and dict columns do not fit a
        GeoPackage: drop them before ``to_file``, or write with ``strikemap extract
        --format gpkg``.

    Examples
    --------
    >>> frame = geo.places_frame(geo.extract(
    ...     "A strike on Kharkiv killed one person; another hit Zolochiv, wounding four."))
    >>> frame[["name", "role", "killed", "wounded"]]
           name    role  killed  wounded
    0   Kharkiv  impact       1     <NA>
    1  Zolochiv  impact    <NA>        4
    >>> frame.crs.to_epsg(), frame.geometry.iloc[0].geom_type
    (4326, 'Point')
    """
    import geopandas as gpd
    import pandas as pd

    rows = [row for ext in _as_list(extractions) for row in _place_rows(ext)]
    columns = [*PLACE_COLUMNS, *FACT_KEYS, *_REPORT_META, *_REPORT_TOTALS]
    frame = pd.DataFrame(rows, columns=columns)
    for column in ("precision", *FACT_KEYS, *_REPORT_TOTALS):
        frame[column] = frame[column].astype("Int64")
    for column in ("lat", "lon", "confidence"):
        frame[column] = frame[column].astype("float64")
    geometry = gpd.points_from_xy(frame["lon"], frame["lat"], crs="EPSG:4326")
    geometry[frame["lon"].isna().to_numpy() | frame["lat"].isna().to_numpy()] = None
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def load_boundaries(
    path: PathLike,
    *,
    layer: str | None = None,
    code_col: str | None = None,
    name_col: str | None = None,
) -> geopandas.GeoDataFrame:
    """Read your own boundary file (raions, hromadas, districts, ...) for
    :func:`regions_frame` and :func:`make_map`.

    Parameters
    ----------
    path : str or path-like
        Any file pyogrio reads (GeoJSON, GeoPackage, Shapefile, zipped Shapefile) or
        GeoParquet, in any CRS.
    layer : str, optional
        The layer of a multi-layer file.
    code_col, name_col : str, optional
        The columns holding unit codes and names (default: found by name, e.g.
        ``iso3166-2``, ``shapeISO``, ``name:en``, ``name``). A file with names only is joined
        to ISO codes through the gazetteer when its units are first-level units.

    Returns
    -------
    geopandas.GeoDataFrame
        The units in EPSG:4326 with ``code``, ``name``, ``name_local``, ``country``,
        ``level``, ``pcode`` and ``geometry``, sorted by code; ``attrs["path"]`` and
        ``attrs["layer"]`` say where they came from (for the map's credit line).

    Raises
    ------
    geo.errors.InputError
        For a missing or unreadable file, an unknown layer or column, or no polygons.

    Examples
    --------
    >>> import pathlib, tempfile, geopandas, shapely
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "districts.geojson"
    >>> geopandas.GeoDataFrame(
    ...     {"district": ["North", "South"]},
    ...     geometry=[shapely.box(30, 50, 31, 51), shapely.box(30, 49, 31, 50)],
    ...     crs="EPSG:4326",
    ... ).to_file(path)
    >>> units = geo.load_boundaries(path, name_col="district")
    >>> units["code"].tolist()
    ['North', 'South']
    >>> table = geo.regions_frame(geo.extract("Shelling hit Kyiv and Bila Tserkva."), units)
    >>> table[["district", "reports", "impact_sites"]]
      district  reports  impact_sites
    0    North        1             1
    1    South        1             1
    """
    from geo.places.user_boundaries import load_user_boundaries

    units = load_user_boundaries(path, layer=layer, code_col=code_col, name_col=name_col)
    units.attrs.update(path=os.fspath(path), layer=layer)
    return units


def _units(boundaries, layer, code_col, name_col) -> tuple[geopandas.GeoDataFrame, bool]:
    """The boundary layer and whether it is the user's own."""
    from geo.places.boundaries import load_admin1

    if boundaries is None:
        return load_admin1(), False
    if isinstance(boundaries, str | os.PathLike):
        return load_boundaries(boundaries, layer=layer, code_col=code_col, name_col=name_col), True
    missing = [c for c in ("code", "name") if c not in getattr(boundaries, "columns", ())]
    if missing or not hasattr(boundaries, "geometry"):
        raise InputError(
            f"boundaries: a GeoDataFrame without {missing or 'geometry'}; give the file's path, "
            "or read it with geo.load_boundaries(path, code_col=..., name_col=...)"
        )
    return boundaries, True


def regions_frame(
    extractions: Extraction | Iterable[Extraction],
    boundaries: PathLike | geopandas.GeoDataFrame | None = None,
    *,
    layer: str | None = None,
    code_col: str | None = None,
    name_col: str | None = None,
    all_units: bool = False,
) -> geopandas.GeoDataFrame:
    """The per-unit table of ``strikemap regions``: reports, impact sites and casualties.

    Each impact place is counted in the smallest unit holding it. With the embedded
    first-level units (the default), a place just off the coast or a border counts in the
    unit within 15 km; your own file is taken as drawn (a place in a hole of it, or beyond
    its edge, is counted in none). A unit's ``killed`` and ``wounded`` are the sum of the
    figures the reports tie to its impact places, a region's and a city's in it counted once.

    Parameters
    ----------
    extractions : Extraction or iterable of Extraction
        From :func:`extract`.
    boundaries : path, GeoDataFrame, optional
        Your own boundary file, or its units from :func:`load_boundaries`; default the
        embedded first-level units (oblasts, federal subjects).
    layer, code_col, name_col : str, optional
        As for :func:`load_boundaries`, when ``boundaries`` is a path.
    all_units : bool, default False
        Keep the units no report hits (as ``strikemap regions --all``).

    Returns
    -------
    geopandas.GeoDataFrame
        The rows and columns ``strikemap regions`` writes, in EPSG:4326: one row per unit (by
        code) with the unit's ``code``, ``name`` and ``country`` (for your own file: its own
        code and name columns, under its column names, so the table joins back to it, then
        ``iso_code`` where known), ``reports`` (distinct reports with an impact in the unit),
        ``impact_sites`` (distinct settlements and districts hit), ``killed``, ``wounded``
        and the unit's ``geometry``.

    Examples
    --------
    >>> table = geo.regions_frame(geo.extract(
    ...     "Missiles hit Lviv and Dnipro; in Dnipro three people were wounded."))
    >>> table[["code", "name", "reports", "impact_sites", "killed", "wounded"]]
        code                   name  reports  impact_sites  killed  wounded
    0  UA-12  Dnipropetrovsk Oblast        1             1       0        3
    1  UA-46            Lviv Oblast        1             1       0        0
    """
    from geo.places.boundaries import nearest_km, per_unit

    units, own = _units(boundaries, layer, code_col, name_col)
    table = per_unit(_as_list(extractions), units, max_km=nearest_km(own))
    if not all_units:
        table = table[table["reports"] > 0]
    return table.reset_index(drop=True)


# ----------------------------------------------------------------------------- the map


def make_map(
    extractions: Extraction | Iterable[Extraction],
    *,
    title: str | None = None,
    boundaries: PathLike | geopandas.GeoDataFrame | None = None,
    layer: str | None = None,
    code_col: str | None = None,
    name_col: str | None = None,
    boundaries_credit: str | None = None,
    tiles: str | None = None,
    by: str = "auto",
    corrections: PathLike | None = None,
) -> StrikeMap:
    """The strike map of ``strikemap map``, as a ``folium.Map``.

    It shows inline in Jupyter (as the self-contained page, in a sandboxed frame), and
    ``save(path)`` writes byte for byte the page ``strikemap map`` writes for the same
    reports and options.

    Parameters
    ----------
    extractions : Extraction or iterable of Extraction
        From :func:`extract`.
    title : str, optional
        The map's title (default: the report's title, or "Strikes reported in N reports —
        DATES").
    boundaries, layer, code_col, name_col
        Your own boundary units to shade, as for :func:`regions_frame`; default the embedded
        first-level units.
    boundaries_credit : str, optional
        Attribution of your boundary file (default: from its metadata or columns).
    tiles : str, optional
        Web tiles from an ``xyzservices`` provider (``"OpenStreetMap.Mapnik"``); default none:
        the page makes no network request.
    by : {"auto", "reports", "events"}
        Draw reports, or events (one strike told by several sources is one); ``"auto"``:
        events when the reports come from more than one source.
    corrections : path, optional
        An analyst's corrections CSV, applied when drawing events.

    Returns
    -------
    StrikeMap
        A ``folium.Map``; ``save(path)``, ``to_html()`` and ``save(path, fragment=True)``
        give the page or an embeddable ``<div>``.

    Examples
    --------
    >>> m = geo.make_map(geo.extract("A drone hit a school in Sumy."), title="Sumy")
    >>> import folium
    >>> isinstance(m, folium.Map), m.title
    (True, 'Sumy')
    >>> page = m.to_html()
    >>> page.startswith("<!DOCTYPE html>"), "<title>Sumy</title>" in page
    (True, True)
    """
    from geo.api_map import StrikeMap
    from geo.events.on_map import read_reports as map_reports
    from geo.maps.page import boundary_credit
    from geo.maps.render import map_of
    from geo.maps.units import UnitLayer
    from geo.places.boundaries import load_admin0, nearest_km

    if by not in ("auto", "reports", "events"):
        raise InputError(f"by={by!r}: give 'auto', 'reports' or 'events'")
    units, own = _units(boundaries, layer, code_col, name_col)
    unit_layer = UnitLayer.from_frame(units)
    max_km = nearest_km(own)
    reports = map_reports(
        _as_list(extractions), by, unit_layer, max_km, every_place=corrections is not None
    )
    title = title or reports.default_title()
    counting = "reports"
    collector = reports.collector
    if collector is None:  # drawn by events
        from geo.events.build import events_for_map
        from geo.maps.collect import MapCollector

        path = None if corrections is None else os.fspath(corrections)
        events = events_for_map(reports.events, path)
        collector, counting = MapCollector(unit_layer, max_km).add_all(events).finish(), "events"
    credit = None
    if own:
        source = units.attrs.get("path")
        credit = boundaries_credit or (
            boundary_credit(source, units.attrs.get("layer"))
            if source
            else "your boundary units (licence not stated)"
        )
    m = map_of(
        collector,
        title=title,
        basemap=load_admin0(),
        tiles=tiles,
        counting=counting,
        boundaries_credit=credit,
        fit_to_units=own,
    )
    return StrikeMap.adopt(m, title)
