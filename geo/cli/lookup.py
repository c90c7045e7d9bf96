"""``strikemap geocode`` and ``strikemap boundaries``: look into the shipped data, the
gazetteer's candidates for names and the embedded boundary layers."""

from __future__ import annotations

import argparse
import json
import sys

from geo.cli.options import positive_int
from geo.cli.running import stdout
from geo.errors import InputError

__all__ = ["add_boundaries_parser", "add_geocode_parser", "run_boundaries", "run_geocode"]

GEOCODE_EPILOG = (
    "examples:\n  strikemap geocode Kiev 'Kharkiv region' Zaporozhye --json\n"
    "  printf 'Odesa\\nSumy\\n' | strikemap geocode -"
)
BOUNDARIES_EPILOG = (
    "examples:\n  strikemap boundaries list\n  strikemap boundaries show admin1 --json"
)


def add_geocode_parser(sub) -> None:
    """Register ``geocode`` on the subparsers of the command line."""
    p = sub.add_parser(
        "geocode",
        help="look names up in the offline gazetteer",
        description="Look place names up in the offline gazetteer and print "
        "their ranked candidates.",
        epilog=GEOCODE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("names", nargs="+", metavar="NAME", help="place names; - reads stdin")
    p.add_argument("--json", action="store_true", help="one JSON object a line")
    p.add_argument("--limit", type=positive_int, default=5, help="candidates per name (default 5)")


def add_boundaries_parser(sub) -> None:
    """Register ``boundaries`` on the subparsers of the command line."""
    p = sub.add_parser(
        "boundaries",
        help="what boundary layers are embedded",
        description="List the embedded boundary layers, or show one: source, licence, "
        "feature count, countries and columns.",
        epilog=BOUNDARIES_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("action", choices=("list", "show"))
    p.add_argument("name", nargs="?", metavar="NAME", help="layer to show: admin1 or admin0")
    p.add_argument("--json", action="store_true", help="print JSON")


def _geocode_names(names: list[str]) -> list[str]:
    """The names to look up: arguments, and one a line from standard input for ``-``."""
    from geo.read.cleantext import clean_text
    from geo.read.decoding import decode_bytes

    out = []
    for n in names:
        if n != "-":
            out.append(clean_text(n).strip())
            continue
        if sys.stdin is None:
            raise InputError("<stdin>: standard input is closed; give the names as arguments")
        data = sys.stdin.buffer.read()
        if not data.strip():
            continue
        text = clean_text(decode_bytes(data, "<stdin>"))
        out.extend(line.strip() for line in text.splitlines() if line.strip())
    return out


def run_geocode(args: argparse.Namespace) -> int:
    """Run ``strikemap geocode``: 0 when every name was found, else 1."""
    from geo.places.gazetteer import load_gazetteer

    out = stdout()
    gaz = load_gazetteer()
    missing = 0
    for name in _geocode_names(args.names):
        cands = gaz.lookup(name)[: args.limit] if name else []
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
            out.write(json.dumps({"query": name, "candidates": rows}, ensure_ascii=False) + "\n")
        elif not rows:
            out.write(f"{name}: not found\n")
        else:
            for i, r in enumerate(rows, 1):
                where = f"{r['lat']:.4f}, {r['lon']:.4f}" if r["lat"] is not None else "-"
                out.write(
                    f"{name}\t{i}\t{r['name']}\t{r['kind']}\t{r['country']}\t"
                    f"{r['admin1'] or '-'}\t{where}\tpop {r['population']}\n"
                )
    return 1 if missing else 0


def run_boundaries(args: argparse.Namespace) -> int:
    """Run ``strikemap boundaries list`` or ``show NAME``."""
    from geo.places.boundaries import EMBEDDED, describe_embedded

    if args.action == "show" and not args.name:
        raise InputError(f"boundaries show needs a layer name: one of {list(EMBEDDED)}")
    names = [args.name] if args.action == "show" else list(EMBEDDED)
    infos = [describe_embedded(n) for n in names]
    if args.json:
        print(json.dumps(infos[0] if args.action == "show" else infos, ensure_ascii=False))
        return 0
    for info in infos:
        if args.action == "list":
            print(
                f"{info['name']}\t{info['features']} features\t"
                f"{len(info['countries'])} countries\t{info['licence'].split(' (')[0]}"
            )
            continue
        per = ", ".join(f"{c} {k}" for c, k in info["units_per_country"].items())
        for key, value in (
            ("name", info["name"]),
            ("file", info["file"]),
            ("level", info["level"]),
            ("features", info["features"]),
            ("countries", per if info["name"] == "admin1" else ", ".join(info["countries"])),
            ("columns", ", ".join(info["columns"])),
            ("crs", info["crs"]),
            ("bytes", info["bytes"]),
            ("source", info["source"]),
            ("licence", info["licence"]),
            ("changes", info["changes"]),
            ("built by", info["built_by"]),
        ):
            print(f"{key + ':':<11}{value}")
    return 0
