"""Kinds of report mended in the thirtieth pass: Ukrainian raions spelt by the Russian letters
("Tulchinsky district"), the people rescued alive and handed to medics, help one more person
needed, Ukrainian datives of people the dictionary lacks. Every text here was written for
these tests."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report
from geo.records import Report
from geo.understand.officials import official_regions
from tests.conftest import read_report as read

# --- Ukrainian raions as Russian agencies spell them -----------------------------------------


@pytest.mark.parametrize(
    ("text", "raion"),
    [
        ("Drones struck the Tulchinsky district overnight, hitting a substation.", "Tulchyn Raion"),
        ("Shelling hit villages in the Kupyansky district, officials said.", "Kupiansk Raion"),
        ("The Izyumsky district was shelled, Russian-installed officials said.", "Izyum Raion"),
        (  # from the raion's Russian name in the registry
            "Ukraine struck the Krasnogvardeysky district of Crimea with missiles.",
            "Kurman Raion",
        ),
    ],
)
def test_a_raion_spelt_by_the_russian_letters(gaz: Gazetteer, text: str, raion: str) -> None:
    _, places = read(text, gaz)
    assert places[raion][0] == "impact"


def test_a_russian_district_of_the_same_spelling_stays_russian(gaz: Gazetteer) -> None:
    # guard: the region told picks Voronezh's Kamensky district, not a Ukrainian raion
    _, places = read(
        "Drones were downed over the Kamensky district of the Voronezh region, the governor said.",
        gaz,
    )
    assert [p for p in places if "district" in p.lower()] == ["Kamenka district"]


# --- figures: the rescued handed to medics, help needed --------------------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "Вночі дрон влучив у будинок у Ніжині. З-під завалів дістали двох чоловіків: "
            "одного живим передали медикам, другий загинув.",
            {"killed": 1, "wounded": 1},
        ),
        ("Уранці ворог атакував Шостку. Жінку живою передали медикам.", {"wounded": 1}),
        (
            "Ночью беспилотник попал в дом в Рыльске. Из-под завалов извлекли двоих, одного "
            "живым передали врачам.",
            {"wounded": 1},
        ),
        (
            "Уранці ворог обстріляв Марганець, поранено двох людей. Згодом медична допомога "
            "знадобилася ще одній людині.",
            {"wounded": 3},
        ),
        (
            "Днём ВСУ обстреляли Грайворон, ранены двое. Позже медицинская помощь понадобилась "
            "ещё одному мужчине.",
            {"wounded": 3},
        ),
        (  # guard: help not needed
            "В Валуйках осколками ранен мужчина, госпитализация ему не понадобилась.",
            {"wounded": 1},
        ),
    ],
)
def test_the_rescued_handed_to_medics_and_help_needed(
    gaz: Gazetteer, text: str, facts: dict[str, int]
) -> None:
    got, _ = read(text, gaz)
    assert {k: got[k] for k in ("killed", "wounded") if k in got} == facts


@pytest.mark.parametrize("person", ["людині", "мешканцю", "хлопчикові", "дідусеві"])
def test_a_ukrainian_dative_of_a_person(gaz: Gazetteer, person: str) -> None:
    got, _ = read(
        f"Уранці ворог обстріляв Нікополь. Медична допомога знадобилася одному {person}."
        if person != "людині"
        else "Уранці ворог обстріляв Нікополь. Медична допомога знадобилася одній людині.",
        gaz,
    )
    assert got.get("wounded") == 1


# --- Ukrainian and Russian roles -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        (  # a list's later names after a dash
            "Влучання 14 дронів зафіксовано на 6 локаціях — на Сумщині, Полтавщині та Черкащині.",
            "Poltava Oblast",
            "impact",
        ),
        (  # guard: an alert
            "Тривога — на Сумщині, Полтавщині та Черкащині.",
            "Poltava Oblast",
            "mention",
        ),
        (  # a heading whose strike word comes after its first clause
            "Сумщина: балістика по Білопіллю — пошкоджено школу.",
            "Sumy Oblast",
            "impact",
        ),
        (  # the region in brackets after a place before a dash
            "▪️ Дубно (Ровенская обл.) — прилеты по нефтебазе.",
            "Rivne Oblast",
            "impact",
        ),
        (  # an airfield's town before a dash, after the town it lies near
            "▪️ аэродром Староконстантинов под Хмельницким — поражены склады.",
            "Starokostiantyniv",
            "impact",
        ),
        ("Ночью «Герани» отработали по Кременчугу.", "Kremenchuk", "impact"),
        ("▪️ Кременчуг — снова работа «Гераней» по НПЗ.", "Kremenchuk", "impact"),
        (  # guard: the air defence's work
            "Ночью ПВО отработала по целям над Брянском.",
            "Bryansk",
            "mention",
        ),
        (  # a city's district named in the instrumental
            "Дніпро. Над Самарським районом збито два дрони.",
            "Samarskyi district",
            "impact",
        ),
    ],
)
def test_ukrainian_and_russian_roles(gaz: Gazetteer, text: str, place: str, role: str) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == role


@pytest.mark.parametrize(
    "text",
    [
        "Пошкоджено склад, двоє поранених, повідомив Володимир Когут.",
        "Про удари по енергетиці говорив Володимир Зеленський.",
    ],
)
def test_a_given_name_before_a_surname_is_no_town(gaz: Gazetteer, text: str) -> None:
    _, places = read(text, gaz)
    assert "Vladimir" not in places
    assert "Volodymyr-Volynskyi" not in places


def test_the_town_of_a_given_name_with_its_region(gaz: Gazetteer) -> None:
    # guard: the region's adjective after the town's name
    _, places = read("Дрони атакували Володимир Волинської області.", gaz)
    assert places["Volodymyr-Volynskyi"][0] == "impact"


# --- Ukrainian and Russian figures -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Обстріл Бериславу: тракторист отримав контузію.", {"wounded": 1}),
        ("Обстрел Шебекино: двое мужчин контужены.", {"wounded": 2}),
        (
            "Вночі на Полтавщині поранено двох людей, на Харківщині ще чотирьох.\n\n"
            "Разом за ніч: 6 поранених, загиблих немає.",
            {"killed": 0, "wounded": 6},
        ),
        (
            "Враг заявил, что из 48 «Шахедов» сбито 40, из 4 ракет — 3.",
            {"drones": 48, "missiles": 4, "intercepted": 43},
        ),
        (
            "Один беспилотник сбит над Валуйками. Минобороны сообщило о 17 сбитых за ночь "
            "беспилотниках над регионом.",
            {"intercepted": 17},
        ),
    ],
)
def test_ukrainian_and_russian_figures(gaz: Gazetteer, text: str, facts: dict[str, int]) -> None:
    got, _ = read(text, gaz)
    assert {k: got[k] for k in facts if k in got} == facts


def test_a_city_districts_figures_in_the_instrumental(gaz: Gazetteer) -> None:
    _, places = read("Обстріл Херсона: двоє людей контужені.", gaz)
    assert places["Kherson"] == ("impact", {"wounded": 2})


# --- English roles ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        (  # a rights group's bracketed dateline
            "Title of the release\n(Kyiv) – Russian forces struck a bus stop in Kupiansk, "
            "killing two.",
            "Kyiv",
            "mention",
        ),
        (  # a distance down a river, its miles in brackets
            "In Vyshhorod, about 20 kilometers (12 miles) up the Dnieper River from the "
            "capital, a drone hit a warehouse.",
            "Kyiv",
            "mention",
        ),
        ("Glide bombs were dropped in the Kupiansk and Lyman directions.", "Kupiansk", "mention"),
        ("Glide bombs were dropped in the Kupiansk and Lyman directions.", "Lyman", "mention"),
        ("Russian drones went for the gas plant in Hadiach overnight.", "Hadyach", "impact"),
        ("Another restless night for Zaporizhzhia. Drones hit a depot.", "Zaporizhzhia", "impact"),
        (  # guard: a night of no attack on the place
            "It was a long night for the delegation in Geneva.",
            "Geneva",
            "mention",
        ),
        (  # explosions, then the town's denial in the next sentence
            "Nizhyn: loud explosions around 3 a.m. The council says no hits in the town, only "
            "air defence at work.",
            "Nizhyn",
            "mention",
        ),
        (  # guard: the next sentence tells of a hit
            "Nizhyn: loud explosions around 3 a.m. The town was hit by two drones.",
            "Nizhyn",
            "impact",
        ),
        (  # a sea after a wider area downed over
            "The ministry said 40 drones were downed over Russian regions and the Black Sea.",
            "Black Sea",
            "impact",
        ),
    ],
)
def test_english_roles(gaz: Gazetteer, text: str, place: str, role: str) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == role


# --- English figures -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "Russia fired 90 drones overnight. The air force put the number shot down at 70 "
            "drones and two missiles.",
            {"drones": 90, "intercepted": 72},
        ),
        (
            "The air force counted 80 drones launched. Of the drones, 61 were taken down.",
            {"drones": 80, "intercepted": 61},
        ),
        (
            "Air force tally for the night: 75 drones, 59 shot down or suppressed.",
            {"intercepted": 59},
        ),
        (
            "The ministry reported downing 12 drones over Kursk Oblast, out of a total of 45 "
            "drones over Russian regions overnight.",
            {"intercepted": 45},
        ),
        (  # guard: a total of those launched
            "Air defences shot down 30 out of a total of 44 drones launched overnight.",
            {"drones": 44, "intercepted": 30},
        ),
        (
            "A drone hit a tanker in Izmail; three crew members (all Indian nationals) "
            "suffered shrapnel wounds.",
            {"wounded": 3},
        ),
        (
            "A drone hit the depot in Lubny. Two of our employees on shift were hurt.",
            {"wounded": 2},
        ),
        (
            "A drone hit Pavlohrad, injuring four people. One of them, a 66-year-old man, "
            "later died in hospital.",
            {"killed": 1, "wounded": 3},
        ),
        (
            "A missile hit Izium, injuring six. A woman later died of her wounds.",
            {"killed": 1, "wounded": 5},
        ),
        (  # guard: a count after the death counts it
            "A drone hit Sumy, killing one and injuring five. One of the injured later died. "
            "The toll now stands at two dead and four injured.",
            {"killed": 2, "wounded": 4},
        ),
        (  # guard: "one of them" of the dead
            "Two people were killed in Kherson. One of them was a child.",
            {"killed": 2},
        ),
    ],
)
def test_english_figures(gaz: Gazetteer, text: str, facts: dict[str, int]) -> None:
    got, _ = read(text, gaz)
    assert {k: got[k] for k in facts if k in got} == facts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Blasts were heard at 3 a.m. The council says nothing was hit.", 2),
        ("Blasts were heard at 3 a.m. Kyiv time in the city.", 1),  # guard: a time zone
        ("The alert ended at 5 p.m. Officials said two were hurt.", 2),
    ],
)
def test_a_sentence_ends_after_a_time_before_its_opening_word(text: str, count: int) -> None:
    from geo.language.text import sentence_spans

    assert len(sentence_spans(text)) == count


# --- the reviews' mends ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        (
            "Рух ударних БпЛА — на Сумщині, Полтавщині та Харківщині, курсом на захід.",
            "Poltava Oblast",
            "mention",
        ),
        (
            "Попадания — в Харьковской, Сумской, Полтавской областях; тревога — в Черниговской "
            "и Киевской.",
            "Poltava Oblast",
            "impact",
        ),
        (
            "Попадания — в Харьковской, Сумской, Полтавской областях; тревога — в Черниговской "
            "и Киевской.",
            "Kyiv Oblast",
            "mention",
        ),
        ("Зенитчики отработали по дронам над Полтавой.", "Poltava", "mention"),
        ("Экипажи отработали по графику без происшествий в Одессе.", "Odesa", "mention"),
        ("Наши «Герани» всю ночь работали по Херсону.", "Kherson", "impact"),
        ("After a long night in Kyiv, the president flew to Berlin.", "Kyiv", "mention"),
        ("A long night in Warsaw for the Ukrainian delegation.", "Warsaw", "mention"),
        ("A Ukrainian drone was taken down over Kaluga, the governor said.", "Kaluga", "impact"),
    ],
)
def test_the_reviews_roles(gaz: Gazetteer, text: str, place: str, role: str) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == role


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("У Харкові після удару допомога психологів знадобилася 15 людям.", {}),
        ("Разом за ніч ворог запустив 70 дронів, 44 збито.", {"drones": 70, "intercepted": 44}),
        (
            "Из 80 запущенных беспилотников 60 сбиты, из 6 ракет сбито 5.",
            {"drones": 80, "missiles": 6, "intercepted": 65},
        ),
        (
            "Удянський старостинський округ: поранено чоловіка.\n\n"
            "Одноробівський старостинський округ: тракторист отримав контузію.",
            {"wounded": 2},
        ),
        (
            "Russian shelling wounded a man in Beryslav. He later died of his wounds.",
            {"killed": 1, "wounded": 0},
        ),
        ("A missile killed an elderly couple in Kupiansk.", {"killed": 2}),
        (  # a headline's toll counts the death told later
            "Strike on Drohobych kills two\n\nA drone hit a plant in Drohobych. One man was killed "
            "and six people were wounded.\n\nLater one of the wounded had died in hospital.",
            {"killed": 2, "wounded": 5},
        ),
        ("Shelling killed a couple of civilians in Kherson.", {"killed": 2}),
    ],
)
def test_the_reviews_figures(gaz: Gazetteer, text: str, facts: dict[str, int]) -> None:
    got, _ = read(text, gaz)
    assert {
        k: got[k] for k in ("killed", "wounded", "drones", "missiles", "intercepted") if k in got
    } == facts


@pytest.mark.parametrize(
    ("text", "place", "facts"),
    [
        (
            "A drone hit a house in Sumy, injuring five. One of them later died in hospital.",
            "Sumy",
            {"killed": 1, "wounded": 4},
        ),
        (  # (another strike's dead after the death: the place's own figures)
            "A drone hit Kharkiv, injuring five. One of them later died. Separately, a strike on "
            "Izium killed two.",
            "Kharkiv",
            {"killed": 1, "wounded": 4},
        ),
        (
            "The ministry said it shot down 23 over Bryansk, 10 over Kursk, out of a total of 41 "
            "drones over Russian regions.",
            "Kursk",
            {"intercepted": 10},
        ),
    ],
)
def test_the_reviews_figures_per_place(
    gaz: Gazetteer, text: str, place: str, facts: dict[str, int]
) -> None:
    _, places = read(text, gaz)
    assert places[place] == ("impact", facts)


# --- regional heads: the region of a district of a shared name -------------------------------


@pytest.mark.parametrize(
    ("text", "district", "admin1"),
    [
        ("Александр Гусев: в Каменском районе сбит беспилотник.", "Kamenka district", "RU-VOR"),
        (
            "Губернатор Миляев: над Каменским районом уничтожены два БПЛА.",
            "Kamenskiy Rayon",
            "RU-TUL",
        ),
        (
            "Хинштейн: в Советском районе повреждена линия электропередачи.",
            "Sovetsky District",
            "RU-KRS",
        ),
    ],
)
def test_a_regional_head_places_a_district_of_a_shared_name(
    gaz: Gazetteer, text: str, district: str, admin1: str
) -> None:
    found = extract_report(Report("t", text), gaz)
    got = {p.place.name: p.place.admin1 for p in found.places}
    assert got[district] == admin1


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("Губернатор Вячеслав Гладков сообщил о двух раненых.", {"RU-BEL"}),
        ("Гладков: в Шебекино ранен мужчина.", {"RU-BEL"}),
        ("Голова ОВА Олег Синєгубов повідомив про удар.", {"UA-63"}),
        ("Governor Oleh Syniehubov said two people were hurt.", {"UA-63"}),
        ("В городе Гусев прошёл парад.", set()),  # guard: the town, no title
        ("Министр Федоров заявил о новых дронах.", set()),  # guard: another office
    ],
)
def test_the_regions_of_regional_heads(text: str, regions: set[str]) -> None:
    assert official_regions(text) == regions


# --- an eighteenth blind set's kinds ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        (  # explosions heard, the city itself escaped damage
            "Explosions were heard in Ternopil, but the mayor said the city itself escaped damage.",
            "Ternopil",
            "mention",
        ),
        (  # a bus route's later end
            "A missile hit the bus station in Zolochiv while people waited for buses to Kharkiv "
            "and Bohodukhiv.",
            "Bohodukhiv",
            "mention",
        ),
        (  # struck, in a clause about it
            "The refinery in Syzran, which was hit twice in November, is still idle.",
            "Syzran",
            "impact",
        ),
        ("Overnight strikes in occupied Donetsk Oblast, geolocated.", "Donetsk Oblast", "impact"),
        (  # a plant named after a village that stands elsewhere
            "The Zmiiv thermal power plant near the town of Slobozhanske was hit.",
            "Zmiiv",
            "mention",
        ),
        (  # guard: a plant in its own town, its region after it
            "The Burshtyn thermal power plant in Ivano-Frankivsk Oblast was hit.",
            "Burshtyn",
            "impact",
        ),
        (  # a block's hit denied
            "1/ LYSYCHANSK. Air defence was seen firing over the town. We found no evidence of a "
            "hit there.",
            "Lysychansk",
            "mention",
        ),
        (  # outages from damage in other regions
            "Mykolaiv region. Because of damage to the grid in other regions, outages are in "
            "place in the region.",
            "Mykolaiv Oblast",
            "mention",
        ),
        ("В посёлке Казацкое повреждена подстанция.", "Kozatske", "impact"),
        (  # power only, its cause elsewhere
            "В селе Казацкое повреждена подстанция, из-за этого без электроснабжения остались "
            "жители Малокаховки.",
            "Malokakhovka",
            "mention",
        ),
        (  # a danger regime is an alert
            "В Великих Луках ночью объявлялась опасность атаки БПЛА, сейчас всё спокойно.",
            "Velikiye Luki",
            "mention",
        ),
        (
            "Рейсовий автобус Суми – Тростянець потрапив під обстріл у Лебедині.",
            "Trostyanets",
            "mention",
        ),
    ],
)
def test_the_eighteenth_sets_roles(gaz: Gazetteer, text: str, place: str, role: str) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == role


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "The strike killed five people and injured 23. Later a 16-year-old girl who had been "
            "among the injured died in a hospital in Poltava.",
            {"killed": 6, "wounded": 22},
        ),
        (
            "In total for the day 17 unmanned aerial vehicles of the enemy are destroyed.",
            {"intercepted": 17},
        ),
        (
            'The ministry claims 28 drones were "intercepted and destroyed" overnight.',
            {"intercepted": 28},
        ),
        ("At around three in the morning Shahed-type drones hit the port of Reni.", {}),
        (
            "Загалом за добу загинула одна людина, четверо поранені.\n\n"
            "Оновлення. На жаль, у лікарні помер 66-річний чоловік, поранений сьогодні.",
            {"killed": 2, "wounded": 3},
        ),
        (  # guard: a part of the dead counted before it
            "Внаслідок удару по Кривому Рогу загинули троє людей: двоє на місці, згодом у лікарні "
            "померла жінка. Поранено 12 людей.",
            {"killed": 3, "wounded": 12},
        ),
        (
            "Станом на 14:00 по допомогу звернулися 9 людей. Оновлення: ще двоє людей звернулися "
            "до лікарів із контузіями.",
            {"wounded": 11},
        ),
        (
            "Понеділок. Поранено двох людей у Боромлі.\n\n"
            "Субота. Поранено трьох людей в Охтирці.\n\n"
            "Разом за тиждень, за даними РВА, район обстріляли 64 рази. Загинула 1 людина, 5 – "
            "поранені.",
            {"killed": 1, "wounded": 5},
        ),
    ],
)
def test_the_eighteenth_sets_figures(gaz: Gazetteer, text: str, facts: dict[str, int]) -> None:
    got, _ = read(text, gaz)
    assert {
        k: got[k] for k in ("killed", "wounded", "drones", "missiles", "intercepted") if k in got
    } == facts


# --- the third review's mends ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Скончался в больнице от инсульта бывший мэр Белгорода, сообщили родственники.", {}),
        ("Пассажир, по словам врачей, скончался в больнице Белгорода.", {"killed": 1}),
        (
            "Ворог атакував Запоріжжя. Загинули двоє людей: водій і пасажирка. Згодом у лікарні "
            "помер ще один чоловік.",
            {"killed": 3},
        ),
        (
            "Внаслідок удару по Дніпру поранено 12 людей. У лікарні помер чоловік.",
            {"killed": 1, "wounded": 11},
        ),
    ],
)
def test_deaths_in_hospital(gaz: Gazetteer, text: str, facts: dict[str, int]) -> None:
    got, _ = read(text, gaz)
    assert {k: got[k] for k in ("killed", "wounded") if k in got} == facts


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        (
            "Kyiv's tally was disputed by Moscow, which said it hit military targets in Kyiv.",
            "Moscow",
            "mention",
        ),
        (
            "Explosions were heard in Kremenchuk overnight, but the city itself escaped damage, "
            "the mayor said.",
            "Kremenchuk",
            "mention",
        ),
        ("Гусев: в Каменском районе повреждена крыша дома.", "Kamenka district", "impact"),
        (
            "В Россошанском районе атакован объект инфраструктуры, сообщил Гусев.",
            "Rossosh’ district",
            "impact",
        ),
    ],
)
def test_the_third_reviews_roles(gaz: Gazetteer, text: str, place: str, role: str) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == role
