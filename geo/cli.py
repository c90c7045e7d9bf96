"""The ``strikemap`` command: ``map``, ``extract``, ``geocode`` and ``regions``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from geo import __version__
from geo.errors import StrikemapError

__all__ = ["main"]

_EPILOGS = {
    "map": "example:\n  strikemap map examples/ -o outputs/demo.html --title 'Night of 4 July'",
    "extract": "example:\n  strikemap extract examples/kyiv_night.txt --format jsonl",
    "geocode": "examples:\n  strikemap geocode Kiev 'Kharkiv region' Zaporozhye --json\n"
    "  printf 'Odesa\\nSumy\\n' | strikemap geocode -",
    "regions": "example:\n  strikemap regions examples/ --format csv",
}


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _add_boundary_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--boundaries",
        metavar="FILE",
        help="your own boundary file (GeoJSON, GeoPackage, Shapefile, zip, "
        "GeoParquet) instead of the embedded admin-1 layer",
    )
    p.add_argument("--layer", help="layer of a multi-layer boundary file")
    p.add_argument("--code-col", help="column of the boundary file holding unit codes")
    p.add_argument("--name-col", help="column of the boundary file holding unit names")


def _parser() -> argparse.ArgumentParser:
    ap = _Parser(prog="strikemap", description="Geocode strike reports and map them.")
    ap.add_argument("--version", action="version", version=f"strikemap {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, parser_class=_Parser)
    fmt = argparse.RawDescriptionHelpFormatter

    p = sub.add_parser(
        "map",
        help="render reports as a layered HTML map",
        description="Render reports as a layered, self-contained HTML map.",
        epilog=_EPILOGS["map"],
        formatter_class=fmt,
    )
    p.add_argument(
        "reports",
        nargs="+",
        metavar="REPORT",
        help="text/Markdown/HTML files, directories, JSONL or CSV; - for stdin",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="HTML file to write")
    p.add_argument("--title", help="map title (default: from the reports)")
    p.add_argument(
        "--tiles",
        metavar="PROVIDER",
        help="xyzservices tile provider (e.g. OpenStreetMap.Mapnik); default: an "
        "offline basemap drawn from the embedded boundaries",
    )
    p.add_argument("--encoding", help="text encoding of the inputs (default: detect)")
    _add_boundary_options(p)

    p = sub.add_parser(
        "extract",
        help="print places, roles and facts of reports",
        description="Print the places each report names, their roles "
        "(impact, launch, mention) and the report's numbers.",
        epilog=_EPILOGS["extract"],
        formatter_class=fmt,
    )
    p.add_argument("reports", nargs="+", metavar="REPORT")
    p.add_argument(
        "--format",
        choices=("jsonl",),
        default="jsonl",
        help="output format (default jsonl: one JSON object a line)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--encoding", help="text encoding of the inputs (default: detect)")

    p = sub.add_parser(
        "geocode",
        help="look names up in the offline gazetteer",
        description="Look place names up in the offline gazetteer and print "
        "their ranked candidates.",
        epilog=_EPILOGS["geocode"],
        formatter_class=fmt,
    )
    p.add_argument("names", nargs="+", metavar="NAME", help="place names; - reads stdin")
    p.add_argument("--json", action="store_true", help="one JSON object a line")
    p.add_argument("--limit", type=int, default=5, help="candidates per name (default 5)")

    p = sub.add_parser(
        "regions",
        help="per-region table of reports and casualties",
        description="Aggregate reports per boundary unit.",
        epilog=_EPILOGS["regions"],
        formatter_class=fmt,
    )
    p.add_argument("reports", nargs="+", metavar="REPORT")
    p.add_argument("--format", choices=("csv", "geojson"), default="csv")
    p.add_argument("--all", action="store_true", help="list units without reports too")
    p.add_argument("--encoding", help="text encoding of the inputs (default: detect)")
    _add_boundary_options(p)
    return ap


def _extractions(args: argparse.Namespace) -> list:
    from geo.gazetteer import load_gazetteer
    from geo.reports import read_reports
    from geo.resolve import extract_report

    reports = read_reports(args.reports, encoding=args.encoding)
    gaz = load_gazetteer()
    return [extract_report(r, gaz) for r in reports]


def _units(args: argparse.Namespace):
    from geo.boundaries import load_admin1, load_user_boundaries

    if args.boundaries:
        return load_user_boundaries(
            args.boundaries, layer=args.layer, code_col=args.code_col, name_col=args.name_col
        )
    return load_admin1()


def _cmd_extract(args: argparse.Namespace) -> int:
    from geo.export import atomic_write_text, to_jsonl

    text = to_jsonl(_extractions(args))
    if args.output:
        atomic_write_text(args.output, text)
    else:
        sys.stdout.write(text)
    return 0


def _default_title(extractions: Sequence) -> str:
    dates = sorted({e.report.date for e in extractions if e.report.date})
    if len(extractions) == 1 and extractions[0].report.title:
        return extractions[0].report.title
    span = f" — {dates[0]}" + (f" to {dates[-1]}" if len(dates) > 1 else "") if dates else ""
    return f"Strikes reported in {len(extractions)} report{'s' * (len(extractions) != 1)}{span}"


def _cmd_map(args: argparse.Namespace) -> int:
    from geo.boundaries import aggregate, load_admin0
    from geo.render import build_map, write_html

    extractions = _extractions(args)
    units = _units(args)
    regions = aggregate(extractions, units)
    m = build_map(
        extractions,
        regions,
        title=args.title or _default_title(extractions),
        basemap=load_admin0(),
        tiles=args.tiles,
    )
    write_html(m, args.output)
    impacts = sum(len(e.impacts) for e in extractions)
    print(
        f"wrote {args.output}: {len(extractions)} report(s), {impacts} impact place(s), "
        f"{int((regions['reports'] > 0).sum())} region(s) shaded",
        file=sys.stderr,
    )
    return 0


def _cmd_regions(args: argparse.Namespace) -> int:
    from geo.boundaries import aggregate

    regions = aggregate(_extractions(args), _units(args))
    if not args.all:
        regions = regions[regions["reports"] > 0]
    if args.format == "geojson":
        sys.stdout.write(regions.to_json(drop_id=True) + "\n")
    else:
        sys.stdout.write(regions.drop(columns="geometry").to_csv(index=False))
    return 0


def _geocode_names(names: list[str]) -> list[str]:
    out = []
    for n in names:
        if n == "-":
            out.extend(line.strip() for line in sys.stdin if line.strip())
        else:
            out.append(n)
    return out


def _cmd_geocode(args: argparse.Namespace) -> int:
    from geo.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    missing = 0
    for name in _geocode_names(args.names):
        cands = gaz.lookup(name)[: args.limit]
        missing += not cands
        rows = [
            {
                "name": c.place.name,
                "kind": c.place.kind,
                "country": c.place.country,
                "admin1": c.place.admin1,
                "lat": c.place.lat,
                "lon": c.place.lon,
                "population": c.place.population,
                "geonameid": int(c.place.id[3:]) if c.place.id.startswith("gn:") else None,
                "id": c.place.id,
                "alias": c.alias,
                "exact": c.exact,
                "flag": c.flag,
            }
            for c in cands
        ]
        if args.json:
            print(json.dumps({"query": name, "candidates": rows}, ensure_ascii=False))
        elif not rows:
            print(f"{name}: not found")
        else:
            for i, r in enumerate(rows, 1):
                where = f"{r['lat']:.4f}, {r['lon']:.4f}" if r["lat"] is not None else "-"
                print(
                    f"{name}\t{i}\t{r['name']}\t{r['kind']}\t{r['country']}\t"
                    f"{r['admin1'] or '-'}\t{where}\tpop {r['population']}"
                )
    return 1 if missing else 0


_COMMANDS = {
    "map": _cmd_map,
    "extract": _cmd_extract,
    "geocode": _cmd_geocode,
    "regions": _cmd_regions,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 ok, 1 nothing found, 2 error)."""
    args = _parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except StrikemapError as exc:
        print(f"strikemap: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("strikemap: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
