"""``strikemap regions``: reports and casualties per boundary unit, as CSV or GeoJSON (with
either engine)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from geo.cli.options import add_boundary_options, add_force, add_input_options, engine_options
from geo.cli.running import (
    check_inputs,
    check_outputs,
    cluster,
    is_dask,
    print_summary,
    stdout,
    stream,
    units,
)

if TYPE_CHECKING:
    import geopandas

    from geo.engines.progress import Summary

__all__ = ["add_parser", "run"]

EPILOG = (
    "example:\n  strikemap regions examples/ --format csv\n"
    "  strikemap regions examples/sumy_bombs.md --boundaries raions.geojson"
)


def add_parser(sub) -> None:
    """Register ``regions`` on the subparsers of the command line."""
    p = sub.add_parser(
        "regions",
        help="per-region table of reports and casualties",
        description="Aggregate reports per boundary unit.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("reports", nargs="+", metavar="REPORT")
    p.add_argument("--format", choices=("csv", "geojson"), default="csv")
    p.add_argument("--all", action="store_true", help="list units without reports too")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    add_input_options(p)
    add_force(p)
    add_boundary_options(p)


def run(args: argparse.Namespace) -> int:
    """Run ``strikemap regions``."""
    from geo.engines.progress import Summary

    check_inputs(args)
    check_outputs(args, "output")
    layer = units(args)  # read and validated before any work, warnings printed
    summary = Summary()
    table = _table(args, layer, summary)
    print_summary(summary)
    _write(args, table)
    return 0


def _table(
    args: argparse.Namespace, layer: geopandas.GeoDataFrame, summary: Summary
) -> geopandas.GeoDataFrame:
    """The per-unit table of the inputs in ``layer``, counted by the engine asked for (a
    user's file keeps its own code and name columns)."""
    if not is_dask(args):
        from geo.places.boundaries import nearest_km, per_unit

        # Streamed: no extraction is kept.
        return per_unit(stream(args, summary), layer, max_km=nearest_km(bool(args.boundaries)))
    from geo.engines.dask_engine import UnitLayer, regions

    spec = UnitLayer(
        str(Path(args.boundaries).resolve()) if args.boundaries else None,
        args.layer,
        args.code_col,
        args.name_col,
    )
    return regions(
        args.reports,
        units=layer,
        spec=spec,
        options=engine_options(args),
        summary=summary,
        **cluster(args),
    )


def _write(args: argparse.Namespace, table) -> None:
    """Write the per-unit table (units without reports only with ``--all``) to ``-o`` or
    standard output."""
    from geo.output.atomic import atomic_write

    if not args.all:
        table = table[table["reports"] > 0]
    if args.format == "geojson":
        text = table.to_json(drop_id=True) + "\n"
    else:
        text = table.drop(columns="geometry").to_csv(index=False)
    if args.output:
        atomic_write(args.output, text)
    else:
        stdout().write(text)
