"""Kinds of report mended in the thirty-second pass. Every text here was written for these
tests."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report
from geo.records import Report
from geo.understand import facts
from geo.understand.roles import decide_role
from tests.conftest import read_report as read

# --- a person and their kin: "A woman and her son", "жінка та її син" -----------------------


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("A woman and her son were killed when a drone hit their flat.", "en", {"killed": 2}),
        ("A pensioner and his wife were injured by the shelling overnight.", "en", {"wounded": 2}),
        (
            "A mother and her three children were hurt when the glass blew in.",
            "en",
            {"wounded": 4},
        ),
        ("The glide bomb killed a farmer and his daughter in the field.", "en", {"killed": 2}),
        (
            "Shelling wounded a nurse and her two sons on their way to the clinic.",
            "en",
            {"wounded": 3},
        ),
        # the first one the object of a verb of its own: only the kin after "and"
        (
            "The drone killed a man and his wife was hurt by glass.",
            "en",
            {"killed": 1, "wounded": 1},
        ),
        ("Пенсіонерка та її чоловік дістали поранення під час обстрілу.", "uk", {"wounded": 2}),
        ("Загинули чоловік і його син, які їхали на велосипедах.", "uk", {"killed": 2}),
        ("Жінка та її двоє дітей зазнали поранень від уламків.", "uk", {"wounded": 3}),
        ("Трое детей и их отец получили ранения при атаке беспилотника.", "ru", {"wounded": 4}),
        ("Пожилой мужчина и его супруга погибли на месте.", "ru", {"killed": 2}),
        # an age or an adjective on the kin, kin after a verb, kin without an owner
        (
            "A farmer and his 12-year-old grandson were wounded near the barn.",
            "en",
            {"wounded": 2},
        ),
        ("The missile killed a father and his three sons at home.", "en", {"killed": 4}),
        ("A grandmother and granddaughter were injured by debris.", "en", {"wounded": 2}),
        # a parent named by their children's count: one person
        ("A father of four was killed when the shell hit his garage.", "en", {"killed": 1}),
        ("A mother of two was injured by flying glass.", "en", {"wounded": 1}),
        # a pet is no person
        ("Пенсионерка и ее кошка пострадали от осколков стекла.", "ru", {"wounded": 1}),
    ],
)
def test_a_person_and_their_kin_are_counted_together(
    text: str, lang: str, figures: dict[str, int]
) -> None:
    assert facts.extract_facts(text, lang) == figures


def test_kin_counted_at_their_place(gaz: Gazetteer) -> None:
    text = "У Прилуках під час атаки загинули жінка та її онук. У Ніжині поранено водія вантажівки."
    _, places = read(text, gaz)
    assert places["Pryluky"] == ("impact", {"killed": 2})
    assert places["Nizhyn"] == ("impact", {"wounded": 1})


# --- a town the Ukrainian dictionary lists as a noun in -івка, opening its sentence ----------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Дружківка вночі зазнала удару керованими авіабомбами.", "Druzhkivka"),
        ("Костянтинівка знову під обстрілом, пошкоджено лікарню.", "Kostiantynivka"),
        ("Снігурівка опинилася під вогнем артилерії зранку.", "Snihurivka"),
    ],
)
def test_a_town_in_ivka_opening_a_sentence_is_read(gaz: Gazetteer, text: str, place: str) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == "impact"


@pytest.mark.parametrize(
    "text",
    [
        "Домівка родини в Ізюмі згоріла після влучання дрона.",
        "Верхівка тополі впала на дах після вибуху в Ізюмі.",
    ],
)
def test_a_common_noun_in_ivka_is_no_town(gaz: Gazetteer, text: str) -> None:
    _, places = read(text, gaz)
    assert set(places) == {"Izium"}


# --- counts without a verb: a tally's heading, a downing counted apart -----------------------


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        (
            "Підсумки доби: 96 ударних БпЛА та 3 крилаті ракети, збито 81.",
            "uk",
            {"drones": 96, "missiles": 3, "intercepted": 81},
        ),
        (
            "Итоги ночи: 57 беспилотников, 49 уничтожены средствами ПВО.",
            "ru",
            {"drones": 57, "intercepted": 49},
        ),
        (
            "Загалом за тиждень: понад 1100 дронів і 40 ракет різних типів.",
            "uk",
            {"drones": 1100, "missiles": 40},
        ),
        (
            "Итоги недели: 412 беспилотников и 16 ракет.",
            "ru",
            {"drones": 412, "missiles": 16},
        ),
        # no count of its own by the verb of downing: the counts are the downed ones
        ("Над Полтавщиною 6 дронів, над Черкащиною 4 — усі знищено.", "uk", {"intercepted": 10}),
        # no heading of a tally before the colon: no role for the count
        ("Наші новини: 12 дронів у небі над морем.", "uk", {}),
        # the verb of downing before the list: every count of it downed
        (
            "Над Курской областью сбиты 9 беспилотников, 2 авиабомбы и 5 снарядов РСЗО.",
            "ru",
            {"intercepted": 16},
        ),
        # the downed ones counted as part of the launched, or after a noun read as a verb
        (
            "Разом за добу: 63 БпЛА, 51 з них знешкоджено.",
            "uk",
            {"drones": 63, "intercepted": 51},
        ),
        (
            "Всего за сутки: 38 БПЛА и 3 ракеты, сбито 33.",
            "ru",
            {"drones": 38, "missiles": 3, "intercepted": 33},
        ),
        # the other side's losses are no weapons launched
        ("Втрати ворога за добу: 41 особа, 3 гармати, 17 БпЛА.", "uk", {}),
        ("Итоги суток: потери противника — 52 БПЛА, 3 танка.", "ru", {}),
        # a tally's heading before a clause of its own verb: no weapons launched
        ("Итоги месяца: 40 дронов передали волонтеры штурмовикам.", "ru", {}),
        # a count with a verb of its own after the downed ones: not launched
        ("Над Черкасами збили 7 дронів, ще три дрони впали в полі.", "uk", {"intercepted": 7}),
    ],
)
def test_counts_of_a_tally_without_a_verb(text: str, lang: str, figures: dict[str, int]) -> None:
    assert facts.extract_facts(text, lang) == figures


# --- roads, two places a strike lay between, where people came from -------------------------


@pytest.mark.parametrize(
    ("text", "struck", "not_struck"),
    [
        (
            "A drone hit a lorry on the Sumy–Okhtyrka highway overnight, injuring its driver.",
            set(),
            {"Sumy", "Okhtyrka"},
        ),
        (
            "An FPV drone struck an ambulance on the road from Kherson to Bilozerka.",
            set(),
            {"Kherson", "Bilozerka"},
        ),
        (
            "A guided bomb hit a petrol station between Kostiantynivka and Druzhkivka.",
            set(),
            {"Kostiantynivka", "Druzhkivka"},
        ),
        (
            "A man who had fled from Vovchansk was killed in the strike on Kharkiv.",
            {"Kharkiv"},
            {"Vovchansk"},
        ),
        ("Debris fell on a school in the north of Poltava, officials said.", {"Poltava"}, set()),
        (  # the harm at the home town, told of "the town" and a day
            "A pensioner who refused to be evacuated from Pokrovsk was killed by shelling in "
            "the town on Friday.",
            {"Pokrovsk"},
            set(),
        ),
    ],
)
def test_places_a_road_or_a_life_names_are_no_targets(
    gaz: Gazetteer, text: str, struck: set[str], not_struck: set[str]
) -> None:
    _, places = read(text, gaz)
    assert {name for name, (role, _) in places.items() if role == "impact"} == struck
    assert not_struck <= set(places)


def test_a_place_north_of_a_town_is_still_a_reference() -> None:
    sentence = "Shelling hit a village north of Poltava."
    at = sentence.index("Poltava")
    assert decide_role(sentence, at, at + 7, kind="settlement", dateline=False).role == "mention"


# --- a Latin name in another transliteration than the index's --------------------------------


def test_a_name_spelled_otherwise_is_found_not_left_unresolved(gaz: Gazetteer) -> None:
    found = extract_report(
        Report("t", "Debris of a downed drone damaged a barn near Staryi Merchyk overnight."), gaz
    )
    assert [(p.place.name, p.role) for p in found.places] == [("Staryy Merchyk", "impact")]
    assert not found.unresolved


# --- explosions, outages and tolls told with more words --------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        (
            "У Ніжині вночі лунали вибухи, проте, за словами мера, влучань і руйнувань у "
            "місті немає.",
            "Nizhyn",
            "mention",
        ),
        ("У Ніжині лунали вибухи, влучань немає, пошкоджено дах школи.", "Nizhyn", "impact"),
        (
            "Uman and nearby villages were without power until noon because of damage to the "
            "grid elsewhere in the region.",
            "Uman",
            "mention",
        ),
        (
            "Uman was left without power after a drone damaged a substation there.",
            "Uman",
            "impact",
        ),
    ],
)
def test_what_a_sentence_denies_or_blames_elsewhere(
    gaz: Gazetteer, text: str, place: str, role: str
) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == role


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The missile strike killed two people and injured nine. The toll rose to three "
            "after one of the injured died overnight.",
            "en",
        ),
        (
            "Ракетний удар забрав життя двох людей, дев'ятеро поранені. Кількість загиблих "
            "зросла до трьох: помер один із поранених.",
            "uk",
        ),
        (
            "При ударе погибли два человека, ранены девять. Число погибших выросло до трёх: "
            "скончался один из раненых.",
            "ru",
        ),
    ],
)
def test_a_toll_raised_in_the_sentence_of_a_death_counts_it_once(text: str, lang: str) -> None:
    assert facts.extract_facts(text, lang) == {"killed": 3, "wounded": 8}


# --- a town heading its paragraph after a day's date -----------------------------------------


def test_a_town_after_a_days_date_heads_its_paragraph(gaz: Gazetteer) -> None:
    text = (
        "Сводка по НПЗ за неделю.\n\n"
        "Пт, 13.03 — Кстово. Дроны долетели до установки, возгорание потушили к утру.\n\n"
        "Сб, 14.03 — Саратов. Сообщений нет, город отработал спокойно."
    )
    _, places = read(text, gaz)
    assert places["Kstovo"][0] == "impact"
    assert places["Saratov"][0] == "mention"


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        (
            "14 березня — Феодосія. Дрони атакували нафтобазу, горять резервуари.",
            "Feodosiya",
            "impact",
        ),
        ("2 апреля, Сызрань. Беспилотник атаковал НПЗ, возник пожар.", "Syzran", "impact"),
        # a wire's dateline: the city and its date before the agency
        ("ЛИПЕЦК, 4 мая. /ТАСС/. Обломки дрона упали в Грязинском районе.", "Lipetsk", "mention"),
        ("Суми, 3 квітня. Міська рада затвердила новий бюджет.", "Sumy", "mention"),
    ],
)
def test_a_town_beside_a_date_heads_its_paragraph(
    gaz: Gazetteer, text: str, place: str, role: str
) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == role


# --- Russian places written in lower case in a Ukrainian channel -----------------------------


def test_russian_places_in_lower_case_are_read(gaz: Gazetteer) -> None:
    text = (
        "Вночі бавовна в брянську: дрони атакували завод, горить цех. "
        "На курщині теж гучно, збито 12 безпілотників. У шахтах Донбасу все спокійно."
    )
    _, places = read(text, gaz)
    assert places["Bryansk"][0] == "impact"
    assert places["Kursk Oblast"][0] == "impact"
    assert "Shakhty" not in places


@pytest.mark.parametrize(
    "text",
    [
        # ordinary words, and a name a Ukrainian town shares
        "Уламки впали у бору неподалік Ніжина.",
        "После обстрела Белгорода телефоны служб повесили на видном месте.",
        "Вночі дрони атакували хімічний комбінат у новомосковську, горить цех.",
        "Ракета влучила в клин поля біля Ніжина.",
    ],
)
def test_ordinary_words_in_lower_case_are_no_russian_towns(gaz: Gazetteer, text: str) -> None:
    _, places = read(text, gaz)
    assert not {name for name, (role, _) in places.items() if role == "impact"} - {
        "Nizhyn",
        "Belgorod",
    }


# --- one wounded who died, told in an aside; one person named twice --------------------------


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        (
            "Поранено трьох пасажирів маршрутки. Оновлено о 19:20: на жаль, чоловік, поранений "
            "вранці в Херсоні, помер у лікарні.",
            "uk",
            {"killed": 1, "wounded": 2},
        ),
        (
            "Ранены четыре человека. Обновлено: женщина, раненная при обстреле рынка, "
            "скончалась в реанимации.",
            "ru",
            {"killed": 1, "wounded": 3},
        ),
        ("Поранена його сестра, пенсіонерка Галина.", "uk", {"wounded": 1}),
        ("Ранен водитель, местный житель 52 лет.", "ru", {"wounded": 1}),
        # a list after a comma stays a list
        ("Ранены женщина, мужчина и подросток.", "ru", {"wounded": 3}),
        ("Поранено чоловіка, жінку та дитину.", "uk", {"wounded": 3}),
    ],
)
def test_an_aside_names_one_person_not_two(text: str, lang: str, figures: dict[str, int]) -> None:
    assert facts.extract_facts(text, lang) == figures


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("Загинули батько і син, обидва працівники ферми.", "uk", {"killed": 2}),
        ("Погибли мужчина и женщина, оба местные жители.", "ru", {"killed": 2}),
        (
            "Четверо людей, серед них двоє підлітків і вчителька, поранені в Ізюмі.",
            "uk",
            {"wounded": 4},
        ),
        ("Пятеро человек, в том числе ребенок и его бабушка, ранены.", "ru", {"wounded": 5}),
    ],
)
def test_people_named_again_after_their_count(
    text: str, lang: str, figures: dict[str, int]
) -> None:
    assert facts.extract_facts(text, lang) == figures


# --- a city whose name a given name shares ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Дрони атакували Феодосію, горить нафтобаза.", {"Feodosiya"}),
        ("Бабуся Феодосія поранена внаслідок обстрілу Херсона.", {"Kherson"}),
        # a street named after a person whose name a city bears
        ("В Таганроге обломки повредили дом на улице Чехова.", {"Taganrog"}),
        # a town the dictionary lists as a noun, a sentence of its own
        ("Херсон. Дрон атакував рейсовий автобус.", {"Kherson"}),
    ],
)
def test_a_city_a_given_name_shares(gaz: Gazetteer, text: str, places: set[str]) -> None:
    _, found = read(text, gaz)
    assert set(found) == places


# --- Ukrainian and Russian: two places a strike lay between, a section's ends, a train -------


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Між Дружківкою і Краматорськом дрон атакував легковик, водій поранений.",
            {"Druzhkivka", "Kramatorsk"},
        ),
        ("Между Белгородом и Шебекино дрон атаковал грузовик.", {"Belgorod", "Shebekino"}),
        ("Дрон атакував тепловоз на ділянці Лозова — Барвінкове.", {"Lozova", "Barvinkove"}),
        ("Під обстріл потрапив Інтерсіті Київ — Харків.", {"Kyiv", "Kharkiv"}),
    ],
)
def test_places_a_stretch_or_a_route_names_are_no_targets(
    gaz: Gazetteer, text: str, places: set[str]
) -> None:
    _, found = read(text, gaz)
    assert {name: role for name, (role, _) in found.items()} == dict.fromkeys(places, "mention")


# --- explosions denied in the next sentence; one person with another --------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Вибухи в Кременчуці — працювала ППО. Влучань немає.", "mention"),
        ("Взрывы в Курске. Попаданий нет.", "mention"),
        ("Вибухи в Кременчуці. Влучань немає, але уламки пошкодили дах.", "impact"),
        ("Луцьк: вибухи, руйнувань і постраждалих немає, — ОВА.", "mention"),
    ],
)
def test_explosions_whose_hits_the_next_words_deny(gaz: Gazetteer, text: str, role: str) -> None:
    _, places = read(text, gaz)
    assert [r for r, _ in places.values()] == [role]


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("Женщина с ребёнком ранены при обстреле.", "ru", {"wounded": 2}),
        ("Пенсіонер з онуком дістали поранення.", "uk", {"wounded": 2}),
        ("Мужчина с собакой пострадал при обстреле.", "ru", {"wounded": 1}),
    ],
)
def test_one_person_with_another(text: str, lang: str, figures: dict[str, int]) -> None:
    assert facts.extract_facts(text, lang) == figures
