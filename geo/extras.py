"""Optional dependencies: the extra that installs each, and one clear error when one is missing.

The default install (``pip install strikemap``) reads reports, geocodes, aggregates and writes
HTML maps, JSONL, GeoJSON, CSV and GeoPackage files. A few features need a library that most
users never load, installed with an extra::

    pip install 'strikemap[png]'      # matplotlib: strikemap map --png, geo.maps.static
    pip install 'strikemap[parquet]'  # pyarrow: GeoParquet boundaries, event tables, stores
    pip install 'strikemap[html]'     # trafilatura: the article text of HTML reports
    pip install 'strikemap[dask]'     # dask, distributed, dask-geopandas: --engine dask

Code that needs one calls :func:`require` before it starts work, so a missing library gives
one line (``--png needs matplotlib: pip install 'strikemap[png]'``, exit status 2 from the
CLI) and no half-written output, instead of an ``ImportError`` traceback.
"""

from __future__ import annotations

import importlib.util

from geo.errors import MissingExtraError

__all__ = ["EXTRAS", "MissingExtraError", "available", "require"]

#: The extra (``strikemap[NAME]``) that installs each optional top-level module.
EXTRAS: dict[str, str] = {
    "matplotlib": "png",
    "pyarrow": "parquet",
    "trafilatura": "html",
    "dask": "dask",
    "distributed": "dask",
    "dask_geopandas": "dask",
}


def available(module: str) -> bool:
    """Whether ``module`` can be imported, without importing it.

    Parameters
    ----------
    module : str
        A top-level module name, such as ``"matplotlib"``.

    Returns
    -------
    bool
        False when it is not installed (or was blocked with ``sys.modules[name] = None``).
    """
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def require(module: str, feature: str) -> None:
    """Raise :class:`MissingExtraError` unless ``module`` is installed.

    Parameters
    ----------
    module : str
        A key of :data:`EXTRAS`.
    feature : str
        What needs it, as the user asked for it: ``"--png"``, ``"reading GeoParquet"``, or a
        file name and what is done with it.

    Raises
    ------
    MissingExtraError
        With one line naming the feature, the library and the extra to install.
    """
    if not available(module):
        extra = EXTRAS[module]
        raise MissingExtraError(f"{feature} needs {module}: pip install 'strikemap[{extra}]'")
