"""A district named with its city ("у Київському районі Харкова", "the Kyivskyi district of
Kharkiv", "Kursk's Central District") is a district of that city: the one the gazetteer
knows there, or one placed at the city, never a namesake elsewhere. Every text here was
written for these tests."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report
from geo.records import Report


def districts(text: str, gaz: Gazetteer) -> list[tuple[str, str | None, str, str]]:
    """(name, admin1, kind, id) of each place of ``text`` that is a district or a raion."""
    ex = extract_report(Report("t", text), gaz)
    return [
        (p.place.name, p.place.admin1, p.place.kind, p.place.id)
        for p in ex.places
        if p.place.kind in ("district", "admin2")
    ]


@pytest.mark.parametrize(
    ("text", "admin1", "parent_name"),
    [
        # a district of Kharkiv the gazetteer knows, in Ukrainian, Russian and English
        ("Уламки ракети впали у Київському районі Харкова.", "UA-63", "Kharkiv"),
        ("Обломки упали на дома в Киевском районе Харькова.", "UA-63", "Kharkiv"),
        ("A drone hit a warehouse in the Kyivskyi district of Kharkiv.", "UA-63", "Kharkiv"),
        ("A drone hit a warehouse in Kharkiv's Kyivskyi district.", "UA-63", "Kharkiv"),
        # districts of other cities, curated since (before, placed at the city): that city's
        ("Вибухи пролунали в Заводському районі міста Запоріжжя.", "UA-23", "Zaporizhzhia"),
        ("Дрон атаковал многоэтажку в Советском районе Брянска.", "RU-BRY", "Bryansk"),
        ("В Киевском районе г. Донецка горит рынок после обстрела.", "UA-14", "Donetsk"),
        ("Shelling damaged a school in the Inhuletskyi district of Kryvyi Rih.", "UA-12", None),
        ("Debris fell in Kursk's Central District overnight.", "RU-KRS", "Kursk"),
    ],
)
def test_district_of_the_city_named_with_it(
    text: str, admin1: str, parent_name: str | None, gaz: Gazetteer
) -> None:
    found = [d for d in districts(text, gaz) if d[2] == "district"]
    assert len(found) == 1, districts(text, gaz)
    _name, got_admin1, _kind, pid = found[0]
    assert got_admin1 == admin1
    if parent_name is not None:
        assert city_of(pid, gaz) == parent_name


def city_of(pid: str, gaz: Gazetteer) -> str:
    """The name of the city a district of id ``pid`` is of: its parent in the gazetteer,
    or the city a district the gazetteer lacks is placed at ("derived:<city id>:<name>")."""
    if pid.startswith("derived:"):
        city = gaz.by_id(":".join(pid.split(":")[1:3]))
    else:
        district = gaz.by_id(pid)
        assert district is not None and district.parent is not None
        city = gaz.by_id(district.parent)
    assert city is not None
    return city.name


def test_a_namesake_district_elsewhere_is_not_taken(gaz: Gazetteer) -> None:
    # Poltava and Donetsk have a Kyivskyi district too; Kyiv has a Kyiv raion of sorts
    text = "Ракета влучила в будинок у Київському районі Харкова."
    assert {d[1] for d in districts(text, gaz)} == {"UA-63"}
    text = "В Киевском районе Донецка в результате обстрела погиб мужчина."
    assert {d[1] for d in districts(text, gaz)} == {"UA-14"}


def test_a_raion_of_an_oblast_stays_a_raion(gaz: Gazetteer) -> None:
    text = "Окупанти обстріляли населені пункти у Бериславському районі Херсонщини."
    assert [(d[1], d[2]) for d in districts(text, gaz)] == [("UA-65", "admin2")]


def test_a_city_on_the_next_line_is_not_the_districts_city(gaz: Gazetteer) -> None:
    text = (
        "Дроны атаковали Шебекинский район\n"
        "БЕЛГОРОД, 3 мая. Губернатор сообщил о повреждённых домах в Шебекинском районе."
    )
    assert {(d[1], d[2]) for d in districts(text, gaz)} == {("RU-BEL", "admin2")}


def test_the_districts_figures_stay_in_its_city(gaz: Gazetteer) -> None:
    text = "Ракета влучила в будинок у Київському районі Харкова, поранено трьох людей."
    ex = extract_report(Report("t", text), gaz)
    carried = {(p.place.admin1, p.facts.get("wounded")) for p in ex.places if p.facts}
    assert carried == {("UA-63", 3)}


def test_a_raion_named_after_a_town_of_the_citys_region_stays_a_raion(gaz: Gazetteer) -> None:
    text = "Artillery shelled villages in the Chuhuiv district in Kharkiv on Tuesday."
    assert [(d[0], d[2]) for d in districts(text, gaz)] == [("Chuhuiv Raion", "admin2")]


def test_a_russian_raion_named_after_a_small_town(gaz: Gazetteer) -> None:
    # "Суджанский" is of Sudzha (under 10,000 people): the adjective adds "-ан-"
    text = "Беспилотник атаковал автомобиль в Суджанском районе, водитель ранен."
    assert [(d[0], d[1]) for d in districts(text, gaz)] == [("Sudzha district", "RU-KRS")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the district, not the neighbourhood GeoNames' record of the district was merged into
        ("Вночі уламки дрона впали в Дарницькому районі столиці.", "Darnytskyi district"),
        ("У Печерському районі Києва пошкоджено офісну будівлю.", "Pecherskyi district"),
        ("Обломки упали в Оболонском районе Киева.", "Obolonskyi district"),
    ],
)
def test_a_kyiv_district_named_with_its_word_is_the_district(
    text: str, name: str, gaz: Gazetteer
) -> None:
    assert name in [d[0] for d in districts(text, gaz)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Russian missiles hit Kyiv's Holosiivskyi and Dniprovskyi districts, wounding four "
            "people.",
            {"wounded": 4},
        ),
        (
            "Уламки впали в Деснянському та Дніпровському районах Києва, поранено трьох людей.",
            {"wounded": 3},
        ),
    ],
)
def test_a_figure_told_of_a_list_of_districts_is_their_citys(
    text: str, figure: dict[str, int], gaz: Gazetteer
) -> None:
    ex = extract_report(Report("t", text), gaz)
    facts = {p.place.name: dict(p.facts) for p in ex.places if p.role == "impact"}
    assert facts["Kyiv"] == figure, facts  # was nobody's


# --- the curated districts of other cities (scripts/curated.py CITY_DISTRICTS) -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ukrainian: two districts named together before their plural word
        (
            "Запоріжжя. Уночі під ударом опинилися Олександрівський та Хортицький райони міста.",
            {"cur:zaporizhzhia:oleksandrivskyi-district", "cur:zaporizhzhia:khortytskyi-district"},
        ),
        (
            "Окупанти вдарили по Корабельному району Херсона, поранено двох людей.",
            {"cur:kherson:korabelnyi-district"},
        ),
        (
            "Уламки збитого дрона впали в Пересипському районі Одеси.",
            {"cur:odesa:peresypskyi-district"},
        ),
        (
            "Уламки дрона пошкодили гаражі у Лівобережному районі Воронежа.",
            {"cur:voronezh:levoberezhny-district"},
        ),
        # Russian: an adjective in -ном, an okrug, a district by its name before 2026
        (
            "Обломки беспилотника упали на частный дом в Левобережном районе Воронежа.",
            {"cur:voronezh:levoberezhny-district"},
        ),
        (
            "В Сеймском округе Курска после атаки БПЛА повреждены две машины.",
            {"cur:kursk:seymsky-district"},
        ),
        (
            "В Карасунском округе Краснодара повреждена кровля жилого дома.",
            {"cur:krasnodar:karasunsky-district"},
        ),
        (
            "В Куйбышевском районе Донецка снаряд попал в жилой дом.",
            {"cur:donetsk:smolianskyi-district"},
        ),
        (
            "В Железнодорожном районе Ростова-на-Дону после атаки загорелся склад.",
            {"cur:rostov-on-don:zheleznodorozhny-district"},
        ),
        # English
        (
            "A drone hit an apartment block in the Sovetsky district of Bryansk.",
            {"cur:bryansk:sovetsky-district"},
        ),
        (
            "Russian missiles struck Kryvyi Rih's Metalurhiinyi district on Friday.",
            {"cur:kryvyi-rih:metalurhiinyi-district"},
        ),
    ],
)
def test_a_curated_district_of_a_ukrainian_or_russian_city(
    text: str, expected: set[str], gaz: Gazetteer
) -> None:
    found = {d[3]: d[1] for d in districts(text, gaz) if d[2] == "district"}
    assert set(found) == expected, found
    for pid in expected:  # its city's first-level unit
        assert found[pid] == gaz.by_id(gaz.by_id(pid).parent).admin1


def _curated_districts(gaz: Gazetteer) -> list:
    return [
        gaz.place(i)
        for i in range(len(gaz))
        if gaz.place(i).id.startswith("cur:") and gaz.place(i).kind == "district"
    ]


def test_curated_districts_lie_in_their_city(gaz: Gazetteer) -> None:
    """Each curated district's parent is its city, in the district's first-level unit and
    country, and its centre lies near the city's (Greater Sochi runs 145 km along the coast)."""
    found = [p for p in _curated_districts(gaz) if p.parent and not p.parent.startswith("cur:")]
    assert len(found) > 100
    for place in found:
        city = gaz.by_id(place.parent)
        assert city is not None and city.kind == "settlement", place
        assert (city.admin1, city.country) == (place.admin1, place.admin1.split("-")[0]), place
        reach = 0.5 if city.name == "Sochi" else 0.25  # degrees
        assert abs(place.lat - city.lat) < reach and abs(place.lon - city.lon) < reach, place


def test_a_city_has_one_district_of_each_name(gaz: Gazetteer) -> None:
    """GeoNames' own records of districts (Donetsk's, Mariupol's, Chernihiv's) are merged
    into the curated ones: one place per district."""
    names = [(p.parent, p.name) for p in _curated_districts(gaz)]
    assert len(names) == len(set(names))
    for gn_id, pid in [
        ("gn:13561146", "cur:donetsk:rutchenkivskyi-district"),  # GeoNames "Rutchenkivskyi"
        ("gn:13607722", "cur:mariupol:tsentralnyi-district"),  # a "settlement" in GeoNames
        ("gn:13608465", "cur:chernihiv:desnianskyi-district"),
    ]:
        assert gaz.by_id(gn_id) is None
        place = gaz.by_id(pid)
        assert place is not None and place.population > 0  # GeoNames' population, kept
    assert gaz.lookup("Rutchenkivskyi")[0].place.id == "cur:donetsk:rutchenkivskyi-district"
    # a town that is part of a district stays a town; the district's name is the district's
    assert gaz.lookup("Адлер")[0].place.kind == "settlement"
    assert gaz.lookup("Адлерский район")[0].place.id == "cur:sochi:adlersky-district"


def test_a_district_of_a_city_without_curated_ones_is_placed_at_the_city(gaz: Gazetteer) -> None:
    # Cherkasy's districts are not curated: one is placed at the city (precision 2)
    text = "Уламки дрона впали у Придніпровському районі Черкас."
    found = [d for d in districts(text, gaz) if d[2] == "district"]
    assert [(d[1], d[3].split(":")[0]) for d in found] == [("UA-71", "derived")], found
    assert gaz.by_id(":".join(found[0][3].split(":")[1:3])).name == "Cherkasy"
