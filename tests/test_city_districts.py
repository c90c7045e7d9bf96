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
        # districts of cities the gazetteer has none of: placed at the city
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
