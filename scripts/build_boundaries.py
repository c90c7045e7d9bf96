"""Build strikemap's embedded boundary layers from Natural Earth (via Debian ``qgis-common``).

Natural Earth 1:10m "Admin 1 - States, Provinces" (public domain) is shipped, generalised, in
Debian's ``qgis-common`` package as ``/usr/share/qgis/resources/data/world_map.gpkg``. This
script downloads that package with ``apt-get download`` (or takes ``--deb PATH``), unpacks it
with ``dpkg -x``, and writes to ``boundaries/``:

* ``admin1.geojson``: first-level units of Ukraine, Russia and six other neighbours, with
  ISO 3166-2 codes, current English names, local names and (Ukraine) OCHA P-codes;
* ``admin0.geojson``: countries for a basemap (the eight above dissolved from admin-1, so
  Ukraine includes Crimea, plus a few more neighbours from the ``countries`` layer);
* ``README.md``: source, licence, changes, feature counts and the command to regenerate.

Every unit must map to an ISO 3166-2 code through a written table (Ukraine, by FIPS code) or a
name match against ``pycountry.subdivisions`` plus a small override table; the script exits
with status 1 listing every unit it could not map. The output is deterministic: features are
sorted by code and coordinates rounded to a fixed number of decimals.

Run from the repository root::

    .venv/bin/python scripts/build_boundaries.py [--deb PATH] [--out boundaries]
"""

from __future__ import annotations

import argparse
import gettext
import json
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

import geopandas as gpd
import pycountry
import shapely
from shapely.geometry import MultiPolygon, Polygon, mapping
from shapely.geometry.base import BaseGeometry

GPKG_IN_DEB = Path("usr/share/qgis/resources/data/world_map.gpkg")
DEB_PACKAGE = "qgis-common"
REPO_ROOT = Path(__file__).resolve().parent.parent

#: Countries whose first-level units are kept: Natural Earth adm0_a3 -> ISO alpha-2.
ADMIN1_COUNTRIES: dict[str, str] = {
    "BLR": "BY",
    "HUN": "HU",
    "MDA": "MD",
    "POL": "PL",
    "ROU": "RO",
    "RUS": "RU",
    "SVK": "SK",
    "UKR": "UA",
}
#: Further neighbours drawn only at admin-0 level (basemap), by ISO alpha-2.
EXTRA_ADMIN0 = ("AM", "AT", "AZ", "BG", "CZ", "EE", "FI", "GE", "KZ", "LT", "LV", "RS", "TR")

#: Simplification tolerance in degrees: finer for Ukraine, coarser elsewhere.
TOLERANCE_UA = 0.005
TOLERANCE_OTHER = 0.01
#: Decimals kept in output coordinates (1e-4 deg is about 11 m).
DECIMALS = 4

#: Ukraine, by Natural Earth FIPS code: (ISO 3166-2, OCHA/KATOTTG P-code, English name).
#: Natural Earth files Crimea (UP11) and Sevastopol (UP20) under Russia; they are taken by
#: FIPS code wherever they are filed.
UA_BY_FIPS: dict[str, tuple[str, str, str]] = {
    "UP01": ("UA-71", "UA71", "Cherkasy Oblast"),
    "UP02": ("UA-74", "UA74", "Chernihiv Oblast"),
    "UP03": ("UA-77", "UA73", "Chernivtsi Oblast"),
    "UP04": ("UA-12", "UA12", "Dnipropetrovsk Oblast"),
    "UP05": ("UA-14", "UA14", "Donetsk Oblast"),
    "UP06": ("UA-26", "UA26", "Ivano-Frankivsk Oblast"),
    "UP07": ("UA-63", "UA63", "Kharkiv Oblast"),
    "UP08": ("UA-65", "UA65", "Kherson Oblast"),
    "UP09": ("UA-68", "UA68", "Khmelnytskyi Oblast"),
    "UP10": ("UA-35", "UA35", "Kirovohrad Oblast"),
    "UP11": ("UA-43", "UA01", "Crimea"),
    "UP12": ("UA-30", "UA80", "Kyiv"),
    "UP13": ("UA-32", "UA32", "Kyiv Oblast"),
    "UP14": ("UA-09", "UA44", "Luhansk Oblast"),
    "UP15": ("UA-46", "UA46", "Lviv Oblast"),
    "UP16": ("UA-48", "UA48", "Mykolaiv Oblast"),
    "UP17": ("UA-51", "UA51", "Odesa Oblast"),
    "UP18": ("UA-53", "UA53", "Poltava Oblast"),
    "UP19": ("UA-56", "UA56", "Rivne Oblast"),
    "UP20": ("UA-40", "UA85", "Sevastopol"),
    "UP21": ("UA-59", "UA59", "Sumy Oblast"),
    "UP22": ("UA-61", "UA61", "Ternopil Oblast"),
    "UP23": ("UA-05", "UA05", "Vinnytsia Oblast"),
    "UP24": ("UA-07", "UA07", "Volyn Oblast"),
    "UP25": ("UA-21", "UA21", "Zakarpattia Oblast"),
    "UP26": ("UA-23", "UA23", "Zaporizhzhia Oblast"),
    "UP27": ("UA-18", "UA18", "Zhytomyr Oblast"),
}

#: Russia: ISO 3166-2 -> (English name, Russian name).
RU_NAMES: dict[str, tuple[str, str]] = {
    "RU-AD": ("Adygea", "Республика Адыгея"),
    "RU-AL": ("Altai Republic", "Республика Алтай"),
    "RU-ALT": ("Altai Krai", "Алтайский край"),
    "RU-AMU": ("Amur Oblast", "Амурская область"),
    "RU-ARK": ("Arkhangelsk Oblast", "Архангельская область"),
    "RU-AST": ("Astrakhan Oblast", "Астраханская область"),
    "RU-BA": ("Bashkortostan", "Республика Башкортостан"),
    "RU-BEL": ("Belgorod Oblast", "Белгородская область"),
    "RU-BRY": ("Bryansk Oblast", "Брянская область"),
    "RU-BU": ("Buryatia", "Республика Бурятия"),
    "RU-CE": ("Chechnya", "Чеченская Республика"),
    "RU-CHE": ("Chelyabinsk Oblast", "Челябинская область"),
    "RU-CHU": ("Chukotka Autonomous Okrug", "Чукотский автономный округ"),
    "RU-CU": ("Chuvashia", "Чувашская Республика"),
    "RU-DA": ("Dagestan", "Республика Дагестан"),
    "RU-IN": ("Ingushetia", "Республика Ингушетия"),
    "RU-IRK": ("Irkutsk Oblast", "Иркутская область"),
    "RU-IVA": ("Ivanovo Oblast", "Ивановская область"),
    "RU-KAM": ("Kamchatka Krai", "Камчатский край"),
    "RU-KB": ("Kabardino-Balkaria", "Кабардино-Балкарская Республика"),
    "RU-KC": ("Karachay-Cherkessia", "Карачаево-Черкесская Республика"),
    "RU-KDA": ("Krasnodar Krai", "Краснодарский край"),
    "RU-KEM": ("Kemerovo Oblast", "Кемеровская область"),
    "RU-KGD": ("Kaliningrad Oblast", "Калининградская область"),
    "RU-KGN": ("Kurgan Oblast", "Курганская область"),
    "RU-KHA": ("Khabarovsk Krai", "Хабаровский край"),
    "RU-KHM": ("Khanty-Mansi Autonomous Okrug", "Ханты-Мансийский автономный округ — Югра"),
    "RU-KIR": ("Kirov Oblast", "Кировская область"),
    "RU-KK": ("Khakassia", "Республика Хакасия"),
    "RU-KL": ("Kalmykia", "Республика Калмыкия"),
    "RU-KLU": ("Kaluga Oblast", "Калужская область"),
    "RU-KO": ("Komi Republic", "Республика Коми"),
    "RU-KOS": ("Kostroma Oblast", "Костромская область"),
    "RU-KR": ("Karelia", "Республика Карелия"),
    "RU-KRS": ("Kursk Oblast", "Курская область"),
    "RU-KYA": ("Krasnoyarsk Krai", "Красноярский край"),
    "RU-LEN": ("Leningrad Oblast", "Ленинградская область"),
    "RU-LIP": ("Lipetsk Oblast", "Липецкая область"),
    "RU-MAG": ("Magadan Oblast", "Магаданская область"),
    "RU-ME": ("Mari El", "Республика Марий Эл"),
    "RU-MO": ("Mordovia", "Республика Мордовия"),
    "RU-MOS": ("Moscow Oblast", "Московская область"),
    "RU-MOW": ("Moscow", "Москва"),
    "RU-MUR": ("Murmansk Oblast", "Мурманская область"),
    "RU-NEN": ("Nenets Autonomous Okrug", "Ненецкий автономный округ"),
    "RU-NGR": ("Novgorod Oblast", "Новгородская область"),
    "RU-NIZ": ("Nizhny Novgorod Oblast", "Нижегородская область"),
    "RU-NVS": ("Novosibirsk Oblast", "Новосибирская область"),
    "RU-OMS": ("Omsk Oblast", "Омская область"),
    "RU-ORE": ("Orenburg Oblast", "Оренбургская область"),
    "RU-ORL": ("Oryol Oblast", "Орловская область"),
    "RU-PER": ("Perm Krai", "Пермский край"),
    "RU-PNZ": ("Penza Oblast", "Пензенская область"),
    "RU-PRI": ("Primorsky Krai", "Приморский край"),
    "RU-PSK": ("Pskov Oblast", "Псковская область"),
    "RU-ROS": ("Rostov Oblast", "Ростовская область"),
    "RU-RYA": ("Ryazan Oblast", "Рязанская область"),
    "RU-SA": ("Sakha (Yakutia)", "Республика Саха (Якутия)"),
    "RU-SAK": ("Sakhalin Oblast", "Сахалинская область"),
    "RU-SAM": ("Samara Oblast", "Самарская область"),
    "RU-SAR": ("Saratov Oblast", "Саратовская область"),
    "RU-SE": ("North Ossetia-Alania", "Республика Северная Осетия — Алания"),
    "RU-SMO": ("Smolensk Oblast", "Смоленская область"),
    "RU-SPE": ("Saint Petersburg", "Санкт-Петербург"),
    "RU-STA": ("Stavropol Krai", "Ставропольский край"),
    "RU-SVE": ("Sverdlovsk Oblast", "Свердловская область"),
    "RU-TA": ("Tatarstan", "Республика Татарстан"),
    "RU-TAM": ("Tambov Oblast", "Тамбовская область"),
    "RU-TOM": ("Tomsk Oblast", "Томская область"),
    "RU-TUL": ("Tula Oblast", "Тульская область"),
    "RU-TVE": ("Tver Oblast", "Тверская область"),
    "RU-TY": ("Tuva", "Республика Тыва"),
    "RU-TYU": ("Tyumen Oblast", "Тюменская область"),
    "RU-UD": ("Udmurtia", "Удмуртская Республика"),
    "RU-ULY": ("Ulyanovsk Oblast", "Ульяновская область"),
    "RU-VGG": ("Volgograd Oblast", "Волгоградская область"),
    "RU-VLA": ("Vladimir Oblast", "Владимирская область"),
    "RU-VLG": ("Vologda Oblast", "Вологодская область"),
    "RU-VOR": ("Voronezh Oblast", "Воронежская область"),
    "RU-YAN": ("Yamalo-Nenets Autonomous Okrug", "Ямало-Ненецкий автономный округ"),
    "RU-YAR": ("Yaroslavl Oblast", "Ярославская область"),
    "RU-YEV": ("Jewish Autonomous Oblast", "Еврейская автономная область"),
    "RU-ZAB": ("Zabaykalsky Krai", "Забайкальский край"),
}

#: Belarus: ISO 3166-2 -> (English name, Belarusian name).
BY_NAMES: dict[str, tuple[str, str]] = {
    "BY-BR": ("Brest Oblast", "Брэсцкая вобласць"),
    "BY-HM": ("Minsk", "Мінск"),
    "BY-HO": ("Gomel Oblast", "Гомельская вобласць"),
    "BY-HR": ("Grodno Oblast", "Гродзенская вобласць"),
    "BY-MA": ("Mogilev Oblast", "Магілёўская вобласць"),
    "BY-MI": ("Minsk Oblast", "Мінская вобласць"),
    "BY-VI": ("Vitebsk Oblast", "Віцебская вобласць"),
}

#: Slovakia: ISO 3166-2 -> English name.
SK_NAMES: dict[str, str] = {
    "SK-BC": "Banská Bystrica Region",
    "SK-BL": "Bratislava Region",
    "SK-KI": "Košice Region",
    "SK-NI": "Nitra Region",
    "SK-PV": "Prešov Region",
    "SK-TA": "Trnava Region",
    "SK-TC": "Trenčín Region",
    "SK-ZI": "Žilina Region",
}

#: English names that are not derived by rule from pycountry's.
NAME_OVERRIDES: dict[str, str] = {
    "MD-BD": "Bender",
    "MD-GA": "Gagauzia",
    "MD-SN": "Transnistria",
    "RO-B": "Bucharest",
    "HU-BU": "Budapest",
}

#: Units whose name does not match pycountry's (or matches ambiguously):
#: (Natural Earth adm0_a3, name, gn_name or "") -> ISO 3166-2.
CODE_OVERRIDES: dict[tuple[str, str, str], str] = {
    ("BLR", "Brest", "Brestskaya Voblasts'"): "BY-BR",
    ("BLR", "City of Minsk", "Horad Minsk"): "BY-HM",
    ("BLR", "Gomel", "Homyel'skaya Voblasts'"): "BY-HO",
    ("BLR", "Grodno", "Hrodzyenskaya Voblasts'"): "BY-HR",
    ("BLR", "Minsk", "Minskaya Voblasts'"): "BY-MI",
    ("BLR", "Mogilev", "Mahilyowskaya Voblasts'"): "BY-MA",
    ("BLR", "Vitebsk", "Vitsyebskaya Voblasts'"): "BY-VI",
    ("HUN", "Csongrád", "Csongrad megye"): "HU-CS",
    ("MDA", "Comrat", "Unitate Teritoriala Autonoma Gagauzia"): "MD-GA",
    ("MDA", "Bender", "Municipiul Bender"): "MD-BD",
    ("MDA", "Camenca", ""): "MD-SN",
    ("MDA", "Grigoriopol", ""): "MD-SN",
    ("MDA", "Rezina", ""): "MD-SN",
    ("MDA", "Stîngă Nistrului", ""): "MD-SN",
    ("MDA", "Transnistria", ""): "MD-SN",
    ("RUS", "Kamchatka", "Kamtchatski Kray"): "RU-KAM",
    ("RUS", "North Ossetia", "North Ossetia"): "RU-SE",
    ("RUS", "Perm'", "Perm Krai"): "RU-PER",
    ("RUS", "Sakha (Yakutia)", "Respublika Sakha (Yakutiya)"): "RU-SA",
}
#: Overrides by FIPS code for units whose names are shared.
FIPS_OVERRIDES: dict[str, str] = {"HU23": "HU-VE", "HU39": "HU-VM"}

#: Name fields tried, in order, for the pycountry match (Hungary's gn_name names the county
#: even for cities with county rights, so only its English name is used).
MATCH_FIELDS: dict[str, tuple[str, ...]] = {"HUN": ("name",)}
DEFAULT_MATCH_FIELDS = ("gn_name", "name", "woe_name")

#: Words dropped before comparing names.
GENERIC_WORDS = frozenset(
    (
        *("oblast", "kray", "krai", "respublika", "republic", "avtonomnyy", "avtonomnaya"),
        *("okrug", "judetul", "wojewodztwo", "megye", "kraj", "raionul", "municipiul"),
        *("voblasts", "horad", "city", "of", "county", "fovaros"),
    )
)
TRANSLITERATE = str.maketrans({"ł": "l", "ß": "ss", "'": "", "’": "", "ʹ": "", "-": " ", ",": " "})


class MappingError(RuntimeError):
    """Some units could not be given an ISO 3166-2 code."""


def normalise(name: str) -> str:
    """Fold a unit name for comparison.

    Parameters
    ----------
    name : str
        A name from Natural Earth or pycountry.

    Returns
    -------
    str
        Lower case, without diacritics, apostrophes, punctuation or generic words such as
        "oblast" or "judetul".

    Examples
    --------
    >>> normalise("Judetul Iasi") == normalise("Iași")
    True
    """
    text = unicodedata.normalize("NFKD", name.lower().translate(TRANSLITERATE))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("(", " ").replace(")", " ").replace("[", " ").replace("]", " ")
    return " ".join(w for w in text.split() if w not in GENERIC_WORDS)


def fetch_gpkg(deb: Path | None, workdir: Path) -> Path:
    """Return the path of ``world_map.gpkg`` unpacked from the ``qgis-common`` package.

    Parameters
    ----------
    deb : Path or None
        A downloaded ``qgis-common`` ``.deb``; None runs ``apt-get download`` in ``workdir``.
    workdir : Path
        Scratch directory.

    Returns
    -------
    Path
        The unpacked GeoPackage.
    """
    if deb is None:
        subprocess.run(["apt-get", "download", DEB_PACKAGE], cwd=workdir, check=True)
        debs = sorted(workdir.glob(f"{DEB_PACKAGE}_*.deb"))
        if not debs:
            raise FileNotFoundError(f"apt-get download {DEB_PACKAGE} produced no .deb")
        deb = debs[-1]
    target = workdir / "x"
    subprocess.run(["dpkg", "-x", str(deb), str(target)], check=True)
    gpkg = target / GPKG_IN_DEB
    if not gpkg.is_file():
        raise FileNotFoundError(f"{deb} has no {GPKG_IN_DEB}")
    return gpkg


def _field(row: object, key: str) -> str:
    value = getattr(row, key)
    return value if isinstance(value, str) else ""


def pycountry_index(alpha2: str) -> dict[str, list[str]]:
    """Map normalised top-level subdivision names of a country to their codes."""
    index: dict[str, list[str]] = {}
    for sub in pycountry.subdivisions.get(country_code=alpha2) or []:
        if sub.parent_code is None:
            index.setdefault(normalise(sub.name), []).append(sub.code)
    return index


def assign_codes(states: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Give every kept Natural Earth unit an ISO 3166-2 code and its country.

    Parameters
    ----------
    states : GeoDataFrame
        The ``states_provinces`` layer.

    Returns
    -------
    GeoDataFrame
        The units of :data:`ADMIN1_COUNTRIES` (Crimea and Sevastopol moved to Ukraine) with
        columns ``code``, ``country``, ``ne_name`` and geometry. Units with no name at all
        are merged into the nearest named unit of their country.

    Raises
    ------
    MappingError
        Listing every unit that has no code, or whose match is ambiguous.
    """
    indexes = {a2: pycountry_index(a2) for a2 in ADMIN1_COUNTRIES.values()}
    kept = states[states["adm0_a3"].isin(list(ADMIN1_COUNTRIES))].copy()
    kept = kept.sort_values(["adm0_a3", "fips", "name"], na_position="last", kind="stable")
    rows: list[dict[str, object]] = []
    unnamed: list[tuple[str, BaseGeometry]] = []
    failures: list[str] = []
    for row in kept.itertuples(index=False):
        adm0, name = row.adm0_a3, _field(row, "name")
        gn_name, fips = _field(row, "gn_name"), _field(row, "fips")
        label = f"{adm0} name={name!r} gn_name={gn_name!r} fips={fips!r}"
        if not name and not gn_name:
            unnamed.append((ADMIN1_COUNTRIES[adm0], row.geometry))
            continue
        code = ""
        if fips in UA_BY_FIPS:
            code = UA_BY_FIPS[fips][0]
        elif adm0 == "UKR":
            failures.append(f"{label}: FIPS code not in UA_BY_FIPS")
            continue
        elif fips in FIPS_OVERRIDES:
            code = FIPS_OVERRIDES[fips]
        elif CODE_OVERRIDES.get((adm0, name, gn_name)):
            code = CODE_OVERRIDES[(adm0, name, gn_name)]
        else:
            index = indexes[ADMIN1_COUNTRIES[adm0]]
            for key in MATCH_FIELDS.get(adm0, DEFAULT_MATCH_FIELDS):
                text = _field(row, key)
                found = index.get(normalise(text), []) if text else []
                if len(found) > 1:
                    failures.append(f"{label}: {key} matches {found}")
                    break
                if found:
                    code = found[0]
                    break
            else:
                failures.append(f"{label}: no pycountry subdivision matches")
        if code:
            rows.append({"code": code, "ne_name": name, "geometry": row.geometry})
    if failures:
        raise MappingError(
            f"{len(failures)} unit(s) could not be mapped to ISO 3166-2 "
            "(extend UA_BY_FIPS, CODE_OVERRIDES or FIPS_OVERRIDES):\n  " + "\n  ".join(failures)
        )
    units = gpd.GeoDataFrame(rows, geometry="geometry", crs=states.crs)
    units["country"] = units["code"].str[:2]
    units["geometry"] = shapely.make_valid(units.geometry.values)
    for country, geom in unnamed:
        same = units[units["country"] == country]
        nearest = same.index[shapely.distance(same.geometry.values, geom).argmin()]
        units.loc[nearest, "geometry"] = shapely.union(units.loc[nearest, "geometry"], geom)
        print(f"merged an unnamed {country} polygon into {units.loc[nearest, 'code']}")
    return units


def check_coverage(codes: Iterable[str]) -> None:
    """Fail unless every Ukrainian and Russian ISO 3166-2 unit is present.

    Parameters
    ----------
    codes : iterable of str
        The codes produced.

    Raises
    ------
    MappingError
        Listing the missing codes.
    """
    have = set(codes)
    missing = []
    for alpha2 in ("UA", "RU"):
        missing += [s.code for s in pycountry.subdivisions.get(country_code=alpha2)]
    missing = sorted(set(missing) - have)
    if missing:
        raise MappingError(f"no polygon for {len(missing)} unit(s): {', '.join(missing)}")


def names_for(code: str, uk: gettext.NullTranslations) -> tuple[str, str, str | None]:
    """Return ``(name, name_local, pcode)`` for an ISO 3166-2 code."""
    country = code[:2]
    sub = pycountry.subdivisions.get(code=code)
    local = sub.name if sub is not None else code
    if country == "UA":
        _iso, pcode, english = next(v for v in UA_BY_FIPS.values() if v[0] == code)
        return english, uk.gettext(local), pcode
    if country == "RU":
        return (*RU_NAMES[code], None)
    if country == "BY":
        return (*BY_NAMES[code], None)
    if code in NAME_OVERRIDES:
        english = NAME_OVERRIDES[code]
    elif country == "SK":
        english = SK_NAMES[code]
    elif country == "PL":
        english = f"{local} Voivodeship"
    elif country in ("RO", "HU") and sub is not None and sub.type in ("Department", "County"):
        english = f"{local} County"
    else:
        english = local.split(" [")[0]
    local = {"MD-GA": "Găgăuzia", "MD-SN": "Stînga Nistrului", "MD-BD": "Bender"}.get(code, local)
    return english, local, None


def clean(geom: BaseGeometry, tolerance: float) -> BaseGeometry:
    """Simplify, snap to the output grid and repair a polygonal geometry.

    Parameters
    ----------
    geom : BaseGeometry
        A (multi)polygon in degrees.
    tolerance : float
        Douglas-Peucker tolerance in degrees (topology preserved).

    Returns
    -------
    BaseGeometry
        A valid Polygon or MultiPolygon with coordinates on a ``10**-DECIMALS`` grid.
    """
    geom = shapely.simplify(geom, tolerance, preserve_topology=True)
    geom = shapely.set_precision(geom, 10.0**-DECIMALS)
    geom = shapely.make_valid(geom)
    polys: list[Polygon] = []
    for part in getattr(geom, "geoms", [geom]):
        if isinstance(part, Polygon) and not part.is_empty:
            polys.append(part)
        elif isinstance(part, MultiPolygon):
            polys.extend(p for p in part.geoms if not p.is_empty)
    polys.sort(key=lambda p: (-p.area, p.bounds))
    result = polys[0] if len(polys) == 1 else MultiPolygon(polys)
    return shapely.normalize(result)


def build_admin1(units: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Dissolve coded units, simplify them and attach names.

    Parameters
    ----------
    units : GeoDataFrame
        Output of :func:`assign_codes`.

    Returns
    -------
    GeoDataFrame
        Columns ``code, name, name_local, country, level, pcode, geometry``, sorted by code.
    """
    uk = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["uk"])
    records = []
    for code, group in sorted(units.groupby("code"), key=lambda kv: kv[0]):
        tolerance = TOLERANCE_UA if code.startswith("UA-") else TOLERANCE_OTHER
        name, name_local, pcode = names_for(code, uk)
        records.append(
            {
                "code": code,
                "name": name,
                "name_local": name_local,
                "country": code[:2],
                "level": "admin1",
                "pcode": pcode,
                "geometry": clean(shapely.union_all(group.geometry.values), tolerance),
            }
        )
    return gpd.GeoDataFrame(records, geometry="geometry", crs="EPSG:4326")


def build_admin0(units: gpd.GeoDataFrame, countries: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Dissolve the admin-1 units by country and add the basemap neighbours.

    Parameters
    ----------
    units : GeoDataFrame
        Output of :func:`assign_codes` (unsimplified).
    countries : GeoDataFrame
        Natural Earth ``countries`` layer.

    Returns
    -------
    GeoDataFrame
        Same columns as the admin-1 layer, ``level`` = ``"admin0"``, code = alpha-2.
    """
    geoms: dict[str, BaseGeometry] = {}
    for alpha2, group in units.groupby("country"):
        geoms[str(alpha2)] = shapely.union_all(group.geometry.values)
    for alpha2 in EXTRA_ADMIN0:
        rows = countries[countries["iso_a2"] == alpha2]
        if rows.empty:
            raise MappingError(f"country {alpha2} not in the countries layer")
        geoms[alpha2] = shapely.make_valid(shapely.union_all(rows.geometry.values))
    records = []
    for alpha2 in sorted(geoms):
        country = pycountry.countries.get(alpha_2=alpha2)
        english = getattr(country, "common_name", None) or country.name
        tolerance = TOLERANCE_UA if alpha2 == "UA" else TOLERANCE_OTHER
        records.append(
            {
                "code": alpha2,
                "name": {"TR": "Turkey", "MD": "Moldova", "RU": "Russia"}.get(alpha2, english),
                "name_local": None,
                "country": alpha2,
                "level": "admin0",
                "pcode": "UA" if alpha2 == "UA" else None,
                "geometry": clean(geoms[alpha2], tolerance),
            }
        )
    return gpd.GeoDataFrame(records, geometry="geometry", crs="EPSG:4326")


def _round_coords(obj: object) -> object:
    if isinstance(obj, float):
        return round(obj, DECIMALS)
    if isinstance(obj, list | tuple):
        return [_round_coords(v) for v in obj]
    return obj


def write_geojson(frame: gpd.GeoDataFrame, path: Path, layer: str) -> None:
    """Write a layer as GeoJSON with fixed precision, one feature a line.

    Parameters
    ----------
    frame : GeoDataFrame
        Features in EPSG:4326, already sorted.
    path : Path
        Output file; replaced atomically.
    layer : str
        The collection's ``name``.
    """
    columns = [c for c in frame.columns if c != "geometry"]
    lines = []
    for row in frame.itertuples(index=False):
        props = {c: getattr(row, c) for c in columns}
        props = {k: (None if v is None or v != v else v) for k, v in props.items()}
        geom = mapping(row.geometry)
        feature = {
            "type": "Feature",
            "properties": props,
            "geometry": {"type": geom["type"], "coordinates": _round_coords(geom["coordinates"])},
        }
        lines.append(json.dumps(feature, ensure_ascii=False, separators=(",", ":")))
    header = (
        '{"type":"FeatureCollection","name":"'
        + layer
        + '","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},'
        + '"features":[\n'
    )
    text = header + ",\n".join(lines) + "\n]}\n"
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def _missing_codes(codes: Iterable[str]) -> list[str]:
    """Top-level ISO 3166-2 codes of the admin-1 countries that have no polygon."""
    expected = {
        sub.code
        for alpha2 in ADMIN1_COUNTRIES.values()
        for sub in pycountry.subdivisions.get(country_code=alpha2)
        if sub.parent_code is None
    }
    return sorted(expected - set(codes))


def write_readme(path: Path, admin1: gpd.GeoDataFrame, admin0: gpd.GeoDataFrame, deb: str) -> None:
    """Write ``boundaries/README.md`` with source, licence, changes and counts."""
    counts = admin1.groupby("country").size()
    count_lines = "\n".join(f"| {cc} | {int(n)} |" for cc, n in counts.items())
    sizes = {
        name: (path.parent / name).stat().st_size
        for name in ("admin1.geojson", "admin0.geojson")
        if (path.parent / name).exists()
    }
    text = f"""# Embedded boundaries

Generated by `scripts/build_boundaries.py`; do not edit by hand.

## Source and licence

Natural Earth 1:10m Cultural Vectors, "Admin 1 – States, Provinces" and "Admin 0 – Countries",
as generalised and shipped by the QGIS project in Debian's `qgis-common` package
(`{deb}`, file `/{GPKG_IN_DEB}`, layers `states_provinces` and `countries`).
Natural Earth is in the **public domain** (https://www.naturalearthdata.com/about/terms-of-use/);
no permission is needed. Please credit "Made with Natural Earth" on maps.

ISO 3166-2 codes and local names of non-Ukrainian, non-Russian units come from `pycountry`
(ISO 3166 data from Debian's iso-codes, LGPL-2.1+); Ukrainian local names from its `uk`
translation; Russian and Belarusian local names, English names and Ukrainian P-codes
(OCHA COD-AB / KATOTTG first level) from tables written in the script.

## What was changed

* Crimea (Natural Earth FIPS UP11) and Sevastopol (UP20), which Natural Earth files under
  Russia, are assigned to Ukraine as UA-43 and UA-40, per ISO 3166-2:UA; Russia's admin-0
  polygon is dissolved from its admin-1 units and so excludes them, Ukraine's includes them.
* Every unit carries its ISO 3166-2 `code`, mapped deterministically (Ukraine by FIPS code,
  other countries by a normalised name match against `pycountry.subdivisions` with a small
  override table); units sharing a code are dissolved (e.g. Transnistria's pieces → MD-SN);
  one unnamed Natural Earth polygon is merged into the nearest unit of its country.
* Names are today's English forms (Kyiv, Odesa Oblast, Zaporizhzhia Oblast, Mykolaiv Oblast,
  Khmelnytskyi Oblast, Vinnytsia Oblast, Zakarpattia Oblast; Rostov Oblast, Krasnodar Krai).
* Geometries were repaired (`make_valid`), simplified with Douglas–Peucker preserving topology
  (tolerance {TOLERANCE_UA}° in Ukraine, {TOLERANCE_OTHER}° elsewhere — borders between units
  simplified separately can show gaps or overlaps of up to that size), snapped to a
  {10.0**-DECIMALS:g}° grid and written with {DECIMALS} decimals, sorted by code.

## Files

| file | level | features | bytes |
|---|---|---|---|
| admin1.geojson | admin1 | {len(admin1)} | {sizes.get("admin1.geojson", 0)} |
| admin0.geojson | admin0 | {len(admin0)} | {sizes.get("admin0.geojson", 0)} |

Columns: `code` (ISO 3166-2, or ISO 3166-1 alpha-2 for admin0), `name` (English),
`name_local`, `country` (alpha-2), `level` (`admin1` / `admin0`), `pcode` (Ukraine only).
CRS: EPSG:4326 (lon, lat).

The package build puts the two layers and this README into the wheel as
`geo/data/boundaries/` (`pyproject.toml`, `[tool.setuptools.package-dir]`), where an
installed strikemap reads them; a source tree or editable install reads this folder.

Admin-1 units per country:

| country | units |
|---|---|
{count_lines}

Admin-0 countries: {", ".join(admin0["code"])}.

ISO 3166-2 units with no Natural Earth polygon (absorbed into neighbours there):
{", ".join(_missing_codes(admin1["code"])) or "none"}.

## Regenerate

```
.venv/bin/python scripts/build_boundaries.py            # runs apt-get download qgis-common
.venv/bin/python scripts/build_boundaries.py --deb /path/to/qgis-common_3.22.16+dfsg-1_all.deb
```
"""
    path.write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Build the layers; return the process exit status.

    Parameters
    ----------
    argv : sequence of str, optional
        Command-line arguments (default: ``sys.argv[1:]``).

    Returns
    -------
    int
        0 on success, 1 when units could not be mapped.
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--deb", type=Path, help="a qgis-common .deb (default: apt-get download)")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "boundaries")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        deb = args.deb.resolve() if args.deb else None
        gpkg = fetch_gpkg(deb, Path(tmp))
        deb_name = deb.name if deb else sorted(Path(tmp).glob("*.deb"))[-1].name
        states = gpd.read_file(gpkg, layer="states_provinces")
        countries = gpd.read_file(gpkg, layer="countries")
    try:
        units = assign_codes(states)
        check_coverage(units["code"])
    except MappingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    admin1 = build_admin1(units)
    admin0 = build_admin0(units, countries)
    write_geojson(admin1, args.out / "admin1.geojson", "admin1")
    write_geojson(admin0, args.out / "admin0.geojson", "admin0")
    write_readme(args.out / "README.md", admin1, admin0, deb_name)
    for name in ("admin1.geojson", "admin0.geojson"):
        print(f"{args.out / name}: {(args.out / name).stat().st_size} bytes")
    print(f"admin1: {len(admin1)} units; admin0: {len(admin0)} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
