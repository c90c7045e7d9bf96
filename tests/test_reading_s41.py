"""Kinds of report mended in the twenty-ninth pass, found with a sixteenth blind held-out set
(UN and monitoring notes, live pages, a military blogger's breakdown, an energy company's
statement, emergency-service posts, regional news retelling governors): where a statement was
issued, regions listed after a count of them, a bulleted list under "What was hit:", power cut
to a list's later places, a tally of weeks, "a pair of", the people taken to hospital one by
one, a night's total after the last count. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report
from geo.records import Report
from tests.conftest import read_report as read

# --- English roles ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        (
            "A missile hit Rivne overnight. In a statement issued in Kyiv, the UN coordinator "
            "condemned the attacks on the grid.",
            "Kyiv",
            "mention",
        ),
        (
            "Drones hit Odesa's port. At a briefing in Moscow, the ministry said the strikes "
            "on ports would go on.",
            "Moscow",
            "mention",
        ),
        (
            "Kyiv's figures, as ever: its air force claims 90 drones, of which 70 were downed.",
            "Kyiv",
            "mention",
        ),
        (  # guard: a strike on the place itself
            "A missile hit Rivne overnight, and drones struck Kyiv.",
            "Kyiv",
            "impact",
        ),
        (  # guard: the place of a briefing told struck
            "Speaking at a briefing in Odesa, which was struck by 15 drones overnight, the "
            "mayor said two were wounded.",
            "Odesa",
            "impact",
        ),
        (  # guard: the place of a briefing its speakers tell of
            "At a briefing in Sumy, the governor said nine people had been injured in the city.",
            "Sumy",
            "impact",
        ),
        (  # a front named after a city
            "Ukraine's forces reported downing a Ka-52 helicopter over the Zaporizhzhia front.",
            "Zaporizhzhia",
            "mention",
        ),
    ],
)
def test_where_a_statement_was_made_and_a_capitals_figures(
    gaz: Gazetteer, text: str, place: str, role: str
) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == role


def test_regions_listed_after_a_count_of_regions_shot_down_over(gaz: Gazetteer) -> None:
    _, places = read(
        "Russia's defence ministry reported downing 40 drones over six regions, including "
        "Bryansk, Udmurtia and Tatarstan.",
        gaz,
    )
    for name in ("Udmurtia", "Tatarstan"):
        assert places[name][0] == "impact"


def test_places_of_a_bulleted_list_under_what_was_hit(gaz: Gazetteer) -> None:
    _, places = read(
        "What got hit tonight (from local chats):\n"
        "▪️ Kovel: the rail depot, fire until dawn.\n"
        "▪️ Sarny (Rivne region): traction substation.\n\n"
        "Where the drones flew in from:\n"
        "▪️ Kursk: the usual group.",
        gaz,
    )
    assert places["Kovel"][0] == "impact"
    assert places["Sarny"][0] == "impact"
    assert places["Kursk"][0] != "impact"  # guard: a list of another kind


@pytest.mark.parametrize(
    "head",
    ["Regions where power outages were reported:", "Emergency blackout schedules apply in:"],
)
def test_places_of_a_bulleted_list_of_outages(gaz: Gazetteer, head: str) -> None:
    # guard: outages, no strike
    _, places = read(f"{head}\n▪️ Odesa: 30,000 customers\n▪️ Mykolaiv: 4 hours", gaz)
    assert places["Odesa"][0] == "mention"
    assert places["Mykolaiv"][0] == "mention"


def test_consumers_cut_off_where_harm_is_told_after_them(gaz: Gazetteer) -> None:
    # guard: "где также ранен мужчина": the district harmed itself
    _, places = read(
        "Орловская область. Повреждена подстанция в поселке Знаменка, обесточены потребители "
        "в Урицком районе, где также ранен мужчина.",
        gaz,
    )
    assert places["Uritsky District"] == ("impact", {"wounded": 1})


def test_power_cut_to_the_next_place_of_a_list(gaz: Gazetteer) -> None:
    _, places = read(
        "A drone hit a substation near Tsarychanka, cutting power to 9,000 customers in "
        "Tsarychanka and the neighbouring Mahdalynivka hromada.",
        gaz,
    )
    assert places["Tsarychanka"][0] == "impact"
    assert places["Mahdalynivka hromada"][0] == "mention"


def test_a_village_on_the_outskirts_of_a_city(gaz: Gazetteer) -> None:
    _, places = read(
        "Shells landed on homes in Pokotylivka, on the southern outskirts of Kharkiv, wounding "
        "two residents.",
        gaz,
    )
    assert places["Pokotylivka"] == ("impact", {"wounded": 2})
    assert places["Kharkiv"][0] == "mention"
    # guard: the outskirts of a city named alone are the city's
    _, places = read("A drone hit a house on the northern outskirts of Kharkiv.", gaz)
    assert places["Kharkiv"][0] == "impact"


@pytest.mark.parametrize(
    "text",
    [
        "Russian drones hit Vyshneve, a town on the outskirts of Kyiv, killing one.",
        "A missile hit Irpin, a suburb of Kyiv, killing one.",
    ],
)
def test_a_town_told_by_the_city_it_lies_near(gaz: Gazetteer, text: str) -> None:
    _, places = read(text, gaz)
    assert places["Kyiv"][0] == "mention"
    assert [role for role, _ in places.values()].count("impact") == 1


def test_the_mission_is_no_place(gaz: Gazetteer) -> None:
    _, places = read("The Mission is alarmed by the drone strike on Sumy.", gaz)
    assert set(places) == {"Sumy"}
    # guard: a name of "the" and a word, where it is named as a place
    _, places = read("Talks on the grain deal opened in The Hague.", gaz)
    assert places["The Hague"][0] == "mention"


# --- English figures -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "A missile hit Synelnykove, killing six and injuring 30. Over the same three weeks "
            "the mission recorded 95 civilian deaths and 410 injuries.",
            {"killed": 6, "wounded": 30},
        ),
        (  # guard: a week's summary gives its own figures
            "Over the past week, Russia launched 1,200 drones and 40 missiles at Ukraine.",
            {"drones": 1200, "missiles": 40},
        ),
        (
            "Overnight Russia fired 90 drones and a pair of Iskander-M missiles at Ukraine.",
            {"drones": 90, "missiles": 2},
        ),
        ("Shelling injured a couple of workers at a plant in Kharkiv.", {"wounded": 2}),
        (  # a tally after its source's name
            "A drone hit Sumy. Monitors: Over the past four months, 510 civilians were killed.",
            {},
        ),
        ("Since the start of the year, 1,900 civilians have been killed.", {}),
        (  # a span of time before a weapon's noun is no count of it
            "Over the past two days Russian drones struck Odesa, killing three people.",
            {"killed": 3},
        ),
        (  # an earlier figure, then the latest
            "A drone hit a block in Bucha. Earlier in the day officials had reported five "
            "people injured. By evening the attack had killed one person and left four injured.",
            {"killed": 1, "wounded": 4},
        ),
        (  # guard: an earlier figure alone stands
            "A drone hit a block in Bucha. Officials had reported five people injured.",
            {"wounded": 5},
        ),
        ("Shelling injured a worker at a plant in Kharkiv.", {"wounded": 1}),
    ],
)
def test_english_figures(gaz: Gazetteer, text: str, facts: dict[str, int]) -> None:
    assert read(text, gaz)[0] == facts


# --- Ukrainian and Russian figures -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (  # one described by age, then one more
            "Вранці дрони атакували Краснопілля. Поранено 47-річну жінку. Ще один чоловік "
            "дістав легкі травми.",
            {"wounded": 2},
        ),
        (  # one person taken to hospital, the injuries and a pronoun between
            "Вночі дрон влучив у будинок у Тальному. Рятувальники винесли 80-річного чоловіка, "
            "його з опіками госпіталізували.",
            {"wounded": 1},
        ),
        (
            "Ночью беспилотник атаковал дом в Судже. Жильца, 70-летнего мужчину, с ожогами "
            "госпитализировали.",
            {"wounded": 1},
        ),
        (
            "Ночью беспилотник атаковал дом в Судже. Женщину с лёгкими травмами госпитализировали.",
            {"wounded": 1},
        ),
        (  # guard: a count
            "Ночью беспилотник атаковал дом в Судже. Троих жильцов госпитализировали.",
            {"wounded": 3},
        ),
        (
            "Вночі удар по Збаражу. З-під завалів дістали двох чоловіків: одного передали "
            "медикам, інший, на жаль, загинув.",
            {"killed": 1, "wounded": 1},  # (the one handed to medics: the thirtieth pass)
        ),
        (  # guard: the other of things
            "Вночі удар по Збаражу. Один дрон збито, інший упав у поле.",
            {"intercepted": 1},
        ),
        (  # the night's total after the last count
            "Над Балаклавой сбито 3 БПЛА. Над морем сбиты ещё 4 БПЛА, итого за ночь — 7.",
            {"intercepted": 7},
        ),
        (  # the update's count, then who it adds
            "Ночью дрон атаковал Шахты. Пострадал мужчина.\n\nUPD 11:20. Уточнённые данные: "
            "пострадавших двое — ещё одна женщина обратилась за медпомощью.",
            {"wounded": 2},
        ),
        (  # guard: an update of more alone adds
            "Ночью дрон атаковал Шахты. Пострадал мужчина.\n\nUPD 11:20. Ещё двое обратились "
            "за медпомощью.",
            {"wounded": 3},
        ),
    ],
)
def test_ukrainian_and_russian_figures(gaz: Gazetteer, text: str, facts: dict[str, int]) -> None:
    assert read(text, gaz)[0] == facts


def test_a_raion_named_after_a_town_of_the_reports_region(gaz: Gazetteer) -> None:
    # a unit of that name elsewhere (Mykolaiv's Pervomaisk Raion) is not Crimea's
    found = extract_report(
        Report(
            "t",
            "Ночью над Крымом сбиты 12 беспилотников. В Первомайском районе обломки упали на "
            "двор частного дома.",
        ),
        gaz,
    )
    units = [p.place for p in found.places if p.place.kind == "admin2"]
    assert [u.admin1 for u in units] == ["UA-43"]
