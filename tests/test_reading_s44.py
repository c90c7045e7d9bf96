"""Kinds of report mended in the thirty-first pass. Every text here was written for these
tests."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import Gazetteer
from geo.understand import facts, facts_uk_ru, figure_words, place_facts
from geo.understand.officials import told_at
from tests.conftest import read_report as read

# --- a place's figures are read wherever either language's reader would read one ------------


def test_the_place_test_holds_every_word_of_both_readers() -> None:
    words = set(place_facts._FACT_HINT_WORDS)
    assert set(facts._KIND_HINTS) <= words
    assert set(facts_uk_ru._ALL_HINTS) <= words
    assert set(figure_words.ANY_FIGURE) == words


@pytest.mark.parametrize(
    ("text", "place", "figures"),
    [
        (  # the missiles named by their type, in the place's own sentence
            "At 09:10 two Iskanders hit a depot near the station in Lozova, Kharkiv region. "
            "Eleven people were hurt there. Air defence units downed three drones over the south.",
            "Lozova",
            {"wounded": 11, "missiles": 2},
        ),
        (
            "Three teenagers suffered concussion after the blast in Okhtyrka, officials said.",
            "Okhtyrka",
            {"wounded": 3},
        ),
        (
            "An elderly man sustained fractures when a wall collapsed in Nikopol.",
            "Nikopol",
            {"wounded": 1},
        ),
    ],
)
def test_a_places_figures_told_by_words_only_one_reader_had(
    gaz: Gazetteer, text: str, place: str, figures: dict[str, int]
) -> None:
    _, places = read(text, gaz)
    assert places[place] == ("impact", figures)


# --- a danger regime told with the weapon's adjectives: an alert -----------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Небезпека застосування ударних БпЛА на Чернігівщині. Будьте в укриттях!",
            "Chernihiv Oblast",
        ),
        ("Увага! Небезпека атаки ворожих дронів у Києві.", "Kyiv"),
        ("Опасность атаки БПЛА на территории Курской области отменена.", "Kursk Oblast"),
    ],
)
def test_a_danger_of_strike_drones_is_an_alert(gaz: Gazetteer, text: str, place: str) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == "mention"


def test_a_strike_told_after_the_threat_stays(gaz: Gazetteer) -> None:
    # guard: the threat's words end at its weapon; the hit told after it is a strike
    _, places = read(
        "Через загрозу ударних БпЛА оголосили тривогу, дрон влучив у школу в Сумах.", gaz
    )
    assert places["Sumy"][0] == "impact"


# --- strikes told as work on a place, the weapon named in another clause ---------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Відпрацювали по Миколаєву — дрони влучили в склад пального.", "Mykolaiv"),
        ("Ночью отработали по Краматорску: ракеты попали в цех.", "Kramatorsk"),
    ],
)
def test_work_on_a_place_by_a_weapon_named_after_it(gaz: Gazetteer, text: str, place: str) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == "impact"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the air defence's work is shooting down; work on drones or targets too
        ("Зенітники відпрацювали по Черкащині, ракети не долетіли.", "Cherkasy Oblast"),
        ("Мобільні групи відпрацювали по цілях над Вінницею.", "Vinnytsia"),
        ("Розрахунки відпрацювали по дронах над Полтавою.", "Poltava"),
    ],
)
def test_the_air_defences_work_is_no_strike(gaz: Gazetteer, text: str, place: str) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == "mention"


# --- a week's sum opening its sentence ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Разом за тиждень: 4 загиблих і 19 поранених на Нікопольщині.",
            {"killed": 4, "wounded": 19},
        ),
        (
            "Итого за неделю: в Шебекино погибли 3 человека, ранены 12.",
            {"killed": 3, "wounded": 12},
        ),
    ],
)
def test_a_weeks_sum_is_the_reports(gaz: Gazetteer, text: str, figures: dict[str, int]) -> None:
    report, _ = read(text, gaz)
    assert report == figures


def test_last_weeks_figures_recalled_stay_out(gaz: Gazetteer) -> None:
    # guard: the week recalled before today's count is not today's
    report, _ = read(
        "Сьогодні вранці у Херсоні поранено двох. За минулий тиждень загинули 7 людей.", gaz
    )
    assert report == {"wounded": 2}


# --- a governor's surname heading a line: no place, not an unresolved one ---------------------


def test_a_governors_surname_heading_a_line_is_no_place(gaz: Gazetteer) -> None:
    from geo.places.resolve import extract_report
    from geo.records import Report

    found = extract_report(
        Report("t", "Гусев: в Каменском районе сбит беспилотник, пострадавших нет."), gaz
    )
    assert [p.place.name for p in found.places] == ["Kamenka district"]
    assert not found.unresolved


def test_the_town_of_the_same_name_is_still_read(gaz: Gazetteer) -> None:
    # guard: a town named as one ("в Гусеве") is the town
    assert not told_at("В Гусеве прошёл парад.", 2)
    _, places = read("В Гусеве и в Калининграде прошли учения.", gaz)
    assert "Gusev" in places


# --- people counted by a plural noun the reader lacked ----------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Two teenagers were hurt when a drone hit a bus stop in Sumy.", {"wounded": 2}),
        ("Three pensioners were killed in the shelling of Kostiantynivka.", {"killed": 3}),
        ("Two girls suffered burns when a drone hit their house in Kherson.", {"wounded": 2}),
    ],
)
def test_people_by_a_plural_noun(gaz: Gazetteer, text: str, figures: dict[str, int]) -> None:
    report, _ = read(text, gaz)
    assert report == figures


# --- a count shot down is of the weapon named before it; a weapon joined after a clause -------


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        (
            "Противник запустил 40 беспилотников, из которых 30 сбиты, и 5 ракет, 4 из них "
            "перехвачены.",
            "ru",
            {"drones": 40, "missiles": 5, "intercepted": 34},
        ),
        (
            "Ворог атакував 70 дронами, з них збито 52, і 6 ракетами, з них збито 5.",
            "uk",
            {"drones": 70, "missiles": 6, "intercepted": 57},
        ),
        (
            "Вночі ворог запустив 60 дронів, з яких 45 збито, та 4 ракети.",
            "uk",
            {"drones": 60, "missiles": 4, "intercepted": 45},
        ),
        (  # guard: the verb told once for two counts, each of its own kind
            "Из 61 «Герани» сбито 45, из 7 ракет — 5.",
            "ru",
            {"drones": 61, "missiles": 7, "intercepted": 50},
        ),
    ],
)
def test_counts_of_each_weapon(text: str, lang: str, figures: dict[str, int]) -> None:
    assert facts.extract_facts(text, lang) == figures


# --- what the air defence brings down besides drones and missiles -----------------------------


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        (
            "Средствами ПВО сбиты 3 управляемые авиационные бомбы, 1 реактивный снаряд системы "
            "залпового огня HIMARS производства США и 96 беспилотных летательных аппаратов.",
            "ru",
            {"intercepted": 100},
        ),
        ("Над Харківщиною збито 2 КАБи та 11 дронів.", "uk", {"intercepted": 13}),
        (  # guard: shells fired and bombs dropped are no count of an attack's weapons
            "Ворог випустив 140 снарядів по громаді і скинув 3 КАБи.",
            "uk",
            {},
        ),
        (  # guard: production told before a count is no launch
            "Производство 100 дронов в сутки, сбито 5 дронов.",
            "ru",
            {"intercepted": 5},
        ),
    ],
)
def test_bombs_and_rockets_brought_down(text: str, lang: str, figures: dict[str, int]) -> None:
    assert facts.extract_facts(text, lang) == figures


# --- people hurt: trades, a subject before two verbs, a relative clause between -------------


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        (
            "У Зінькові під час огляду траси слюсар отримав уламкове поранення.",
            "uk",
            {"wounded": 1},
        ),
        ("В Шебекино ранены два электрика.", "ru", {"wounded": 2}),
        ("У Херсоні поранено трьох комунальників.", "uk", {"wounded": 3}),
        ("Чоловік потрапив під обстріл і отримав поранення.", "uk", {"wounded": 1}),
        ("Двоє чоловіків потрапили під обстріл і отримали поранення.", "uk", {"wounded": 2}),
        ("Женщина попала под обстрел и получила ранения.", "ru", {"wounded": 1}),
        (
            "Наша операторка, яка приїхала зранку відкривати зміну, отримала поранення.",
            "uk",
            {"wounded": 1},
        ),
        ("Женщина, которая шла на работу, получила ранения.", "ru", {"wounded": 1}),
        # guards: who did the harm; a clause before the figures
        ("Ворог обстріляв село і поранив двох людей.", "uk", {"wounded": 2}),
        ("Таким образом, погиб один, ранены двое.", "ru", {"killed": 1, "wounded": 2}),
    ],
)
def test_people_hurt(text: str, lang: str, figures: dict[str, int]) -> None:
    assert facts.extract_facts(text, lang) == figures


# --- places: a list's item by region and town, a hromada, a town after a locative adjective -


def test_a_lists_item_names_its_region_and_town(gaz: Gazetteer) -> None:
    text = (
        "Наслідки атаки по областях.\n\n🔸 Житомирщина — Коростишів. Пошкоджено склад та "
        "вантажівки.\n\n🔸 Черкащина — Умань. Удар по території підприємства."
    )
    _, places = read(text, gaz)
    for name in ("Zhytomyr Oblast", "Korostyshiv", "Cherkasy Oblast", "Uman"):
        assert places[name][0] == "impact", name


def test_a_routes_ends_are_no_heading(gaz: Gazetteer) -> None:
    # guard: two towns of two regions on a line are a route's ends, not a heading
    _, places = read("Рейси потягів:\n\n1) Лозова — Київ\n\n2) Краматорськ — Львів", gaz)
    assert {role for role, _ in places.values()} == {"mention"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Вибух пролунав в окупованому Приморську, горить склад.", "Prymorsk"),
        ("Взрыв прогремел в оккупированном Приморске.", "Prymorsk"),
    ],
)
def test_a_town_after_a_locative_adjective(gaz: Gazetteer, text: str, place: str) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == "impact"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Горить щось у районі новочеркаської ГРЕС, пишуть місцеві.", "Hresivskyi"),
        ("SAM units took part in repelling the attack on Kyiv.", "Damascus"),
    ],
)
def test_abbreviations_are_no_places(gaz: Gazetteer, text: str, absent: str) -> None:
    _, places = read(text, gaz)
    assert absent not in places


# --- roles: flying into a building, sabotage, a stretch's and a road's ends, an airspace ------


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        ("Шахед влетів просто у відділення пошти в Краснопавлівці.", "Krasnopavlivka", "impact"),
        ("Беспилотник влетел в окно многоэтажки в Красногорске.", "Krasnogorsk", "impact"),
        (
            "Агенти руху спротиву підпалили релейну шафу в окупованому Приморську.",
            "Prymorsk",
            "impact",
        ),
        ("Партизаны подожгли релейный шкаф у Мелитополя.", "Melitopol", "impact"),
        ("В Брянске подорвали опору ЛЭП.", "Bryansk", "impact"),
        ("На перегоні Токмак — Федорівка підірвано ділянку колії.", "Tokmak", "mention"),
        ("На перегоні Токмак — Федорівка підірвано ділянку колії.", "Fedorivka", "mention"),
        ("Обломки упали в лесу у трассы на Мозырь.", "Mazyr", "mention"),
        ("Дрон атакував автомобіль на дорозі до Куп'янська.", "Kupiansk", "mention"),
        (
            "КАБи противник скидав з повітряного простору бєлгородської області.",
            "Belgorod Oblast",
            "launch",
        ),
        (
            "Авиабомбы сбрасывали из воздушного пространства Курской области.",
            "Kursk Oblast",
            "launch",
        ),
    ],
)
def test_roles_of_sabotage_routes_and_airspace(
    gaz: Gazetteer, text: str, place: str, role: str
) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == role


def test_flying_into_an_airspace_is_no_strike(gaz: Gazetteer) -> None:
    # guard: a drone that flew into a country's airspace struck nothing
    _, places = read("Дрон влетів у повітряний простір Молдови біля Окниці.", gaz)
    assert all(role != "impact" for role, _ in places.values())


# --- English: Air Force summaries, digests, hospitals ----------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Overnight the enemy attacked with 2 Iskander-M missiles and 98 strike UAVs of the "
            "Shahed, Gerbera and other types.",
            {"drones": 98, "missiles": 2},
        ),
        (
            "Summary: 74 attack drones launched from the Kursk and Oryol directions; 61 downed.",
            {"drones": 74, "intercepted": 61},
        ),
        (
            "Week in review: 905 drones and 41 missiles launched over seven days; 822 of them "
            "reported shot down or suppressed.",
            {"drones": 905, "missiles": 41, "intercepted": 822},
        ),
        (
            "Russia used 88 attack drones overnight; 70 drones and two missiles were reported "
            "destroyed.",
            {"drones": 88, "intercepted": 72},
        ),
        ("No employees or contractors were injured, the company said.", {"wounded": 0}),
        # guard: a part of the drones, not their type
        (
            "Russia launched 200 drones; 150 drones of them were downed.",
            {"drones": 200, "intercepted": 150},
        ),
    ],
)
def test_english_summaries(text: str, figures: dict[str, int]) -> None:
    assert facts.extract_facts(text, "en") == figures


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        ("Kharkiv, Poltava and Sumy regions were affected.", "Poltava Oblast", "impact"),
        ("Poltava region was also affected.", "Poltava Oblast", "impact"),
        ("Affected were the Kharkiv and Sumy regions.", "Sumy Oblast", "impact"),
        (
            "Sumy and Chernihiv regions were affected by power outages.",
            "Chernihiv Oblast",
            "mention",
        ),
        (
            "The enemy attacked with 3 Iskander-M missiles from the Belgorod region and 40 drones.",
            "Belgorod Oblast",
            "launch",
        ),
        (
            "The Air Force said 96 drones were launched from the Kursk, Oryol and Millerovo "
            "directions.",
            "Millerovo",
            "launch",
        ),
        (
            "Russian troops attacked in the Kostiantynivka and Huliaipole directions.",
            "Kostiantynivka",
            "mention",
        ),
        ("Two patients came from Prosiana, where a drone hit their house.", "Prosyana", "impact"),
    ],
)
def test_english_roles(gaz: Gazetteer, text: str, place: str, role: str) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == role


# --- the review's mends: plans and trainings are no sabotage; bombs dropped are no count of
# those shot down; a place keeps a sum of kinds; towns the dictionary lists as nouns ----------


@pytest.mark.parametrize(
    "text",
    [
        "У Києві затримали чоловіка, який планував підпалити авто військового.",
        "СБУ затримала в Одесі агента, який готував диверсію на залізниці.",
        "У Харкові відбулися навчання з протидії диверсіям.",
        "В Москве задержан подросток, подозреваемый в подготовке диверсии.",
    ],
)
def test_sabotage_planned_is_no_strike(gaz: Gazetteer, text: str) -> None:
    _, places = read(text, gaz)
    assert all(role == "mention" for role, _ in places.values())


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Ворог скинув 6 КАБів на Харків, 2 з них збито.", {"intercepted": 2}),
        ("Росіяни скинули 12 КАБів на Сумщину; 3 КАБи збито.", {"intercepted": 3}),
    ],
)
def test_bombs_dropped_are_no_count_shot_down(text: str, figures: dict[str, int]) -> None:
    assert facts.extract_facts(text, "uk") == figures


@pytest.mark.parametrize(
    ("text", "place", "figures"),
    [
        (
            "Над Белгородской областью сбиты 9 беспилотников, 2 авиабомбы и 4 реактивных "
            "снаряда РСЗО.",
            "Belgorod Oblast",
            {"intercepted": 15},
        ),
        (
            "Над Ростовской областью сбиты 3 ракеты и 2 беспилотника.",
            "Rostov Oblast",
            {"intercepted": 5},
        ),
    ],
)
def test_a_place_keeps_its_sum_of_kinds(
    gaz: Gazetteer, text: str, place: str, figures: dict[str, int]
) -> None:
    _, places = read(text, gaz)
    assert places[place] == ("impact", figures)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Куп'янськ знову під обстрілом, пошкоджено будинки.", "Kupiansk"),
        ("Синєгубов: Вовчанськ знову під обстрілом, загинула пенсіонерка.", "Vovchansk"),
        ("На дорозі до Слов'янська дрон уразив евакуаційний автобус.", "Sloviansk"),
        ("Мирноград знову під обстрілом, пошкоджено школу.", "Myrnohrad"),
    ],
)
def test_a_town_the_dictionary_lists_as_a_noun(gaz: Gazetteer, text: str, place: str) -> None:
    _, places = read(text, gaz)
    assert place in places


def test_a_governor_heading_a_line_is_no_town(gaz: Gazetteer) -> None:
    _, places = read("Гусев: на территории региона сбито 8 БПЛА, пострадавших нет.", gaz)
    assert "Gusev" not in places


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        ("Evacuees came from Pokrovsk to Dnipro on Sunday.", "Pokrovsk", "mention"),
        ("The drones came from the Kursk region, the Air Force said.", "Kursk Oblast", "launch"),
        ("Перегон Синельникове — Павлоград обстріляли дронами.", "Pavlohrad", "mention"),
        ("На трасі Херсон — Миколаїв дрон атакував автобус.", "Mykolaiv", "mention"),
        ("Дрон атакував автомобіль на трасі біля Балаклії.", "Balakliya", "impact"),
    ],
)
def test_people_who_came_and_roads_named_by_their_ends(
    gaz: Gazetteer, text: str, place: str, role: str
) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == role


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        (  # recalled, in the feminine: last week's dead are not today's
            "Сегодня в Белгороде ранен один мужчина. За прошлую неделю погибли 6 человек.",
            "ru",
            {"wounded": 1},
        ),
        (
            "Загалом за тиждень на Херсонщині загинули 5 людей, 31 отримали поранення.",
            "uk",
            {"killed": 5, "wounded": 31},
        ),
    ],
)
def test_weeks_recalled_and_summed(text: str, lang: str, figures: dict[str, int]) -> None:
    assert facts.extract_facts(text, lang) == figures


@pytest.mark.parametrize(
    ("text", "place", "total"),
    [
        ("Над территорией области сбиты 2 БПЛА, ещё 3 сбиты над Воронежем.", "Voronezh", 5),
        (
            "One drone was shot down over Kyiv and 12 others over the surrounding region.",
            "Kyiv",
            13,
        ),
    ],
)
def test_a_sum_over_two_places_is_not_one_places(
    gaz: Gazetteer, text: str, place: str, total: int
) -> None:
    # guard: the counts told over two places do not add up to one place's figure
    report, places = read(text, gaz)
    assert report["intercepted"] == total
    assert places[place][1].get("intercepted") != total


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (  # a night's report closing with the week's sums: the night's figures
            "Цієї ночі росіяни атакували Україну 80 дронами та 3 ракетами. Загалом за цей "
            "тиждень росіяни випустили проти України понад 1300 ударних дронів та 9 ракет.",
            {"drones": 80, "missiles": 3},
        ),
        (
            "Цієї ночі росіяни атакували Україну 80 дронами та 3 ракетами. Загалом за тиждень "
            "росіяни випустили понад 1300 ударних дронів та 9 ракет.",
            {"drones": 80, "missiles": 3},
        ),
        (  # a week's chronicle: its sum is the report's
            "Тижнева хроніка Нікопольщини.\nУ понеділок у Марганці поранено 2 людей.\nРазом за "
            "тиждень: 4 загиблих і 19 поранених на Нікопольщині.",
            {"killed": 4, "wounded": 19},
        ),
    ],
)
def test_a_weeks_sum_counts_in_a_weeks_report_only(text: str, figures: dict[str, int]) -> None:
    assert facts.extract_facts(text, "uk") == figures


# --- people counted in a list of two groups ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("Two boys and a girl were wounded in the shelling of Nikopol.", "en", {"wounded": 3}),
        ("Two nurses and four volunteers were killed in Kherson.", "en", {"killed": 6}),
        ("Три жінки та хлопчик поранені у Херсоні.", "uk", {"wounded": 4}),
        ("Двое мужчин и женщина получили ранения в Белгороде.", "ru", {"wounded": 3}),
        # (whose the first person is, told between: "of a local plant", "of Kherson")
        ("У Ворожбі поранено електрика місцевого заводу і двох пенсіонерок.", "uk", {"wounded": 3}),
        ("Поранено жителя Херсона і його сина.", "uk", {"wounded": 2}),
        ("Ранен сотрудник магазина и двое прохожих.", "ru", {"wounded": 3}),
        # guards: one person joined to one; the verb of another harm before the first group
        ("A man and a woman were killed in Kharkiv.", "en", {"killed": 2}),
        (
            "The strike injured two women and three men were killed.",
            "en",
            {"killed": 3, "wounded": 2},
        ),
        ("Погиб мужчина, женщина и ребенок ранены.", "ru", {"killed": 1, "wounded": 2}),
        (  # guard: the group before a comma is the dead's
            "Унаслідок атаки загинули двоє людей, чоловік, жінка та дитина зазнали поранень.",
            "uk",
            {"killed": 2, "wounded": 3},
        ),
    ],
)
def test_two_groups_of_people(text: str, lang: str, figures: dict[str, int]) -> None:
    assert facts.extract_facts(text, lang) == figures


# --- the second review's mends ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        (  # a report of last week: its own figures
            "За прошлую неделю в Курской области погибли 4 мирных жителя, ранены 27.",
            "ru",
            {"killed": 4, "wounded": 27},
        ),
        (
            "За прошедшую неделю над территорией России сбиты 980 беспилотников.",
            "ru",
            {"intercepted": 980},
        ),
        (
            "На прошлой неделе в Брянской области погибли трое и ранены 9 человек.",
            "ru",
            {"killed": 3, "wounded": 9},
        ),
        (  # the people listed before a count
            "Унаслідок удару загинули троє людей, чоловік і дві жінки дістали поранення.",
            "uk",
            {"killed": 3, "wounded": 3},
        ),
        ("Поранено жительку Сум та її 7-річного сина.", "uk", {"wounded": 2}),
        ("The strike killed two women and three men in Sumy.", "en", {"killed": 5}),
        # guards
        (
            "The strike killed two women, and three men were injured.",
            "en",
            {"killed": 2, "wounded": 3},
        ),
        ("A drone killed a man and injured two women.", "en", {"killed": 1, "wounded": 2}),
    ],
)
def test_the_second_reviews_figures(text: str, lang: str, figures: dict[str, int]) -> None:
    assert facts.extract_facts(text, lang) == figures


def test_regions_affected_by_alerts_are_not_struck(gaz: Gazetteer) -> None:
    _, places = read(
        "Residents of the Kursk and Bryansk regions were affected by air raid alerts.", gaz
    )
    assert {role for role, _ in places.values()} == {"mention"}


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (  # a night's report closing with the week's tally: the night's figures
            "Russia launched 98 drones overnight. This week alone, Russia has launched over "
            "1,000 drones.",
            {"drones": 98},
        ),
        (
            "Overnight Russia attacked Ukraine with 80 drones and 3 missiles. Over the week, "
            "Russia launched more than 1,300 attack drones and 9 missiles.",
            {"drones": 80, "missiles": 3},
        ),
        (  # a week's report: its tally is the report's
            "Weekly digest. Over the past week, Russia launched 1,500 drones and 40 missiles.",
            {"drones": 1500, "missiles": 40},
        ),
    ],
)
def test_an_english_weeks_tally_counts_in_a_weeks_report_only(
    text: str, figures: dict[str, int]
) -> None:
    assert facts.extract_facts(text, "en") == figures


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Drones were launched from Millerovo and Kursk overnight.", "Millerovo"),
        ("Дрони запускали з Курська та Приморсько-Ахтарська.", "Primorsko-Akhtarsk"),
    ],
)
def test_a_far_launch_area_after_a_verb_of_launching(gaz: Gazetteer, text: str, place: str) -> None:
    # a launch area lies far from the report's other places by nature: not left unresolved
    _, places = read(text, gaz)
    assert places[place][0] == "launch"
